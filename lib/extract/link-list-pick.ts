/**
 * Readability scores containers, and on a page whose article is short it
 * may settle on a list of headlines instead (a "breaking news" ticker above
 * the story). Compared by their text, as trafilatura compares candidate
 * extractions: a pick made mostly of link text that shares no block with
 * our own container loses to that container when the container reads as
 * prose.
 */
import { collapseWhitespace } from '../dom/text';

/** Share of an element's text that is link text. */
function linkShare(element: Element): number {
  const total = collapseWhitespace(element.textContent ?? '').length;
  if (total === 0) return 0;
  let linked = 0;
  for (const link of Array.from(element.querySelectorAll('a'))) {
    if (link.parentElement?.closest('a')) continue;
    linked += collapseWhitespace(link.textContent ?? '').length;
  }
  return Math.min(1, linked / total);
}

/** Whether `pick` (Readability's, none of our blocks in it) is a list of links where `ours` holds prose. */
export function isLinkListPick(pick: Element, ours: Element | null): boolean {
  if (!ours) return false;
  const prose = collapseWhitespace(ours.textContent ?? '').length;
  return linkShare(pick) >= 0.5 && prose >= 200 && linkShare(ours) < 0.3;
}
