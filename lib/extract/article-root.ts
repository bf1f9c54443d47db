/**
 * Chooses the element the reader shows. Boilerplate is already out of the
 * clone; Mozilla Readability (the reference for main-content extraction, run
 * on that cleaned clone) picks the article, and our own main-content guess
 * stands in when Readability finds nothing worth reading.
 */
import { Readability } from '@mozilla/readability';

/**
 * Readability's pick as an element of `clone`'s document, or `fallback`.
 * Readability rewrites the document it is given, so `clone` is spent
 * afterwards (cloning a whole page again costs 100 ms in jsdom); the
 * fallback is copied out first.
 */
export function chooseArticleRoot(clone: Document, fallback: Element | null): Element | null {
  const spare = fallback ? (fallback.cloneNode(true) as Element) : null;
  let parsed: ReturnType<Readability<Element>['parse']> = null;
  try {
    // The identity serializer hands back Readability's own element in the
    // clone: no round trip through markup, and no page HTML parsed by
    // innerHTML before DOMPurify sees it.
    parsed = new Readability<Element>(clone, { keepClasses: false, serializer: (node) => node as Element }).parse();
  } catch {
    parsed = null;
  }
  const length = parsed?.textContent?.trim().length ?? 0;
  if (!parsed?.content || length < 100) return spare;
  return parsed.content;
}
