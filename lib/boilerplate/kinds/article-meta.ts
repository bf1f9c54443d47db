import type { BoilerplateClassifier } from '../kind';
import { wording } from '../../wording';

const META_ITEMPROPS = /\b(?:author|datePublished|dateModified|dateCreated|keywords|articleSection)\b/;

/** schema.org durations ("prepTime", "cookTime"), an ISO 8601 duration ("PT15M"): a recipe's times, not the article's date. */
const DURATION_ITEMPROPS = /\b(?:prepTime|cookTime|totalTime|performTime|duration|timeRequired)\b/;

function isDuration(element: Element): boolean {
  return DURATION_ITEMPROPS.test(element.getAttribute('itemprop') ?? '') || /^\s*P(?:\d|T)/.test(element.getAttribute('datetime') ?? '');
}

/**
 * Bylines, dates, reading times and tag lists. The reader shows byline and
 * date in its own header, so they are not article text; the page itself
 * keeps them (the in-page cleanup leaves this kind alone).
 */
export const articleMeta: BoilerplateClassifier = {
  kind: 'article-meta',
  classify(element, context) {
    const length = context.textLength(element);
    if (length > 250) return null;
    const tag = element.localName;
    if ((tag === 'time' && !isDuration(element)) || tag === 'address') return wording('removed_element', { tag });
    const itemprop = element.getAttribute('itemprop') ?? '';
    if (META_ITEMPROPS.test(itemprop)) return wording('removed_itemprop', { value: itemprop });
    // "By <a rel=author>Jane Doe</a>": a short line naming the author.
    if (length < 100 && element.querySelector('a[rel~="author"]')) return wording('removed_authorLink');
    const token = context.matchingToken(element, 'article-meta');
    if (token && length < 200) return wording('removed_classOrId', { token });
    return null;
  },
};
