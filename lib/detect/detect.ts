/**
 * Runs every signal and combines their evidence into the machine-translation
 * assessment: score, verdict, probable source language and the reasons,
 * strongest first.
 */
import type { MtAssessment, Reason, Verdict } from '../report';
import { SIGNALS } from './signals';
import { noisyOr, type DetectionContext } from './signal';

/** Score at or above which a page is called machine-translated. */
export const MT_THRESHOLD = 0.6;
/** Score at or above which a page is "uncertain". */
export const UNCERTAIN_THRESHOLD = 0.4;
/** Total weight a language needs before it is named as the source. */
const SOURCE_MIN_WEIGHT = 0.4;

export interface DetectOptions {
  /** Source language the user's site rule names: decides ties, adds no evidence. */
  sourceHint?: string | null;
}

export function verdictFor(score: number): Verdict {
  if (score >= MT_THRESHOLD) return 'machine-translated';
  if (score >= UNCERTAIN_THRESHOLD) return 'uncertain';
  return 'human';
}

export function detectMachineTranslation(context: DetectionContext, options: DetectOptions = {}): MtAssessment {
  const english = context.textLanguage === 'en';
  const reasons: Reason[] = [];
  const votes = new Map<string, number>();
  for (const signal of SIGNALS) {
    if (signal.englishOnly && !english) continue;
    const evidence = signal.run(context);
    if (!evidence || evidence.weight <= 0) continue;
    const weights = Object.entries(evidence.languages ?? {});
    const total = weights.reduce((sum, [, weight]) => sum + weight, 0);
    for (const [language, weight] of weights) {
      votes.set(language, (votes.get(language) ?? 0) + (evidence.weight * weight) / (total || 1));
    }
    const top = weights.sort((a, b) => b[1] - a[1]);
    const reason: Reason = { signal: signal.id, weight: round(evidence.weight), detail: evidence.detail };
    if (top.length === 1 || (top.length > 1 && top[0]![1] > top[1]![1] * 1.5)) reason.language = top[0]![0];
    reasons.push(reason);
  }
  reasons.sort((a, b) => b.weight - a.weight);
  const score = round(noisyOr(reasons.map((reason) => reason.weight)));
  return { score, verdict: verdictFor(score), sourceLanguage: pickSourceLanguage(votes, options.sourceHint ?? null), reasons };
}

function pickSourceLanguage(votes: Map<string, number>, hint: string | null): string | null {
  const ranked = [...votes.entries()].filter(([language]) => language !== 'en').sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (hint && (!first || votes.get(hint) === first[1])) return hint;
  if (!first || first[1] < SOURCE_MIN_WEIGHT) return null;
  if (second && first[1] < second[1] * 1.5) return hint && (hint === first[0] || hint === second[0]) ? hint : null;
  return first[0];
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
