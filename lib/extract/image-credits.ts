/**
 * Picture credits inside captions, cut from the reader's copy only. The
 * credit classifier (lib/boilerplate/kinds/credit.ts) takes out a credit
 * that is an element of its own; captions often end with one in the same
 * text ("Erdölpumpen im Abendrot. Bild: <a>TebNad/Shutterstock.com</a>",
 * "Ski-Star aus der Schweiz. © AFP / MARCO BERTORELLO"), and figures repeat
 * their image's `data-credit` in an element with no credit class. A reader
 * wants the caption and not who sold the picture; the page keeps both (the
 * in-page cleanup never calls this).
 */
import type { RemovedBlock } from '../report';
import { classTokenOfKind } from '../boilerplate/context';
import { creditLabelPattern, creditSourcePattern, opensCredit } from '../boilerplate/credit-words';

const MEDIA = 'img, picture, video, audio, svg, iframe, canvas, object';
/** Class and id words of a caption where no figure or figcaption says so ("imagedescription", "wp-caption-text"). */
const CAPTION_TOKEN = /caption|bildunterschrift|imagedescription|image-description|img-desc|photo-desc|legende?(?:$|[-_\s])/i;
/** Attributes where sites keep an image's credit, which they may print again in a plain element. */
const CREDIT_ATTRIBUTES = ['data-credit', 'data-copyright', 'data-photo-credit', 'data-image-credit'];
/** A credit is a name or two and an agency, not a sentence. */
const MAX_TAIL = 80;
const MAX_SOURCE_TAIL = 60;

/** No sentence inside: "J. Smith" is an initial, "Foto: X. Die Brücke 1920." is a caption after a credit. */
const SENTENCE_BREAK = /(?<!(?:^|\s)\p{L})[.!?]\s+\S/u;

/** Whitespace collapsed, with each character's offset in the raw text. */
function collapsed(raw: string): { text: string; offsets: number[] } {
  let text = '';
  const offsets: number[] = [];
  for (let index = 0; index < raw.length; index++) {
    const char = raw[index]!;
    if (/\s/.test(char)) {
      if (text && !text.endsWith(' ')) {
        text += ' ';
        offsets.push(index);
      }
      continue;
    }
    text += char;
    offsets.push(index);
  }
  return { text: text.trimEnd(), offsets };
}

/** Where the credit at the end of `text` starts, or -1: a label and a short tail after it. */
function labelledTail(text: string): number {
  const pattern = creditLabelPattern();
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const rest = text.slice(match.index + match[0].length);
    if (text.length - match.index > MAX_TAIL || !opensCredit(match[0], rest)) continue;
    if (SENTENCE_BREAK.test(rest)) continue;
    return match.index;
  }
  return -1;
}

/**
 * Where an unlabelled agency credit at the end of `text` starts ("… Schweiz. AFP / Name",
 * "Judy Eddy/WENN.com"), or -1: after a sentence or a separator, a few capitalised words
 * naming an agency.
 */
function sourceTail(text: string): number {
  const starts = [0];
  for (const boundary of text.matchAll(/[.!?…]\s+|\s[|–—]\s+/gu)) starts.push(boundary.index + boundary[0].length);
  for (const start of starts) {
    const tail = text.slice(start);
    if (tail.length > MAX_SOURCE_TAIL || !creditSourcePattern().test(tail)) continue;
    const words = tail.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
    if (words.length > 6 || words.some((word) => /^[^\p{L}\p{N}]*\p{Ll}/u.test(word))) continue;
    if (SENTENCE_BREAK.test(tail)) continue;
    return start;
  }
  return -1;
}

/** Deletes everything of `element` from raw text offset `start` on; the element itself when nothing is left. */
function cutFrom(element: Element, start: number): void {
  const doc = element.ownerDocument;
  const walker = doc.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
  let seen = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (seen + node.data.length > start) {
      const range = doc.createRange();
      range.setStart(node, start - seen);
      range.setEnd(element, element.childNodes.length);
      range.deleteContents();
      break;
    }
    seen += node.data.length;
  }
  // A caption left with only "(" or " |" before its credit loses that too.
  const last = element.lastChild;
  if (last && last.nodeType === 3) (last as Text).data = (last as Text).data.replace(/[\s([|–—-]+$/u, '');
  if (!(element.textContent ?? '').trim()) element.remove();
}

/** A short text right after a picture that has no text of its own: a caption without markup that says so. */
function underPicture(element: Element): boolean {
  const previous = element.previousElementSibling;
  if (!previous || !(previous.matches(MEDIA) || previous.querySelector(MEDIA))) return false;
  return (previous.textContent ?? '').trim().length < 20 && (element.textContent ?? '').length <= 300;
}

/** Elements under `root` inside a figure, a figcaption or an element classed as a caption, in document order. */
function captionElements(root: Element): Element[] {
  const inCaption = new Set<Element>();
  const found: Element[] = [];
  for (const element of Array.from(root.querySelectorAll('*'))) {
    const parent = element.parentElement;
    const caption =
      /^fig(?:ure|caption)$/.test(element.localName) ||
      (!!parent && inCaption.has(parent)) ||
      CAPTION_TOKEN.test(`${element.id} ${element.getAttribute('class') ?? ''}`) ||
      underPicture(element);
    if (caption) {
      inCaption.add(element);
      found.push(element);
    }
  }
  return found;
}

function creditAttributeValues(doc: Document): Set<string> {
  const values = new Set<string>();
  for (const element of Array.from(doc.querySelectorAll(CREDIT_ATTRIBUTES.map((name) => `[${name}]`).join(', ')))) {
    for (const name of CREDIT_ATTRIBUTES) {
      const value = (element.getAttribute(name) ?? '').replace(/\s+/g, ' ').trim();
      if (value.length >= 3 && value.length <= 120) values.add(value);
    }
  }
  return values;
}

/**
 * Cuts picture credits out of the captions under `root` (a clone the
 * reader is built from) and says what went, as `credit` blocks.
 */
export function removeImageCredits(root: Element): RemovedBlock[] {
  const removed: RemovedBlock[] = [];
  const attributeCredits = creditAttributeValues(root.ownerDocument);
  // Credits the classifier cannot take: inline elements (<em class="copyright">) are not blocks to it.
  for (const element of Array.from(root.querySelectorAll('[class], [id]'))) {
    if (!classTokenOfKind(element, 'credit') || !element.isConnected) continue;
    const text = collapsed(element.textContent ?? '').text;
    if (!text || text.length > 150 || element.querySelector(MEDIA)) continue;
    removed.push({ kind: 'credit', text, reason: 'marked as a picture credit' });
    element.remove();
  }
  if (attributeCredits.size > 0) {
    // Anywhere: an element that holds exactly what an image says is its credit is that credit.
    for (const element of Array.from(root.querySelectorAll('*'))) {
      const raw = element.textContent ?? '';
      if (raw.length > 400 || !element.isConnected || element.querySelector(MEDIA)) continue;
      const text = collapsed(raw).text;
      if (!attributeCredits.has(text)) continue;
      removed.push({ kind: 'credit', text, reason: 'the credit its picture carries (data-credit)' });
      element.remove();
    }
  }
  const captions = captionElements(root).filter(
    (element) => element.isConnected && !element.matches(MEDIA) && !element.querySelector(MEDIA),
  );
  const chosen = new Set(captions);
  for (const element of captions) {
    // The outermost caption element is cut as one text; its children go with it.
    if (element.parentElement && chosen.has(element.parentElement)) continue;
    const { text, offsets } = collapsed(element.textContent ?? '');
    if (!text || text.length > 1000) continue;
    const fromAttribute = [...attributeCredits].find((credit) => text.endsWith(` ${credit}`));
    let start = fromAttribute ? text.length - fromAttribute.length : labelledTail(text);
    if (start < 0) start = sourceTail(text);
    if (start < 0) continue;
    // "(Foto: Getty)": the bracket goes with the credit.
    if (start > 0 && text[start - 1] === '(') start--;
    removed.push({ kind: 'credit', text: text.slice(start), reason: 'a picture credit in a caption' });
    cutFrom(element, start === 0 ? 0 : offsets[start]!);
  }
  return removed;
}
