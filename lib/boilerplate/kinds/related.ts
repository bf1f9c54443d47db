import type { BoilerplateClassifier } from '../kind';
import { wording } from '../../wording';

/** "Related posts", "Check Also", "You may also like", previous/next teasers. */
export const related: BoilerplateClassifier = {
  kind: 'related',
  classify(element, context) {
    const token = context.matchingToken(element, 'related');
    if (token && context.count(element, 'links') > 0) return wording('removed_classOrId', { token });
    const heading = context.matchingHeading(element, 'related');
    if (heading && context.count(element, 'links') > 0 && context.textLength(element) < 3000 && context.linkDensity(element) >= 0.3) {
      return wording('removed_headingLinks', { heading });
    }
    return null;
  },
};
