/**
 * How the English itself reads: the trained text model of machine-translated
 * English (lib/detect/text-model, weights in lib/data/mt-english). It reads
 * style, not topic: common words crowding out rarer ones, few contractions,
 * "the" and "there is" where English writers vary. Held apart it tells MT from
 * English originals far better than from human translations, so alone it
 * never reaches "uncertain": it adds to what the page shows.
 */
import type { Signal } from '../signal';
import { machineEnglishScore } from '../text-model/score';

/** Probability from which the signal speaks: below it the English reads as a person's as often as not. */
export const READS_LIKE_MT = 0.55;
/** The most this signal adds alone: below the "uncertain" threshold. */
const CAP = 0.3;

export const machineEnglish: Signal = {
  id: 'machine-english',
  englishOnly: true,
  answers: 'machine',
  run({ text }) {
    const score = machineEnglishScore(text);
    if (!score || score.probability < READS_LIKE_MT) return null;
    // Grows with the probability, so that the score ranks texts the way the model does.
    const weight = (CAP * (score.probability - 0.5)) / 0.5;
    return {
      weight: Math.round(weight * 1000) / 1000,
      detail: `The English reads like machine translation (text model: ${Math.round(score.probability * 100)} %): frequent words crowd out rarer ones and sentences are built alike.`,
    };
  },
};
