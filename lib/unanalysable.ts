/**
 * Why a page cannot be analysed (a PDF, not a web page, no text), or null if
 * it can. Apart from lib/messages.ts, which the light content script loads:
 * the words would weigh on every page.
 */
import { wording, type Wording } from './wording';
import { inEnglish } from './wording-english';

/** Why a page cannot be analysed, as a message id, or null if it can (the content type of a parsed snapshot is the live page's). */
export function unanalysableWording(doc: Document, contentType: string = doc.contentType): Wording | null {
  const type = contentType || 'text/html';
  if (type === 'application/pdf') return wording('page_pdf');
  if (!/html|xml/.test(type)) return wording('page_notWebPage', { type });
  if (!doc.body || !hasText(doc.body)) return wording('page_empty');
  return null;
}

/** Why a page cannot be analysed, in English words, or null if it can. */
export function unanalysableReason(doc: Document, contentType: string = doc.contentType): string | null {
  const said = unanalysableWording(doc, contentType);
  return said && inEnglish(said);
}

/** Whether any text in `root` is more than white space: textContent's answer without building the page's whole text. */
function hasText(root: Element): boolean {
  // Text and CDATA nodes (NodeFilter.SHOW_TEXT | SHOW_CDATA_SECTION; no NodeFilter global under Node).
  const walker = root.ownerDocument.createTreeWalker(root, 0x4 | 0x8);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (/\S/.test((node as CharacterData).data)) return true;
  return false;
}
