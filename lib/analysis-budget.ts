/**
 * How much of a page the extension's analysis reads, and for how long, so
 * that a hostile or enormous page (500,000 elements, a 50 MB text node)
 * gets an answer that says it is partial, and why, instead of a popup that
 * waits for minutes. The CLI passes no budget and reads everything.
 *
 * Each reason is a wording (lib/wording.ts), so that the interface says it
 * in its own language; lib/partial-report.ts adds the English the JSON has
 * always carried. No English is built here: the content script imports
 * this module for its snapshot's limits.
 */
import { wording, type Wording } from './wording';

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
  /**
   * Elements of the body a cleanup's snapshot takes (automatic or asked for
   * in the reader); absent, maxElements. The page waits for this answer
   * with its boilerplate on screen.
   */
  maxCleanupElements?: number;
  /**
   * A slow machine's or an enormous page's way out, so that the report is on
   * time and says what it left out: once `share` of `ms` has passed when our
   * copy of the page is made (the snapshot's parse took that long), the copy
   * holds at most `elements` elements and `chars` characters; once
   * `readerShare` has passed before the reader's stages, they read no more
   * than that either, and Readability is left out. Absent, never.
   */
  hurry?: { share: number; readerShare: number; elements: number; chars: number };
  /**
   * The share of `ms` after which the in-page cleanup stops looking for
   * boilerplate and hides what it found up to there (what the whole page's
   * cleanup hides there too, no more), saying so. Absent, never.
   */
  cleanupShare?: number;
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
 * 300,000. A cleanup's snapshot stops at 20,000 elements (100,000 until session 6, 50,000 in session 7's start): the
 * cleanup's parse and its look at the whole of what it read then fit its time on a loaded machine. The popup on a page
 * cleaned on its own still reports from the cleanup's snapshot instead of asking for another (on a page of more than
 * 20,000 elements it then says it read the first 20,000).
 */
export const EXTENSION_BUDGET: AnalysisBudget = {
  ms: 5000,
  maxTextChars: 300_000,
  maxElements: 50_000,
  maxReaderElements: 20_000,
  maxAnalysisElements: 50_000,
  maxAnalysisChars: 1_000_000,
  // A parse of 1 s is an enormous page (the 500,000-element page's 50,000 took 1.3-1.9 s at load 25 on 2 cores; an
  // ordinary page's under 0.1 s), and an ordinary page reaches its reader in well under 2.5 s even at that load
  // (bench:profile): only an enormous page, or a machine many times slower, is hurried. 2,000 elements and 50,000
  // characters (8,000 words) are an article's worth, and DOMPurify reads them in ~0.2 s at that load.
  hurry: { share: 0.2, readerShare: 0.5, elements: 2_000, chars: 50_000 },
  // The cleanup's answer is due within the report's 5 s as well: it stops looking at 3.5 s and leaves the rest (finding
  // addresses, sending the list, hiding) 1.5 s; the addresses took 4 ms on the 500,000-element page at load 15.
  cleanupShare: 0.7,
  // A cleanup reads the first 20,000 elements (twice the largest page of the extraction corpus, whose cleanup is
  // unchanged). At 50,000, the 100,000-element page's cleanup spent its 3.5 s on parsing (1.1 s) and the cleanup's
  // set-up (1.8 s) at load 17 and hid nothing: its boilerplate stayed on screen (bench:perf --scale, bench:profile).
  maxCleanupElements: 20_000,
};

/**
 * How much of the page the content script takes for a task: a report's
 * snapshot stops where the analysis stops reading (maxAnalysisElements), so
 * that an enormous page is neither serialised, sent, parsed nor cloned
 * beyond what the report reads; a cleanup's stops at maxCleanupElements,
 * the part of the page its hide list covers.
 */
export function snapshotLimits(
  purpose: 'auto' | 'clean' | 'report',
  budget: AnalysisBudget = EXTENSION_BUDGET,
): { maxElements: number; maxTextChars: number } {
  const elements = Math.min(
    budget.maxElements,
    (purpose === 'report' ? budget.maxAnalysisElements : budget.maxCleanupElements) ?? Infinity,
  );
  return { maxElements: elements, maxTextChars: budget.maxTextChars };
}

/** Why a report (or a cleanup) is incomplete, in words a reader understands; absent from a complete one. */
export interface PartialReport {
  /** In English, as the CLI's JSON has always given them. */
  reasons: string[];
  /** The same reasons as message ids (lib/wordings.ts `budget_`), in the same order, for the interface's language. */
  reasonsWording?: Wording[];
}

/** "2,000 elements (of 50,000) and 50,000 characters (of 102,252)": what a cut kept, as a list of wordings. */
type Cut = Wording;
const cutOf = (parts: Wording[]): Cut | null =>
  parts.length === 0 ? null : parts.length === 1 ? parts[0]! : wording('budget_cutBoth', { elements: parts[0]!, characters: parts[1]! });
const elementsCut = (read: number, total: number) => wording('budget_cutElements', { read, total });
const charactersCut = (read: number, total: number) => wording('budget_cutCharacters', { read, total });

/** The text the detector and the flags read, and the reason when it was cut. */
export function limitText(text: string, budget: AnalysisBudget | undefined): { text: string; reason: Wording | null } {
  if (!budget || text.length <= budget.maxTextChars) return { text, reason: null };
  return {
    text: text.slice(0, budget.maxTextChars),
    reason: wording('budget_textCut', { read: budget.maxTextChars, total: text.length }),
  };
}

/**
 * Leaves out every element of the body after the first `max` in document
 * order (and the text after it). The elements kept keep their positions,
 * so hide lists addressed by position (lib/dom/address.ts) still apply to
 * the live page. Returns the reason when something was cut.
 */
export function limitElements(doc: Document, budget: AnalysisBudget | undefined): Wording | null {
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
function cutPage(doc: Document, maxElements: number, maxChars: number, copiedOf: number | null = null): Cut | null {
  const body = doc.body;
  if (!body) return null;
  const cuts: Wording[] = [];
  const all = body.getElementsByTagName('*');
  const elements = copiedOf ?? all.length;
  if (copiedOf !== null) {
    cuts.push(elementsCut(maxElements, copiedOf));
  } else if (elements > maxElements) {
    const first = all[maxElements]!;
    removeFollowing(first, body);
    first.remove();
    cuts.push(elementsCut(maxElements, elements));
  }
  // Text and CDATA nodes, as limitTextNodes.
  const walker = doc.createTreeWalker(body, 0x4 | 0x8);
  let read = 0;
  let cutAt: CharacterData | null = null;
  let total = 0;
  for (let node = walker.nextNode() as CharacterData | null; node; node = walker.nextNode() as CharacterData | null) {
    if (UNREAD.has(node.parentElement?.localName ?? '')) continue;
    // The length alone: reading `data` makes a string of each node's text in the browser.
    total += node.length;
    if (cutAt || total <= maxChars) continue;
    cutAt = node;
    read = maxChars - (total - node.length);
  }
  if (cutAt) {
    cutAt.data = cutAt.data.slice(0, read);
    removeFollowing(cutAt, body);
    cuts.push(charactersCut(maxChars, total));
  }
  return cutOf(cuts);
}

/** The report's time, in seconds, as its reasons give it. */
const seconds = (budget: AnalysisBudget) => budget.ms / 1000;

/** Our copy of the page (lib/analyze.ts), and how many elements the page had when the copy left some out. */
export interface AnalysisCopy {
  clone: Document;
  copiedOf: number | null;
  /** Whether the copy was made in the budget's hurry (AnalysisClock.hurried): smaller, and said so. */
  hurried: boolean;
}

/** The elements and characters of the page the analysis reads, in the budget's hurry or not; null: all. */
function analysisLimits(budget: AnalysisBudget | undefined, hurried: boolean): { elements: number; chars: number } | null {
  if (!budget || budget.maxAnalysisElements === undefined || budget.maxAnalysisChars === undefined) return null;
  const hurry = hurried ? budget.hurry : undefined;
  return {
    elements: Math.min(budget.maxAnalysisElements, hurry?.elements ?? Infinity),
    chars: Math.min(budget.maxAnalysisChars, hurry?.chars ?? Infinity),
  };
}

/**
 * Our copy of the page, holding no more of the body than the analysis reads
 * (the budget's maxAnalysisElements): the same document as a whole clone cut
 * by limitElements, but an enormous page's rest is never copied. Subtrees
 * wholly before the cut are copied natively in one call each; only the
 * ancestors of the first element left out are copied one by one (a loop,
 * not recursion: the cut may lie 10,000 deep).
 */
export function copyForAnalysis(doc: Document, budget: AnalysisBudget | undefined, hurried = false): AnalysisCopy {
  hurried &&= !!budget?.hurry;
  const max = analysisLimits(budget, hurried)?.elements;
  const body = doc.body;
  const all = max === undefined ? null : body?.getElementsByTagName('*');
  if (max === undefined || !body || !all || all.length <= max) return { clone: doc.cloneNode(true) as Document, copiedOf: null, hurried };
  const first = all[max]!;
  const path: Node[] = [];
  for (let at: Node | null = first; at; at = at.parentNode) path.push(at);
  path.reverse();
  const clone = doc.cloneNode(false) as Document;
  let target: Node = clone;
  // Above the body (the document, <html>) what follows the path is kept, as limitElements keeps it.
  let inBody = false;
  for (let level = 0; level + 1 < path.length; level++) {
    const source = path[level]!;
    const next = path[level + 1]!;
    if (source === body) inBody = true;
    for (let child = source.firstChild; child && child !== next; child = child.nextSibling)
      target.appendChild(clone.importNode(child, true));
    if (next === first) break;
    const copy = target.appendChild(clone.importNode(next, false));
    if (!inBody) for (let child = next.nextSibling; child; child = child.nextSibling) target.appendChild(clone.importNode(child, true));
    target = copy;
  }
  return { clone, copiedOf: all.length, hurried };
}

/**
 * Cuts our copy of the page (copyForAnalysis), before anything reads it, to
 * the budget's analysis characters: detection reads at most maxTextChars of
 * the article, so the rest of an enormous page would only cost time (every
 * stage is linear in elements, none can stop midway). Returns the reason,
 * with the elements the copy left out.
 */
export function limitAnalysis(copy: AnalysisCopy, budget: AnalysisBudget | undefined): Wording | null {
  const limits = analysisLimits(budget, copy.hurried);
  const cut = limits && cutPage(copy.clone, limits.elements, limits.chars, copy.copiedOf);
  if (!cut) return null;
  return copy.hurried ? wording('budget_analysedHurried', { cut, seconds: seconds(budget!) }) : wording('budget_analysedLong', { cut });
}

/**
 * Cuts our copy of the page further when the budget's hurry has begun
 * (AnalysisClock.hurried: a slow parse of an enormous page, a loaded
 * machine), before the stages that read it. Returns the reason.
 */
export function limitHurried(doc: Document, budget: AnalysisBudget | undefined): Wording | null {
  if (!budget?.hurry) return null;
  const cut = cutPage(doc, budget.hurry.elements, budget.hurry.chars);
  return cut ? wording('budget_analysedHurried', { cut, seconds: seconds(budget) }) : null;
}

/**
 * Cuts the cleaned page (boilerplate already out) before the reader's stages
 * to the budget's reader elements and characters of text (its hurry's, when
 * `hurried`), in document order: the reader shows the beginning of an
 * enormous article rather than nothing. Returns the reason when something was cut.
 */
export function limitReader(doc: Document, budget: AnalysisBudget | undefined, hurried = false): Wording | null {
  if (!budget) return null;
  if (hurried && budget.hurry) {
    const cut = cutPage(doc, budget.hurry.elements, budget.hurry.chars);
    return cut ? wording('budget_readerHurried', { cut, seconds: seconds(budget) }) : null;
  }
  const cut = cutPage(doc, budget.maxReaderElements, budget.maxTextChars);
  return cut ? wording('budget_readerLong', { cut }) : null;
}

/** Why the reader shows the page's main part untidied (Readability left out): the time ran out, or was short. */
export function untidiedReason(budget: AnalysisBudget, late: boolean): Wording {
  return late ? wording('budget_untidiedLate', { seconds: seconds(budget) }) : wording('budget_untidiedSlow');
}

/** Why no odd phrasings were looked for: the time ran out. */
export function flagsLateReason(budget: AnalysisBudget): Wording {
  return wording('budget_flagsLate', { seconds: seconds(budget) });
}

/** Why the cleanup hid boilerplate only as far as its first `read` elements (of `total`). */
export function cleanupLateReason(budget: AnalysisBudget, read: number, total: number): Wording {
  return wording('budget_cleanupLate', { read, total, seconds: seconds(budget) });
}

/**
 * A parsed page cut to the budget as the extension's host cuts a snapshot
 * (elements, then long text nodes), in place: why, in the order cut.
 */
export function limitDocument(doc: Document, budget: AnalysisBudget | undefined): Wording[] {
  return [limitElements(doc, budget), limitTextNodes(doc, budget)].filter((reason) => reason !== null);
}

/** Why a page's report is partial when only its first `read` elements (of `total`) were read. */
export function elementsReason(read: number, total: number): Wording {
  return wording('budget_elementsRead', { read, total });
}

/**
 * Cuts each text node longer than the budget's text to that length (a page
 * with a 50 MB text node). The elements around it then no longer match the
 * live page's fingerprints (lib/dom/address.ts), so the hide list leaves
 * them alone rather than hide something it did not read. Returns the reason
 * when something was cut.
 */
export function limitTextNodes(doc: Document, budget: AnalysisBudget | undefined): Wording | null {
  const root = doc.body ?? doc.documentElement;
  if (!budget || !root) return null;
  // Text and CDATA nodes (NodeFilter.SHOW_TEXT | SHOW_CDATA_SECTION; no NodeFilter global under Node).
  const walker = doc.createTreeWalker(root, 0x4 | 0x8);
  let longest = 0;
  for (let node = walker.nextNode() as CharacterData | null; node; node = walker.nextNode() as CharacterData | null) {
    // The length alone, as in cutPage: only a node to cut is read.
    if (node.length <= budget.maxTextChars) continue;
    longest = Math.max(longest, node.length);
    node.data = node.data.slice(0, budget.maxTextChars);
  }
  return longest ? longTextReason(longest, budget.maxTextChars) : null;
}

/** Why a page's report is partial when a text node of `longest` characters was read only to `read`. */
export function longTextReason(longest: number, read: number): Wording {
  return wording('budget_longText', { longest, read });
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

  /** Whether the cleanup's time to look for boilerplate is up (AnalysisBudget.cleanupShare; never without one). */
  cleanupDue(): boolean {
    const share = this.budget?.cleanupShare;
    return share !== undefined && this.now() - this.start > this.budget!.ms * share;
  }

  /** Whether the budget's hurry has begun at `stage`: the stages to come read less (AnalysisBudget.hurry). */
  hurried(stage: 'copy' | 'reader'): boolean {
    const hurry = this.budget?.hurry;
    if (!hurry) return false;
    return this.now() - this.start > this.budget!.ms * (stage === 'copy' ? hurry.share : hurry.readerShare);
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
