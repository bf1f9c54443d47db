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
  let parsed: ReturnType<Readability<string>['parse']> = null;
  try {
    parsed = new Readability(clone, { keepClasses: false }).parse();
  } catch {
    parsed = null;
  }
  const length = parsed?.textContent?.trim().length ?? 0;
  if (!parsed?.content || length < 100) return spare;
  const container = clone.createElement('div');
  // Readability's output is serialised markup of this very page; it is parsed
  // back into the clone and sanitised by DOMPurify before anyone sees it.
  container.innerHTML = parsed.content;
  return container;
}
