/**
 * Our own block-level decision around Readability's pick. Readability keeps
 * or drops whole subtrees by a score of the container; it loses prose that
 * sits beside its pick (a lead paragraph before the article element, text
 * split across sibling containers) and lists, tables and paragraphs it
 * judges too short or too plain inside it. Before Readability runs (it
 * rewrites the document), the text blocks of our own main container and the
 * prose just before it are numbered and copied; afterwards every copied
 * block Readability left out is judged on its own evidence (text length,
 * link density, class and id tokens, visibility, headings and their
 * section) and put back in document order: gaps inside the stretch
 * Readability kept, and the lead before it, never what follows its end.
 */
import type { TextStats } from '../dom/stats';
import { collapseWhitespace } from '../dom/text';

export const BLOCK_ATTRIBUTE = 'data-unspun-block';

/** Elements that are a text block as a whole: their subtree goes in or stays out together. */
const UNIT_TAGS = new Set(['p', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'blockquote', 'ul', 'ol', 'dl', 'table', 'figure']);
const HEADING = /^h[2-6]$/;
/** Containers a block's text may sit in directly ("<div>Text<br>more text</div>"). */
const TEXT_CONTAINERS = new Set(['div', 'section', 'article', 'main', 'span', 'font', 'center', 'td']);
/** Class and id words of what is not article prose, whatever the classifiers already took out. */
const NOT_PROSE =
  /(?:^|[-_\s])(?:comments?|footer|footnote-?nav|related|share|sharing|social|sidebar|widget|promo|sponsor(?:ed)?|advert|ads?|banner|breadcrumbs?|menu|nav|navigation|popup|modal|newsletter|subscribe|teaser|recirc|more-stories|tags?|byline|meta|caption|credit|copyright|disclaimer|author|bio|interactive|graphics?|embed(?:ded)?)(?:$|[-_\s])/i;

export interface Block {
  id: number;
  /** A copy made before Readability ran, of a block that reads as article text. */
  copy: Element;
  /** Before the main container (a lead paragraph outside it) rather than inside it. */
  before: boolean;
}

function hasDirectText(element: Element): boolean {
  for (let child = element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3 && (child as Text).data.trim().length >= 20) return true;
  }
  return false;
}

/** The outermost text blocks under `root`, in document order. */
function collectUnits(root: Element, into: Element[]): void {
  for (let child = root.firstElementChild; child; child = child.nextElementSibling) {
    if (UNIT_TAGS.has(child.localName)) into.push(child);
    else if (TEXT_CONTAINERS.has(child.localName) && hasDirectText(child)) into.push(child);
    else collectUnits(child, into);
  }
}

/** Id and class words, camelCase split ("post-module--metaList" reads "meta List" as CSS modules write it). */
function classTokens(element: Element): string {
  return `${element.id} ${element.getAttribute('class') ?? ''}`.replace(/([a-z])([A-Z])/g, '$1 $2');
}

const HIDDEN_STYLE = /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
/** Utility classes that hide an element until a script shows it ("hide", Bootstrap's "d-none"). */
const HIDDEN_CLASS = /(?:^|\s)(?:hide|hidden|is-hidden|d-none)(?:\s|$)/i;
/** Readability drops these wholesale: a block inside one was never article text to it. */
const NOT_PROSE_TAGS = new Set(['aside', 'footer', 'nav']);

/** Not shown to a reader of the page (Readability drops these too): hidden, aria-hidden, display:none. */
function hidden(element: Element): boolean {
  return (
    element.hasAttribute('hidden') ||
    element.getAttribute('aria-hidden') === 'true' ||
    HIDDEN_STYLE.test(element.getAttribute('style') ?? '') ||
    HIDDEN_CLASS.test(element.getAttribute('class') ?? '')
  );
}

/** Marked as something else than prose, or hidden, itself or on the way up to `stop`. */
function markedNotProse(element: Element, stop: Element): boolean {
  for (let current: Element | null = element; current && current !== stop; current = current.parentElement) {
    if (NOT_PROSE.test(classTokens(current)) || NOT_PROSE_TAGS.has(current.localName) || hidden(current)) return true;
  }
  return false;
}

/**
 * A teaser's excerpt: text cut short ("…", "...") and a link after it (to
 * the story it teases, "Read more"). An article's own paragraph is never cut.
 */
function isTruncatedTeaser(element: Element): boolean {
  const links = element.getElementsByTagName('a');
  const last = links[links.length - 1];
  if (!last) return false;
  const text = collapseWhitespace(element.textContent ?? '');
  const linkText = collapseWhitespace(last.textContent ?? '');
  if (!linkText || !text.endsWith(linkText)) return false;
  return /(?:…|\.\.\.|\[…\]|\[\.\.\.\])\s*$/.test(text.slice(0, text.length - linkText.length));
}

/** Whether a block reads as article text on its own evidence: length, links, sentences, what a list is made of. */
export function isArticleBlock(element: Element, stats: TextStats): boolean {
  const length = stats.textLength(element);
  if (length === 0) return false;
  const density = stats.linkDensity(element);
  const tag = element.localName;
  if (tag === 'ul' || tag === 'ol' || tag === 'dl') {
    // A list of links is navigation or teasers; a list of statements is text.
    const items = Math.max(1, stats.count(element, 'listItems'));
    // One short item is a label ("On 6/13/2018 by @author"), not a list of statements.
    if (items === 1 && length < 60) return false;
    return density < 0.25 && length / items >= 25;
  }
  if (tag === 'table') return density < 0.25 && length >= 100 && element.querySelectorAll('tr').length >= 2;
  if (tag === 'figure' || HEADING.test(tag)) return false;
  const text = collapseWhitespace(element.textContent ?? '');
  if (isTruncatedTeaser(element)) return false;
  // Prose has sentences: a line without a full stop is a label, a date, a caption.
  return density < 0.3 && length >= 60 && /[.!?…:;"”»)]\s*$|[.!?]\s/.test(text);
}

/** A heading that opens a section of prose (its next block reads as text). */
function isSectionHeading(element: Element, next: Element | undefined, stats: TextStats): boolean {
  const length = stats.textLength(element);
  return (
    HEADING.test(element.localName) &&
    length > 0 &&
    length <= 200 &&
    stats.linkDensity(element) < 0.5 &&
    !!next &&
    isArticleBlock(next, stats)
  );
}

/**
 * Numbers the blocks of `main` and the prose right before it (siblings of
 * it and of its parent), and copies those that read as article text, so
 * that they can be put back after Readability has rewritten the document.
 */
export function numberBlocks(main: Element, stats: TextStats, maxBefore = 3): Block[] {
  const lead: Element[] = [];
  let scope: Element = main;
  for (let level = 0; level < 2 && scope.parentElement && scope.parentElement.localName !== 'body'; level++) {
    let stop = false;
    for (
      let sibling = scope.previousElementSibling;
      sibling && !stop && lead.length < maxBefore;
      sibling = sibling.previousElementSibling
    ) {
      const units: Element[] = [];
      if (UNIT_TAGS.has(sibling.localName) || hasDirectText(sibling)) units.push(sibling);
      else collectUnits(sibling, units);
      // Anything but a paragraph or two of prose (a header, a box of teasers) ends the lead.
      if (units.length === 0) continue;
      if (units.length > 2 || !units.every((unit) => /^(p|div|section)$/.test(unit.localName) && isArticleBlock(unit, stats))) stop = true;
      else if (units.some((unit) => markedNotProse(unit, scope.parentElement!))) stop = true;
      else lead.push(...units.reverse());
    }
    if (stop) break;
    scope = scope.parentElement;
  }
  const inside: Element[] = [];
  collectUnits(main, inside);
  const ordered = [...lead.reverse(), ...inside];
  const blocks: Block[] = [];
  ordered.forEach((element, id) => {
    element.setAttribute(BLOCK_ATTRIBUTE, String(id));
    const before = id < lead.length;
    if (before ? hidden(element) : markedNotProse(element, main)) return;
    if (!isArticleBlock(element, stats) && !isSectionHeading(element, ordered[id + 1], stats)) return;
    blocks.push({ id, copy: element.cloneNode(true) as Element, before });
  });
  return blocks;
}

/**
 * Puts back into `content` (Readability's article) the copied blocks it left
 * out between its first and last kept block, each before the first block of
 * `content` that came after it in the page. A lead paragraph only when
 * Readability kept the start of the container; a heading only with the
 * section it titles. Returns how many blocks were added.
 */
export function addMissingBlocks(content: Element, blocks: readonly Block[]): number {
  const doc = content.ownerDocument;
  const present = new Map<number, Element>();
  for (const element of Array.from(content.querySelectorAll(`[${BLOCK_ATTRIBUTE}]`))) {
    present.set(Number(element.getAttribute(BLOCK_ATTRIBUTE)), element);
  }
  // Readability kept nothing we numbered (it picked another part of the page): nothing to extend.
  if (present.size === 0) return 0;
  const firstInside = blocks.reduce((next, block) => (block.before ? Math.max(next, block.id + 1) : next), 0);
  const lastPresent = Math.max(...present.keys());
  const presentText = collapseWhitespace(content.textContent ?? '');
  const chosen: Block[] = [];
  for (const block of blocks) {
    if (present.has(block.id)) continue;
    // Only gaps inside the stretch Readability kept, and the lead before it: what follows the
    // article's last kept block is where bios, teasers and other sections of a wide container sit.
    if (block.id > lastPresent) continue;
    if (block.before && !present.has(firstInside) && !present.has(firstInside + 1)) continue;
    const text = collapseWhitespace(block.copy.textContent ?? '');
    if (!text || presentText.includes(text)) continue;
    chosen.push(block);
  }
  // A heading alone is not worth adding: only with its section.
  const chosenIds = new Set(chosen.map((block) => block.id));
  const added = chosen.filter((block) => !HEADING.test(block.copy.localName) || chosenIds.has(block.id + 1));
  let order = Array.from(present.keys()).sort((a, b) => a - b);
  for (const block of added) {
    const node = doc.importNode(block.copy, true) as Element;
    const after = order.find((other) => other > block.id);
    const anchor = after !== undefined ? present.get(after)! : null;
    if (anchor?.parentNode) anchor.parentNode.insertBefore(node, anchor);
    else (content.lastElementChild && content.children.length === 1 ? content.lastElementChild : content).appendChild(node);
    present.set(block.id, node);
    order = [...order, block.id].sort((a, b) => a - b);
  }
  return added.length;
}
