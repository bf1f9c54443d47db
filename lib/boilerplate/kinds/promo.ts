import type { BoilerplateClassifier } from '../kind';
import { wording } from '../../wording';

/** Inline "Also read:" boxes: a short label followed by one or a few links. */
export const promo: BoilerplateClassifier = {
  kind: 'promo',
  classify(element, context) {
    const length = context.textLength(element);
    if (length > 600) return null;
    const heading = context.matchingHeading(element, 'promo');
    if (heading && context.count(element, 'links') > 0 && length < 450 && context.linkDensity(element) >= 0.3) {
      return wording('removed_headingLinks', { heading });
    }
    const token = context.matchingToken(element, 'promo');
    if (token && context.count(element, 'links') > 0) return wording('removed_classOrId', { token });
    return null;
  },
};
