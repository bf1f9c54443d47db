import type { BoilerplateClassifier } from '../kind';

/** Newsletter sign-up boxes: a short block with an e-mail field. */
export const newsletter: BoilerplateClassifier = {
  kind: 'newsletter',
  classify(element, context) {
    const length = context.textLength(element);
    if (length > 1500) return null;
    const emailField = context.count(element, 'emailFields') > 0;
    const token = context.matchingToken(element, 'newsletter');
    if (token && (emailField || context.count(element, 'forms') + context.count(element, 'controls') > 0)) return `class or id "${token}"`;
    if (emailField && context.count(element, 'textareas') === 0 && length < 800) {
      const heading = context.matchingHeading(element, 'newsletter');
      if (heading) return `starts with "${heading}" and asks for an e-mail address`;
      if (element.localName === 'form') return 'form asking for an e-mail address only';
    }
    return null;
  },
};
