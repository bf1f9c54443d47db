import type { BoilerplateClassifier } from '../kind';
import { wording } from '../../wording';

/** Share bars: short blocks of links to social networks' share endpoints. */
export const share: BoilerplateClassifier = {
  kind: 'share',
  classify(element, context) {
    const length = context.textLength(element);
    if (length > 400) return null;
    const token = context.matchingToken(element, 'share');
    if (token && (context.count(element, 'controls') > 0 || length === 0)) return wording('removed_classOrId', { token });
    const links = context.count(element, 'shareLinks');
    // A headline block with share buttons beside the title is more than a share bar.
    if (links >= 2 && (context.linkDensity(element) >= 0.5 || length < 80)) return wording('removed_shareLinks', { count: links });
    return null;
  },
};
