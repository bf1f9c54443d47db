/**
 * The popup's report in two stages, for the analysis host: the verdict (the
 * page parsed, its article found, its language and the detection) first,
 * then the reader's article and its flags. The host sends the verdict and
 * lets the popup draw it before it makes the rest; the two together are
 * exactly what runAnalysisTask's 'report' task answers.
 */
import { assessPage, finishReport } from './analyze';
import { AnalysisClock, EXTENSION_BUDGET } from './analysis-budget';
import type { MarkupParser } from './dom/snapshot';
import type { WindowLike } from './extract/sanitize';
import type { AnalysisTask, ReportVerdict, Result } from './messages';
import type { PageReport } from './report';
import { partialOf } from './partial-report';
import { parsedFor, withReason, type ParseMemo } from './snapshot-analysis';
import { inEnglish } from './wording-english';

export interface StagedReport {
  verdict: ReportVerdict;
  /** The whole report (the verdict's fields as in `verdict`); call once. */
  finish: () => PageReport;
}

export function reportInStages(
  request: Extract<AnalysisTask, { task: 'report' }>,
  parser: MarkupParser,
  window: WindowLike,
  memo: ParseMemo = { last: null },
  /** Told how long each stage took (the benchmarks' figures). */
  onStage?: (stage: string, ms: number) => void,
): Result<StagedReport> {
  const { snapshot, rule, settings } = request;
  const budget = onStage ? { ...EXTENSION_BUDGET, onStage } : EXTENSION_BUDGET;
  const clock = new AnalysisClock(budget);
  const { doc, unanalysable, cut } = parsedFor(snapshot, parser, memo, clock);
  if (unanalysable) return { ok: false, error: inEnglish(unanalysable), errorWording: unanalysable };
  const assessed = assessPage(doc, { url: snapshot.url, rules: rule, budget, clock, settings, window });
  const partial = partialOf([...cut, ...assessed.reasons]);
  const verdict: ReportVerdict = {
    url: assessed.prepared.url,
    mt: assessed.mt,
    language: assessed.language,
    ...(partial ? { partial } : {}),
  };
  return { ok: true, value: { verdict, finish: () => withReason(finishReport(assessed), cut) } };
}
