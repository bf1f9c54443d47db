/**
 * How the English itself reads: the trained text model of machine-translated
 * English (lib/detect/text-model, weights in lib/data/mt-english). It reads
 * style, not topic: how usual its word pairs and triples are in English,
 * common words crowding out rarer ones. Held apart it tells MT from
 * English originals far better than from human translations, so alone it
 * never reaches "uncertain": it adds to what the page shows.
 */
import type { Signal } from '../signal';
import { told } from '../signal';
import { wording } from '../../wording';
import { machineEnglishScore, textReadsAsMachine } from '../text-model/score';

/** Probability from which the signal speaks: below it the English reads as a person's as often as not. */
export const READS_LIKE_MT = 0.55;
/** The most this signal adds alone: below the "uncertain" threshold. */
const CAP = 0.3;

/** Weight of the text model's probability: grows with it (faster near 1), so that scores rank texts as the model does. */
export function machineEnglishWeight(probability: number): number {
  return Math.round(CAP * probability ** 3 * 1000) / 1000;
}

export const machineEnglish: Signal = {
  id: 'machine-english',
  englishOnly: true,
  answers: 'machine',
  run({ text }) {
    const score = machineEnglishScore(text);
    if (!score || score.probability < READS_LIKE_MT) return null;
    return {
      weight: machineEnglishWeight(score.probability),
      ...told(
        wording(textReadsAsMachine(score) ? 'reason_machineEnglishNotHuman' : 'reason_machineEnglish', {
          percent: Math.round(score.probability * 100),
        }),
      ),
    };
  },
};
