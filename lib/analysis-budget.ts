/**
 * How much of a page the extension's analysis reads, and for how long, so
 * that a hostile or enormous page (500,000 elements, a 50 MB text node)
 * gets an answer that says it is partial, and why, instead of a popup that
 * waits for minutes. The CLI passes no budget and reads everything.
 */

export interface AnalysisBudget {
  /** After this many milliseconds, the stages still to come that can be left out are (the flags). */
  ms: number;
  /** Characters of the article's text the detector and the flags read. */
  maxTextChars: number;
  /** Elements of the body read; the rest of the page, in document order, is left out. */
  maxElements: number;
  /**
   * Elements of the cleaned page the reader's stages (Readability, DOMPurify)
   * read, and characters of its text: these stages cost the most per element.
   */
  maxReaderElements: number;
  /**
   * Elements and characters of text of the page (in document order) the
   * analysis itself reads, after the snapshot's cut; absent, no further cut.
   */
  maxAnalysisElements?: number;
  maxAnalysisChars?: number;
  now?: () => number;
  /** Told how long each stage of the analysis took (benchmarks only). */
  onStage?: (stage: string, ms: number) => void;
}

/**
 * The extension's budget: generous for an ordinary article on a loaded machine, short of a popup that seems to hang.
 * Chosen, not tuned. The largest page of the extraction corpus (readability-pages) has 9,892 tags and 136,000
 * characters of text: an ordinary page is read whole by every stage. The analysis reads up to 50,000 elements and
 * 1,000,000 characters (a margin of boilerplate before the 300,000 characters of article detection reads); the reader's
 * stages, which cost the most per element (Readability and DOMPurify, ~0.3 ms an element on 2 loaded cores), 20,000 and
 * 300,000; the snapshot stops at 100,000 elements, which the cleanup's hide list still covers.
 */
export const EXTENSION_BUDGET: AnalysisBudget = {
  ms: 5000,
  maxTextChars: 300_000,
  maxElements: 100_000,
  maxReaderElements: 20_000,
  maxAnalysisElements: 50_000,
  maxAnalysisChars: 1_000_000,
};

/** Why a report is incomplete, in words a reader understands; absent from a complete report. */
export interface PartialReport {
  reasons: string[];
}

const thousands = (value: number) => value.toLocaleString('en');

/** The text the detector and the flags read, and the reason when it was cut. */
export function limitText(text: string, budget: AnalysisBudget | undefined): { text: string; reason: string | null } {
  if (!budget || text.length <= budget.maxTextChars) return { text, reason: null };
  return {
    text: text.slice(0, budget.maxTextChars),
    reason: `The article is very long: only its first ${thousands(budget.maxTextChars)} characters (of ${thousands(text.length)}) were checked for machine translation and odd phrasings.`,
  };
}

/**
 * Leaves out every element of the body after the first `max` in document
 * order (and the text after it). The elements kept keep their positions,
 * so hide lists addressed by position (lib/dom/address.ts) still apply to
 * the live page. Returns the reason when something was cut.
 */
export function limitElements(doc: Document, budget: AnalysisBudget | undefined): string | null {
  const body = doc.body;
  if (!budget || !body) return null;
  const all = body.getElementsByTagName('*');
  const total = all.length;
  if (total <= budget.maxElements) return null;
  const first = all[budget.maxElements]!;
  removeFollowing(first, body);
  first.remove();
  return elementsReason(budget.maxElements, total);
}

/** Removes everything after `node` in document order, up to the end of `root` (`node` and its ancestors stay). */
function removeFollowing(node: Node, root: Node): void {
  for (let at: Node | null = node; at && at !== root; at = at.parentNode) {
    while (at.nextSibling) at.nextSibling.remove();
  }
}

const UNREAD = new Set(['script', 'style', 'noscript', 'template']);

/**
 * Cuts `doc`'s body after its first `maxElements` elements and then after its
 * first `maxChars` characters of text (scripts and styles not counted), in
 * document order, in place. Says what was cut, in words, or null.
 */
function cutPage(doc: Document, maxElements: number, maxChars: number): string | null {
  const body = doc.body;
  if (!body) return null;
  const cuts: string[] = [];
  const all = body.getElementsByTagName('*');
  const elements = all.length;
  if (elements > maxElements) {
    const first = all[maxElements]!;
    removeFollowing(first, body);
    first.remove();
    cuts.push(`${thousands(maxElements)} elements (of ${thousands(elements)})`);
  }
  // Text and CDATA nodes, as limitTextNodes.
  const walker = doc.createTreeWalker(body, 0x4 | 0x8);
  let read = 0;
  let cutAt: CharacterData | null = null;
  let total = 0;
  for (let node = walker.nextNode() as CharacterData | null; node; node = walker.nextNode() as CharacterData | null) {
    if (UNREAD.has(node.parentElement?.localName ?? '')) continue;
    total += node.data.length;
    if (cutAt || total <= maxChars) continue;
    cutAt = node;
    read = maxChars - (total - node.data.length);
  }
  if (cutAt) {
    cutAt.data = cutAt.data.slice(0, read);
    removeFollowing(cutAt, body);
    cuts.push(`${thousands(maxChars)} characters (of ${thousands(total)})`);
  }
  return cuts.length ? cuts.join(' and ') : null;
}

/**
 * Cuts our copy of the page, before anything reads it, to the budget's
 * analysis elements and characters: detection reads at most maxTextChars of
 * the article, so the rest of an enormous page would only cost time (every
 * stage is linear in elements, none can stop midway). Returns the reason.
 */
export function limitAnalysis(doc: Document, budget: AnalysisBudget | undefined): string | null {
  if (!budget || budget.maxAnalysisElements === undefined || budget.maxAnalysisChars === undefined) return null;
  const cut = cutPage(doc, budget.maxAnalysisElements, budget.maxAnalysisChars);
  return cut ? `The page is very long: it was analysed only as far as its first ${cut}.` : null;
}

/**
 * Cuts the cleaned page (boilerplate already out) before the reader's stages
 * to the budget's reader elements and characters of text, in document order:
 * the reader shows the beginning of an enormous article rather than nothing.
 * Returns the reason when something was cut.
 */
export function limitReader(doc: Document, budget: AnalysisBudget | undefined): string | null {
  if (!budget) return null;
  const cut = cutPage(doc, budget.maxReaderElements, budget.maxTextChars);
  return cut ? `The page is very long: the reader shows it only as far as its first ${cut}.` : null;
}

/**
 * A parsed page cut to the budget as the extension's host cuts a snapshot
 * (elements, then long text nodes), in place: why, in the order cut.
 */
export function limitDocument(doc: Document, budget: AnalysisBudget | undefined): string[] {
  return [limitElements(doc, budget), limitTextNodes(doc, budget)].filter((reason) => reason !== null);
}

/** Why a page's report is partial when only its first `read` elements (of `total`) were read. */
export function elementsReason(read: number, total: number): string {
  return `The page is very large: only its first ${thousands(read)} elements (of ${thousands(total)}) were read.`;
}

/**
 * Cuts each text node longer than the budget's text to that length (a page
 * with a 50 MB text node). The elements around it then no longer match the
 * live page's fingerprints (lib/dom/address.ts), so the hide list leaves
 * them alone rather than hide something it did not read. Returns the reason
 * when something was cut.
 */
export function limitTextNodes(doc: Document, budget: AnalysisBudget | undefined): string | null {
  const root = doc.body ?? doc.documentElement;
  if (!budget || !root) return null;
  // Text and CDATA nodes (NodeFilter.SHOW_TEXT | SHOW_CDATA_SECTION; no NodeFilter global under Node).
  const walker = doc.createTreeWalker(root, 0x4 | 0x8);
  let longest = 0;
  for (let node = walker.nextNode() as CharacterData | null; node; node = walker.nextNode() as CharacterData | null) {
    if (node.data.length <= budget.maxTextChars) continue;
    longest = Math.max(longest, node.data.length);
    node.data = node.data.slice(0, budget.maxTextChars);
  }
  return longest ? longTextReason(longest, budget.maxTextChars) : null;
}

/** Why a page's report is partial when a text node of `longest` characters was read only to `read`. */
export function longTextReason(longest: number, read: number): string {
  return `The page holds a text of ${thousands(longest)} characters in one piece: only its first ${thousands(read)} were read.`;
}

/**
 * The analysis's clock: whether the budget's time has run out, and how long
 * each stage took (for the benchmarks, through the budget's `onStage`).
 */
export class AnalysisClock {
  private readonly now: () => number;
  private readonly start: number;

  constructor(private readonly budget: AnalysisBudget | undefined) {
    this.now = budget?.now ?? (() => performance.now());
    this.start = budget ? this.now() : 0;
  }

  /** Whether the budget's time has run out (never without a budget). */
  over(): boolean {
    return !!this.budget && this.now() - this.start > this.budget.ms;
  }

  stage<T>(name: string, run: () => T): T {
    const report = this.budget?.onStage;
    if (!report) return run();
    const start = this.now();
    const value = run();
    report(name, this.now() - start);
    return value;
  }
}
