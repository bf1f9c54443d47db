/**
 * Why a report (or a cleanup) is partial, as its JSON carries it: the
 * reasons in English, as they have always been given (`reasons`), and the
 * same as wordings for the interface's language (`reasonsWording`). Apart
 * from lib/analysis-budget.ts, which makes the wordings: that module goes
 * into the content script, and the English texts need not.
 */
import type { PartialReport } from './analysis-budget';
import type { Wording } from './wording';
import { inEnglish } from './wording-english';

/** The partial status for these reasons, or undefined when there are none. */
export function partialOf(reasons: readonly Wording[]): PartialReport | undefined {
  if (!reasons.length) return undefined;
  return { reasons: reasons.map(inEnglish), reasonsWording: [...reasons] };
}

/**
 * `partial` with `first` before its own reasons. An older partial without
 * wordings keeps its English, and the wordings are then left out rather
 * than given for only some of the reasons.
 */
export function withReasonsFirst(partial: PartialReport | undefined, first: readonly Wording[]): PartialReport | undefined {
  if (!first.length) return partial;
  const before = partialOf(first)!;
  if (!partial) return before;
  const reasons = [...before.reasons, ...partial.reasons];
  return partial.reasonsWording && partial.reasonsWording.length === partial.reasons.length
    ? { reasons, reasonsWording: [...before.reasonsWording!, ...partial.reasonsWording] }
    : { reasons };
}
