/**
 * The shipped text model (lib/data/mt-english/model.json) applied to a text,
 * with the last answer kept: the signal and the report ask about the same
 * article text one after the other.
 */
import modelData from '../../data/mt-english/model.json';
import { readsAsMachine, scoreText, type TextModel, type TextModelScore } from './model';

const MODEL = modelData as TextModel;

let last: { text: string; score: TextModelScore | null } | null = null;

/** How much the text reads like machine-translated English; null when too short to tell. */
export function machineEnglishScore(text: string): TextModelScore | null {
  if (last?.text !== text) last = { text, score: scoreText(MODEL, text) };
  return last.score;
}

/** Whether the scored text reads as a machine's translation rather than a person's (see TextModel.machineLogit). */
export function textReadsAsMachine(score: TextModelScore): boolean {
  return readsAsMachine(MODEL, score);
}
