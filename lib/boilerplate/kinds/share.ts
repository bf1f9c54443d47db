import type { BoilerplateClassifier } from '../kind';

/** Share bars: short blocks of links to social networks' share endpoints. */
export const share: BoilerplateClassifier = {
  kind: 'share',
  classify(element, context) {
    const length = context.textLength(element);
    if (length > 400) return null;
    const token = context.matchingToken(element, 'share');
    if (token && (context.count(element, 'controls') > 0 || length === 0)) return `class or id "${token}"`;
    const links = context.count(element, 'shareLinks');
    if (links >= 2) return `${links} links to share on social networks`;
    return null;
  },
};
