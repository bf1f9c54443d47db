/**
 * Runs every signal and combines their evidence into the machine-translation
 * assessment: score, verdict, probable source language and the reasons,
 * strongest first.
 */
import type { MtAssessment, Reason, Verdict, VerdictKind } from '../report';
import { SIGNALS } from './signals';
import { noisyOr, type DetectionContext } from './signal';
import { machineEnglishScore, textReadsAsMachine } from './text-model/score';
import { machineEnglishWeight } from './signals/machine-english';
import { languageName } from '../language/profiles';
import { pageElements, type PageElements } from './page-elements';

/** Score at or above which a page is called machine-translated. */
export const MT_THRESHOLD = 0.6;
/** Score at or above which a page is "uncertain". */
export const UNCERTAIN_THRESHOLD = 0.4;
/** Total weight a language needs before it is named as the source. */
const SOURCE_MIN_WEIGHT = 0.4;
/**
 * Evidence only a machine leaves that a page needs, beyond a score at the MT
 * threshold, to be called machine-translated: a human translation keeps the
 * original's slugs, images and metadata as often as a content farm does.
 */
export const MACHINE_MIN = 0.25;
/** Text model probability under which a translation "reads like a human translation". */
const HUMAN_READING = 0.5;

export interface DetectOptions {
  /** Source language the user's site rule names: decides ties, adds no evidence. */
  sourceHint?: string | null;
}

/** The verdict for a score; with the machine evidence, a translation without any is at most "uncertain". */
export function verdictFor(score: number, machine = 1): Verdict {
  if (score >= MT_THRESHOLD) return machine >= MACHINE_MIN ? 'machine-translated' : 'uncertain';
  if (score >= UNCERTAIN_THRESHOLD) return 'uncertain';
  return 'human';
}

/** Which worded verdict both answers give. */
export function verdictKind(verdict: Verdict, score: number, machine: number, textModel: number | null, reasons: number): VerdictKind {
  if (verdict === 'machine-translated') return 'machine-translated';
  if (score >= UNCERTAIN_THRESHOLD && machine < MACHINE_MIN && (textModel === null || textModel < HUMAN_READING))
    return 'human-translation';
  if (verdict === 'uncertain') return 'possibly-machine-translated';
  return reasons > 0 ? 'few-signs' : 'no-sign';
}

export function summaryFor(kind: VerdictKind, sourceLanguage: string | null): string {
  const from = sourceLanguage ? ` from ${languageName(sourceLanguage)}` : '';
  switch (kind) {
    case 'machine-translated':
      return `Machine-translated${from}`;
    case 'human-translation':
      return `Translated${from}; reads like a human translation`;
    case 'possibly-machine-translated':
      return 'Possibly machine-translated';
    case 'few-signs':
      return 'A few signs, not enough to tell';
    case 'no-sign':
      return 'No sign of translation';
  }
}

export function detectMachineTranslation(given: DetectionContext, options: DetectOptions = {}): MtAssessment {
  const context = sharingElements(given);
  const english = context.textLanguage === 'en';
  const reasons: Reason[] = [];
  const machineWeights: number[] = [];
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
    const reason: Reason = { signal: signal.id, weight: round(evidence.weight), detail: evidence.detail, detailWording: evidence.wording };
    if (top.length === 1 || (top.length > 1 && top[0]![1] > top[1]![1] * 1.5)) reason.language = top[0]![0];
    reasons.push(reason);
    if (signal.answers === 'machine') machineWeights.push(evidence.weight);
  }
  reasons.sort((a, b) => b.weight - a.weight);
  const model = english ? machineEnglishScore(context.text) : null;
  const textModel = model ? round(model.probability) : null;
  // Below the point where the text model is a reason, it still orders the scores of pages that show nothing
  // else (all of them would tie at 0 otherwise); it stays far below "uncertain".
  const textLean = model && !reasons.some((reason) => reason.signal === 'machine-english') ? machineEnglishWeight(model.probability) : 0;
  const score = round(noisyOr([...reasons.map((reason) => reason.weight), textLean]));
  const machine = round(noisyOr(machineWeights));
  // How strongly the page shows a translation, whoever made it: all evidence but the text model's.
  const translationScore = noisyOr(reasons.filter((reason) => reason.signal !== 'machine-english').map((reason) => reason.weight));
  const readsAsMachine = model ? textReadsAsMachine(model) : false;
  const verdict = readsAsMachine && translationScore >= UNCERTAIN_THRESHOLD ? 'machine-translated' : verdictFor(score, machine);
  const sourceLanguage = pickSourceLanguage(votes, options.sourceHint ?? null);
  const kind = verdictKind(verdict, score, machine, textModel, reasons.length);
  return {
    score,
    verdict,
    sourceLanguage,
    reasons,
    translation: { likely: score >= UNCERTAIN_THRESHOLD, sourceLanguage, score },
    machine: { score: machine, textModel, readsAsMachine },
    verdictKind: kind,
    summary: summaryFor(kind, sourceLanguage),
  };
}

/** The context with the page's elements gathered at most once, when a signal first asks for them. */
function sharingElements(context: DetectionContext): DetectionContext {
  const doc = context.doc;
  if (!doc || context.elements) return context;
  let elements: PageElements | undefined;
  return Object.defineProperty({ ...context }, 'elements', { get: () => (elements ??= pageElements(doc)), enumerable: true });
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
