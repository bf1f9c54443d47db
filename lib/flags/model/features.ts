/**
 * What the wording model knows about one word: how usual the word and its
 * word pairs and triples are in English (count bands from
 * lib/data/english/ngrams), its shape, place and repetitions. The trainer
 * (scripts/train-flags.ts) and the flag rule compute them with this one
 * function, so that the model reads live text as it was trained.
 */
import { LEXICON_MIN_LENGTH } from '../../text/english-lexicon';
import { inTrainedDictionary } from './british-spellings';
import type { Sentence, Token } from './tokens';

/** How often an n-gram (1 to 3 keys) occurs in the English the model knows, as a band 0 (never) to 15 (~1 + log2 count). */
export interface NgramBands {
  band(first: string, second?: string, third?: string): number;
}

export const FEATURE_NAMES = [
  'uni',
  'uniPrev',
  'uniNext',
  'biLeft',
  'biRight',
  'triLeft',
  'triMiddle',
  'triRight',
  'condLeft',
  'condRight',
  'capitalMid',
  'allCaps',
  'nonAscii',
  'digit',
  'length',
  'position',
  'fromEnd',
  'sentenceWords',
  'repeated',
  'repeatedAdjacent',
  'functionWord',
  'sentenceUnseenLeft',
  'sentenceUnseenTri',
  'hyphen',
  'capitalNeighbour',
  'numberAgreement',
  'minNeighbourUni',
  'lexicon',
  'nonwordsInSentence',
] as const;
export const FEATURE_COUNT = FEATURE_NAMES.length;

const FUNCTION_WORDS = new Set(
  `the a an of to in on at by for with from as into onto about over under after before between through during without within
  and or but nor so yet if than that which who whom whose what when where while because although though this these those
  it its he him his she her they them their we us our you your i me my is are was were be been being has have had do does
  did will would shall should can could may might must not no there here also only very more most such each every some any
  all both either neither one`.split(/\s+/),
);
const SINGULAR_DETERMINERS = new Set(['a', 'an', 'this', 'that', 'every', 'each', 'another', 'one']);
const PLURAL_DETERMINERS = new Set(['these', 'those', 'many', 'several', 'few', 'both', 'two', 'three', 'four', 'various', 'numerous']);

export const BOUNDARY_START = '<s>';
export const BOUNDARY_END = '</s>';

/** Whether a number-marked determiner and the word after it disagree ("a cars", "these car"); a guess from the ending. */
function numberDisagrees(determiner: string, word: string): boolean {
  if (!/^[a-z]{3,}$/.test(word)) return false;
  const plural = /[^s]s$/.test(word);
  if (SINGULAR_DETERMINERS.has(determiner)) return plural && !/(?:ss|us|is|ics|ous|ness)$/.test(word);
  if (PLURAL_DETERMINERS.has(determiner)) return !plural && !/(?:men|people|children|data|media|police)$/.test(word);
  return false;
}

/**
 * Whether the word is in the English dictionary (1), is not (0: an invented or
 * half-translated word, "infinality", "sentaavograms"), or is not judged (2:
 * shorter than the list's words, or with digits). A British spelling of a
 * dictionary word counts as in it, by the entries the model was trained with
 * (lib/flags/model/british-spellings.ts). Human translators choose
 * rare words ("uncouth", "begonias") that a count table has never seen but a
 * dictionary knows; machine translation makes words no dictionary has.
 */
export function lexiconClass(surface: string): number {
  if (surface.length < LEXICON_MIN_LENGTH || /\p{N}/u.test(surface)) return 2;
  // "fund’s", "well-known": each part is judged; a possessive's "s" is too short to be.
  return surface.split(/[-'’]/).every((part) => part.length < LEXICON_MIN_LENGTH || inTrainedDictionary(part)) ? 1 : 0;
}

/**
 * One feature row per word token of the sentence (punctuation marks are
 * context, not scored), in token order; `words` gives each row's token index.
 */
export function sentenceFeatures(sentence: Sentence, text: string, bands: NgramBands): { rows: number[][]; words: number[] } {
  const tokens = sentence.tokens;
  const keys = [BOUNDARY_START, BOUNDARY_START, ...tokens.map((token) => token.key), BOUNDARY_END, BOUNDARY_END];
  const key = (index: number) => keys[index + 2]!;
  const words: number[] = [];
  tokens.forEach((token, index) => token.word && words.push(index));
  const uni = keys.map((value) => (value === BOUNDARY_START || value === BOUNDARY_END ? 15 : bands.band(value)));
  const uniAt = (index: number) => uni[index + 2]!;
  const counts = new Map<string, number>();
  for (const index of words) counts.set(key(index), (counts.get(key(index)) ?? 0) + 1);

  const partial = words.map((index) => {
    const biLeft = bands.band(key(index - 1), key(index));
    const biRight = bands.band(key(index), key(index + 1));
    const triLeft = bands.band(key(index - 2), key(index - 1), key(index));
    const triMiddle = bands.band(key(index - 1), key(index), key(index + 1));
    const triRight = bands.band(key(index), key(index + 1), key(index + 2));
    return { index, biLeft, biRight, triLeft, triMiddle, triRight };
  });
  const unseenLeft = partial.filter((row) => row.biLeft === 0).length / Math.max(1, partial.length);
  const unseenTri = partial.filter((row) => row.triMiddle === 0).length / Math.max(1, partial.length);

  const lexicon = words.map((index) => lexiconClass(text.slice(tokens[index]!.start, tokens[index]!.end)));
  // Lower-case words only: names are outside any dictionary in every translation.
  const nonwords = words.filter(
    (index, wordIndex) => lexicon[wordIndex] === 0 && !/^\p{Lu}/u.test(text.slice(tokens[index]!.start, tokens[index]!.end)),
  ).length;

  const rows = partial.map((row, wordIndex) => {
    const { index } = row;
    const token: Token = tokens[index]!;
    const surface = text.slice(token.start, token.end);
    const k = key(index);
    const previousWord = wordIndex > 0 ? tokens[words[wordIndex - 1]!]! : null;
    const nextWord = wordIndex + 1 < words.length ? tokens[words[wordIndex + 1]!]! : null;
    const isCapital = (value: Token | null) => !!value && /^\p{Lu}/u.test(text.slice(value.start, value.end));
    return [
      uniAt(index),
      uniAt(index - 1),
      uniAt(index + 1),
      row.biLeft,
      row.biRight,
      row.triLeft,
      row.triMiddle,
      row.triRight,
      row.biLeft - uniAt(index - 1),
      row.biRight - uniAt(index + 1),
      wordIndex > 0 && /^\p{Lu}/u.test(surface) ? 1 : 0,
      surface.length > 1 && /^[\p{Lu}\p{N}.'-]+$/u.test(surface) && /\p{Lu}.*\p{Lu}/u.test(surface) ? 1 : 0,
      /[^\p{ASCII}]/u.test(surface) && /\p{L}/u.test(surface) ? 1 : 0,
      /\p{N}/u.test(surface) ? 1 : 0,
      surface.length,
      wordIndex,
      words.length - 1 - wordIndex,
      words.length,
      k.length > 3 && counts.get(k)! > 1 ? 1 : 0,
      previousWord && previousWord.key === k ? 1 : 0,
      FUNCTION_WORDS.has(k) ? 1 : 0,
      unseenLeft,
      unseenTri,
      surface.includes('-') ? 1 : 0,
      (isCapital(previousWord) && wordIndex > 1 ? 1 : 0) + (isCapital(nextWord) ? 1 : 0),
      previousWord && numberDisagrees(previousWord.key, k) ? 1 : 0,
      Math.min(uniAt(index - 1), uniAt(index + 1)),
      lexicon[wordIndex]!,
      nonwords,
    ];
  });
  return { rows, words };
}
