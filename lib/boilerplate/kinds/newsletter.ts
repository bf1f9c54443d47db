import type { BoilerplateClassifier } from '../kind';
import { wording } from '../../wording';

/** Newsletter sign-up boxes: a short block with an e-mail field. */
export const newsletter: BoilerplateClassifier = {
  kind: 'newsletter',
  classify(element, context) {
    const length = context.textLength(element);
    if (length > 1500) return null;
    const emailField = context.count(element, 'emailFields') > 0;
    const token = context.matchingToken(element, 'newsletter');
    if (token && (emailField || context.count(element, 'forms') + context.count(element, 'controls') > 0))
      return wording('removed_classOrId', { token });
    if (emailField && context.count(element, 'textareas') === 0 && length < 800) {
      const heading = context.matchingHeading(element, 'newsletter');
      if (heading) return wording('removed_headingEmail', { heading });
      if (element.localName === 'form') return wording('removed_emailForm');
    }
    return null;
  },
};
