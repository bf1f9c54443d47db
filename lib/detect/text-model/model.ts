/**
 * The text model of machine-translated English: a logistic regression over
 * the passage features of ./features.ts. Its weights and vocabulary are
 * lib/data/mt-english/model.json, written by scripts/train-detector.ts.
 * An article is cut into passages of about the length the model was
 * trained on; its score is the mean of their log-odds, so that a long
 * article is judged on all of it and no single paragraph decides.
 */
import { passageFeatures, type FeatureVocabulary } from './features';
import { endsSentence, sentences as splitSentences } from '../../text/words';
import { englishBands } from '../../text/english-ngrams';
import { isPlain } from '../../text/plain-text';

export interface TextModel extends FeatureVocabulary {
  /** What it was trained on and how it scored held apart (for the README and the curious). */
  about: string;
  /** Words per passage the model was trained on. */
  passageWords: number;
  /** Feature names, in the order of `mean`, `scale` and `weights`. */
  features: string[];
  mean: number[];
  scale: number[];
  weights: number[];
  bias: number;
  /**
   * Mean log-odds over two passages or more from which a text that its page
   * shows to be a translation reads as a machine's: held apart, at most 2 % of
   * human translations reach it (chosen by the training script). Absent: never.
   */
  machineLogit?: number;
}

export interface TextModelScore {
  /** Probability-like 0..1 that the text is machine-translated English. */
  probability: number;
  /** Mean log-odds over the passages. */
  logit: number;
  /** How many passages were scored. */
  passages: number;
}

const ASCII_WORD = /[A-Za-z]+/g;

/** Below this many words there is too little text to read its style. */
export const MIN_WORDS = 80;

/** Log-odds of one passage (features the model gives no weight are not computed). */
export function passageLogit(model: TextModel, text: string, functionWords = new Set(model.functionWords)): number {
  const values = passageFeatures(text, model, functionWords, englishBands(), (index) => model.weights[index] !== 0);
  let logit = model.bias;
  for (let index = 0; index < values.length; index++) {
    logit += ((values[index]! - model.mean[index]!) / model.scale[index]!) * model.weights[index]!;
  }
  return logit;
}

/**
 * How sentences are joined into a passage: `spaces` (the model before the
 * eighth pass); `line-breaks` (shipped): one that ends without a full stop (a
 * heading, a caption, a list item) is followed by a line break, which still
 * ends it for the features, not by a space that would run it into the next
 * sentence; `every-line` (session 11, measured, not kept: lib/data/mt-english/README.md): every sentence on a line of
 * its own, so that a sentence whose next one opens in lower case (a corpus
 * row, a page's block) is not run into it.
 */
export type SentenceJoin = 'spaces' | 'line-breaks' | 'every-line';

/**
 * Sentences joined into one text as the model was trained on them (see
 * SentenceJoin). Where a sentence ends is lib/text/words.ts's rule
 * (`endsSentence`), the one the features cut by.
 */
export function joinSentences(sentences: string[], join: SentenceJoin = 'line-breaks'): string {
  if (join === 'spaces') return sentences.join(' ');
  if (join === 'every-line') return sentences.join('\n');
  let text = '';
  sentences.forEach((sentence, index) => {
    text = index === 0 ? sentence : `${text}${endsSentence(text) ? ' ' : '\n'}${sentence}`;
  });
  return text;
}

/** Sentences joined into passages of about `size` words (a short tail joins the last passage), at most `max` of them. */
export function passagesOf(text: string, size: number, max = Infinity): string[] {
  const passages: string[][] = [];
  let current: string[] = [];
  let count = 0;
  for (const sentence of splitSentences(text)) {
    if (passages.length >= max) break;
    current.push(sentence);
    count += countWords(sentence);
    if (count >= size) {
      passages.push(current);
      current = [];
      count = 0;
    }
  }
  if (current.length > 0 && passages.length < max) {
    if (passages.length > 0 && count < size / 2) passages[passages.length - 1]!.push(...current);
    else passages.push(current);
  }
  return passages.map((passage) => joinSentences(passage));
}

/**
 * Words of a sentence, roughly (runs of letters): enough to cut passages. Stops counting at `enough`
 * (it may count further when that costs less). A plain text (lib/text/plain-text.ts: its letters are
 * A-Z, its other characters have no case; most sentences of an English article, curly quotes and
 * dashes included) is counted by one regular expression: a loop over every character runs uncompiled
 * in a fresh page and cost the first article more than its n-grams.
 */
function countWords(text: string, enough = Infinity): number {
  if (isPlain(text)) return text.match(ASCII_WORD)?.length ?? 0;
  let count = 0;
  let inWord = false;
  for (let index = 0; index < text.length && count < enough; index++) {
    const code = text.charCodeAt(index);
    const letter =
      code > 64 && ((code | 32) > 96 && (code | 32) < 123 ? true : code > 127 && text[index]!.toLowerCase() !== text[index]!.toUpperCase());
    if (letter && !inWord) count++;
    inWord = letter;
  }
  return count;
}

/** Whether a scored text of two passages or more reads as machine translation rather than a person's translation. */
export function readsAsMachine(model: TextModel, score: TextModelScore): boolean {
  return model.machineLogit !== undefined && score.passages >= 2 && score.logit > model.machineLogit;
}

/**
 * Scores a text (an article or a passage); null when it is too short to
 * tell. Long articles are judged on their first `maxPassages` passages: the
 * style does not change further on, and the time must not grow with length.
 */
export function scoreText(model: TextModel, text: string, maxPassages = 8): TextModelScore | null {
  const head = text.length > maxPassages * model.passageWords * 12 ? text.slice(0, maxPassages * model.passageWords * 12) : text;
  // Only whether there are enough words: the article's first call runs this loop uncompiled.
  if (countWords(head, MIN_WORDS) < MIN_WORDS) return null;
  const functionWords = new Set(model.functionWords);
  const passages = passagesOf(head, model.passageWords, maxPassages);
  const logits = passages.map((passage) => passageLogit(model, passage, functionWords));
  const logit = logits.reduce((sum, value) => sum + value, 0) / logits.length;
  return { probability: 1 / (1 + Math.exp(-logit)), logit, passages: passages.length };
}
