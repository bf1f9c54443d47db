/**
 * The wording model: for each word of a text, the probability that a
 * professional post-editor would have changed it, had the text been machine
 * translation, from the target side alone (the browser has no source text).
 * Boosted trees over lib/flags/model/features.ts, trained by
 * scripts/train-flags.ts; the weights and n-gram table are data files.
 */
import modelData from '../../data/flags/wording-model.json';
import { probability, type BoostedTrees } from './boosted';
import { sentenceFeatures, type NgramBands } from './features';
import { englishBands } from '../../text/english-ngrams';
import { sentences } from './tokens';

export interface WordingModel extends BoostedTrees {
  /** Words at or above it are flagged. */
  threshold: number;
  /**
   * Per source language (ISO 639-1), when it is known: the threshold that gives the same share of flagged words
   * in each language's MT, chosen out of fold on the train split. Languages not listed use `threshold`.
   */
  languageThresholds?: Record<string, number>;
  /**
   * Per source language, when it is known: trees learnt from that language's MT and post-edits alone, with their
   * own threshold, for a language whose errors the shared trees read badly (Russian: post-editors there keep the
   * rare and made-up words of informal text that the shared trees take for errors).
   */
  languageModels?: Record<string, BoostedTrees & { threshold: number }>;
}

/** The trees and threshold for text translated from `language` (null: not known). */
export function wordingModelFor(
  language: string | null | undefined,
  model: WordingModel = WORDING_MODEL,
): { trees: BoostedTrees; threshold: number } {
  const own = language ? model.languageModels?.[language] : undefined;
  if (own) return { trees: own, threshold: own.threshold };
  return { trees: model, threshold: (language && model.languageThresholds?.[language]) || model.threshold };
}

/** Whether text translated from `language` is read by trees of that language's own. */
export function hasOwnTrees(language: string | null | undefined, model: WordingModel = WORDING_MODEL): boolean {
  return !!language && !!model.languageModels?.[language];
}

/** The threshold for text translated from `language` (null: not known). */
export function wordingThreshold(language: string | null | undefined, model: WordingModel = WORDING_MODEL): number {
  return wordingModelFor(language, model).threshold;
}

export interface ScoredWord {
  start: number;
  end: number;
  probability: number;
  /** Index of its sentence in the text. */
  sentence: number;
}

export const WORDING_MODEL: WordingModel = modelData as WordingModel;

/** Every word of `text` with the model's probability that it is wrong. */
export function scoreWords(text: string, model: BoostedTrees = WORDING_MODEL, bands: NgramBands = englishBands()): ScoredWord[] {
  const scored: ScoredWord[] = [];
  sentences(text).forEach((sentence, sentenceIndex) => {
    const { rows, words } = sentenceFeatures(sentence, text, bands);
    rows.forEach((row, index) => {
      const token = sentence.tokens[words[index]!]!;
      scored.push({ start: token.start, end: token.end, probability: probability(model, row), sentence: sentenceIndex });
    });
  });
  return scored;
}
