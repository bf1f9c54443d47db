/**
 * What the analysis host does with a page's snapshot: parse it into an
 * inert document and run the same pipeline the CLI runs (lib/analyze.ts),
 * then answer with data only: a report, a verdict, or a hide list addressed
 * to the live page (lib/boilerplate/hide-list.ts). Runs where the
 * extension's code is compiled once per session (Chrome's offscreen
 * document, Firefox's background page), never in the page.
 */
import { analyzePage, summarizePage } from './analyze';
import { BoilerplateFinder } from './boilerplate/classify';
import { DEFAULT_CLEANUP_KINDS } from './boilerplate/cleanup';
import { hideListFor, type HideList } from './boilerplate/hide-list';
import { parseSnapshot, sameSnapshot, type MarkupParser, type PageSnapshot } from './dom/snapshot';
import type { WindowLike } from './extract/sanitize';
import type { AnalysisResults, AnalysisTask, Result } from './messages';
import { unanalysableWording } from './unanalysable';
import { inEnglish } from './wording-english';
import type { Wording } from './wording';
import type { SiteRuleInput } from './analyze';
import type { PageReport } from './report';
import {
  AnalysisClock,
  cleanupLateReason,
  elementsReason,
  EXTENSION_BUDGET,
  limitElements,
  limitTextNodes,
  longTextReason,
} from './analysis-budget';
import { partialOf, withReasonsFirst } from './partial-report';

/**
 * The boilerplate the in-page cleanup hides, as a hide list. It looks until
 * the budget's cleanup time is up (AnalysisBudget.cleanupShare) and hides
 * what it found up to there: what the whole walk hides there too, never
 * more; the list then says where it stopped, and why, with the reasons the
 * snapshot was cut (`cut`).
 */
function cleanupList(doc: Document, rule: SiteRuleInput | null, clock: AnalysisClock, cut: readonly Wording[] = []): HideList {
  const finder = clock.stage(
    'cleanup-context',
    () =>
      new BoilerplateFinder(doc, {
        kinds: DEFAULT_CLEANUP_KINDS,
        removeSelectors: rule?.removeSelectors,
        keepSelectors: rule?.keepSelectors,
        until: () => clock.cleanupDue(),
      }),
  );
  const matches = clock.stage('cleanup-walk', () => finder.findAll());
  const list = clock.stage('hide-list', () => hideListFor(doc, matches));
  const stopped = finder.stoppedAt && doc.body ? stoppedReason(doc.body, finder.stoppedAt) : null;
  const partial = partialOf(stopped ? [...cut, stopped] : cut);
  return partial ? { ...list, partial } : list;
}

/** Why the cleanup looked no further than `stoppedAt` (its position among the body's elements). */
function stoppedReason(body: HTMLElement, stoppedAt: Element): Wording {
  const all = body.getElementsByTagName('*');
  let read = 0;
  while (read < all.length && all[read] !== stoppedAt) read++;
  return cleanupLateReason(EXTENSION_BUDGET, read, all.length);
}

/** The report, saying first that only part of the page was read when it was. */
export function withReason(report: PageReport, reasons: Wording[]): PageReport {
  const partial = withReasonsFirst(report.partial, reasons);
  if (partial) report.partial = partial;
  return report;
}

/** A snapshot parsed and cut to the budget, as every task reads it. */
export interface ParsedSnapshot {
  snapshot: PageSnapshot;
  doc: Document;
  /** Why the page cannot be analysed, or null. */
  unanalysable: Wording | null;
  /** The same in English, or null. */
  reason: string | null;
  /** Why only part of it is read. */
  cut: Wording[];
}

function parsed(snapshot: PageSnapshot, parser: MarkupParser, clock: AnalysisClock): ParsedSnapshot {
  const doc = clock.stage('parse', () => parseSnapshot(snapshot, parser));
  const unanalysable = unanalysableWording(doc, snapshot.contentType);
  const reason = unanalysable && inEnglish(unanalysable);
  // An enormous page is read in part: the elements kept keep their addresses, so its hide list still applies.
  // The content script already stops at the budget's elements (snapshot.truncated); the parsed page is cut
  // again in case it parsed into more elements than the live page had.
  const elementsCut = reason ? null : clock.stage('limit-elements', () => limitElements(doc, EXTENSION_BUDGET));
  const fromPage = snapshot.truncated ? elementsReason(snapshot.truncated.elements, snapshot.truncated.total) : null;
  // The content script cuts long text nodes as it takes the snapshot (snapshot.longestText); cut again here, as above.
  // No text node is longer than the markup it came in: an ordinary page's is not walked for one.
  const longMarkup = snapshot.body.length > EXTENSION_BUDGET.maxTextChars;
  const textCutHere = reason || !longMarkup ? null : clock.stage('limit-text-nodes', () => limitTextNodes(doc, EXTENSION_BUDGET));
  const textCut = snapshot.longestText ? longTextReason(snapshot.longestText, EXTENSION_BUDGET.maxTextChars) : textCutHere;
  const cut = reason ? [] : [fromPage ?? elementsCut, textCut].filter((cause) => cause !== null);
  return { snapshot, doc, unanalysable, reason, cut };
}

/**
 * The last snapshot parsed, for the next task on the same snapshot: the
 * popup on a page cleaned on its own is reported on from the snapshot the
 * cleanup sent (entrypoints/background/report-cache.ts), which the host has
 * just parsed. No task changes the parsed page (the report and detection
 * work on a clone of it), so it can be read again.
 */
export interface ParseMemo {
  last: ParsedSnapshot | null;
}

/** The snapshot parsed, or the memo's parse of the same snapshot (which becomes the memo's). */
export function parsedFor(snapshot: PageSnapshot, parser: MarkupParser, memo: ParseMemo, clock: AnalysisClock): ParsedSnapshot {
  const reused = memo.last && sameSnapshot(memo.last.snapshot, snapshot) ? memo.last : null;
  return (memo.last = reused ?? parsed(snapshot, parser, clock));
}

export function runAnalysisTask<T extends AnalysisTask>(
  request: T,
  parser: MarkupParser,
  window: WindowLike,
  memo: ParseMemo = { last: null },
): Result<AnalysisResults[T['task']]> {
  const { snapshot, rule } = request;
  const clock = new AnalysisClock(EXTENSION_BUDGET);
  const { doc, unanalysable, reason, cut } = parsedFor(snapshot, parser, memo, clock);
  const options = { url: snapshot.url, rules: rule, budget: EXTENSION_BUDGET, clock };
  switch (request.task) {
    case 'cleanup':
      return { ok: true, value: (reason ? { items: [] } : cleanupList(doc, rule, clock, cut)) as AnalysisResults[T['task']] };
    case 'auto-mt': {
      if (unanalysable) return { ok: false, error: inEnglish(unanalysable), errorWording: unanalysable };
      const summary = summarizePage(doc, options);
      const hide = summary.mt.score >= request.threshold ? cleanupList(doc, rule, clock, cut) : null;
      return { ok: true, value: { verdict: summary.mt.verdict, hide } as AnalysisResults[T['task']] };
    }
    case 'report':
      if (unanalysable) return { ok: false, error: inEnglish(unanalysable), errorWording: unanalysable };
      return {
        ok: true,
        value: withReason(analyzePage(doc, { ...options, settings: request.settings, window }), cut) as AnalysisResults[T['task']],
      };
  }
  return { ok: false, error: 'Unknown analysis task.' };
}
