/**
 * Chooses the element the reader shows. Boilerplate is already out of the
 * clone; Mozilla Readability (the reference for main-content extraction, run
 * on that cleaned clone) picks the article, our block-level decision
 * (./blocks.ts) puts back the prose of our own container it left out, and
 * our container stands in whole when Readability finds nothing worth reading.
 */
import { Readability } from '@mozilla/readability';
import type { TextStats } from '../dom/stats';
import { addMissingBlocks, BLOCK_ATTRIBUTE, numberBlocks } from './blocks';
import { keepFormulas } from './formulas';
import { isLinkListPick } from './link-list-pick';

/**
 * Readability's pick as an element of `clone`'s document, or `fallback`.
 * Readability rewrites the document it is given, so `clone` is spent
 * afterwards (cloning a whole page again costs 100 ms in jsdom); the
 * fallback is copied out first.
 */
export function chooseArticleRoot(
  clone: Document,
  fallback: Element | null,
  stats?: TextStats,
  { readability = true }: { readability?: boolean } = {},
): Element | null {
  // Out of time (lib/analysis-budget.ts): our own container, as when Readability finds nothing.
  if (!readability) return fallback;
  // Our container's text blocks, numbered and copied before Readability rewrites the clone.
  const blocks = fallback && stats ? numberBlocks(fallback, stats) : [];
  const spare = fallback ? (fallback.cloneNode(true) as Element) : null;
  keepFormulas(clone);
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
  if (!sharesBlocks(parsed.content) && isLinkListPick(parsed.content, spare)) return spare;
  addMissingBlocks(parsed.content, blocks);
  return parsed.content;
}

/** Readability kept at least one of the blocks numbered in our container. */
function sharesBlocks(content: Element): boolean {
  return content.hasAttribute(BLOCK_ATTRIBUTE) || !!content.querySelector(`[${BLOCK_ATTRIBUTE}]`);
}
