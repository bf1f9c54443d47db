/**
 * What the analysis host does with a page's snapshot: parse it into an
 * inert document and run the same pipeline the CLI runs (lib/analyze.ts),
 * then answer with data only: a report, a verdict, or a hide list addressed
 * to the live page (lib/boilerplate/hide-list.ts). Runs where the
 * extension's code is compiled once per session (Chrome's offscreen
 * document, Firefox's background page), never in the page.
 */
import { analyzePage, summarizePage } from './analyze';
import { findBoilerplate } from './boilerplate/classify';
import { DEFAULT_CLEANUP_KINDS } from './boilerplate/cleanup';
import { hideListFor, type HideList } from './boilerplate/hide-list';
import { parseSnapshot, type MarkupParser } from './dom/snapshot';
import type { WindowLike } from './extract/sanitize';
import type { AnalysisResults, AnalysisTask, Result } from './messages';
import { unanalysableWording } from './unanalysable';
import { inEnglish } from './wording-english';
import type { SiteRuleInput } from './analyze';
import type { PageReport } from './report';
import { elementsReason, EXTENSION_BUDGET, limitElements, limitTextNodes } from './analysis-budget';

/** The boilerplate the in-page cleanup hides, as a hide list. */
function cleanupList(doc: Document, rule: SiteRuleInput | null): HideList {
  const matches = findBoilerplate(doc, {
    kinds: DEFAULT_CLEANUP_KINDS,
    removeSelectors: rule?.removeSelectors,
    keepSelectors: rule?.keepSelectors,
  });
  return hideListFor(doc, matches);
}

/** The report, saying first that only part of the page was read when it was. */
function withReason(report: PageReport, reasons: string[]): PageReport {
  if (reasons.length) report.partial = { reasons: [...reasons, ...(report.partial?.reasons ?? [])] };
  return report;
}

export function runAnalysisTask<T extends AnalysisTask>(
  request: T,
  parser: MarkupParser,
  window: WindowLike,
): Result<AnalysisResults[T['task']]> {
  const { snapshot, rule } = request;
  const doc = parseSnapshot(snapshot, parser);
  const unanalysable = unanalysableWording(doc, snapshot.contentType);
  const reason = unanalysable && inEnglish(unanalysable);
  // An enormous page is read in part: the elements kept keep their addresses, so its hide list still applies.
  // The content script already stops at the budget's elements (snapshot.truncated); the parsed page is cut
  // again in case it parsed into more elements than the live page had.
  const elementsCut = reason ? null : limitElements(doc, EXTENSION_BUDGET);
  const fromPage = snapshot.truncated ? elementsReason(snapshot.truncated.elements, snapshot.truncated.total) : null;
  const cut = reason ? [] : [fromPage ?? elementsCut, limitTextNodes(doc, EXTENSION_BUDGET)].filter((cause) => cause !== null);
  const options = { url: snapshot.url, rules: rule, budget: EXTENSION_BUDGET };
  switch (request.task) {
    case 'cleanup':
      return { ok: true, value: (reason ? { items: [] } : cleanupList(doc, rule)) as AnalysisResults[T['task']] };
    case 'auto-mt': {
      if (unanalysable) return { ok: false, error: inEnglish(unanalysable), errorWording: unanalysable };
      const summary = summarizePage(doc, options);
      const hide = summary.mt.score >= request.threshold ? cleanupList(doc, rule) : null;
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
