/**
 * What the text model of machine-translated English reads in a passage:
 * features about how the English is built, not what it is about, so that
 * they carry across topics and source languages. Style statistics (sentence
 * lengths, punctuation, word-frequency bands, lexical diversity, repetition,
 * contractions), the rates of function words and of "skeleton" bigrams, in
 * which every word but a function word is replaced by its shape, and how
 * usual its word pairs and triples are in human English (the n-gram count
 * bands of lib/data/english/ngrams.json): machine translation keeps to the
 * sequences it has seen most, where people, writing or translating, stray.
 */
import { sentences as splitSentences, words as splitWords } from '../../text/words';
import { wordRank } from '../../text/word-frequency';
import { englishBands } from '../../text/english-ngrams';
import { sentenceKeys } from './sentence-keys';
import { isPlain } from '../../text/plain-text';
import type { NgramBands } from '../../flags/model/features';

/** The vocabulary a trained model reads beyond the fixed style statistics (stored with its weights). */
export interface FeatureVocabulary {
  functionWords: string[];
  skeletonBigrams: string[];
}

export const STYLE_FEATURES = [
  'sentence-length-mean',
  'sentence-length-sd',
  'sentence-length-cv',
  'long-sentences',
  'short-sentences',
  'word-length-mean',
  'long-words',
  'mattr',
  'hapax-rate',
  'band-top-100',
  'band-101-1000',
  'band-1001-6000',
  'band-rare',
  'mean-log-rank',
  'capitalised-inside',
  'digits',
  'comma',
  'commas-per-sentence',
  'semicolon',
  'colon',
  'question',
  'exclamation',
  'parenthesis',
  'quote',
  'dash',
  'hyphenated',
  'contraction',
  'possessive',
  'repeated-content-words',
  'repeated-bigrams',
  'starts-with-the',
  'starts-with-pronoun',
  'starts-with-conjunction',
  'starts-with-adverbial',
] as const;

/** How usual the passage's word sequences are in English (count bands 0..15 of lib/data/english/ngrams.json). */
export const NGRAM_FEATURES = [
  'ngram-unigram-mean',
  'ngram-bigram-seen',
  'ngram-trigram-seen',
  'ngram-bigram-mean',
  'ngram-trigram-mean',
  'ngram-bigram-sd',
  'ngram-trigram-sd',
  'ngram-bigram-given-word',
  'ngram-trigram-given-pair',
  'ngram-trigram-given-pair-sd',
  'ngram-sentence-trigram-seen-sd',
] as const;

/**
 * Cues of how literally a text was carried over (issue 11, third pass): word
 * classes and sentence openings in which machine translation and people differ
 * (MT writes fewer -ing and -ly words and contractions, opens more sentences
 * with "It is" / "There are"), rates of articles and prepositions, repeats of a
 * word within a few words. As every feature, kept only where its direction
 * agrees in every training environment (scripts/train-detector.ts).
 */
export const LITERAL_FEATURES = [
  'repeat-within-10',
  'articles',
  'the',
  'indefinite-articles',
  'prepositions',
  'of',
  'of-the',
  'starts-it-is',
  'starts-and-but-so',
  'starts-i-we-you',
  'first-second-person',
  'passive',
  'which',
  'that',
  'apostrophe-words',
  'intensifiers',
  'also-still-even',
  'this-these',
  'it',
  'comma-and',
  'ing-words',
  'ly-words',
  'nominalisations',
  'negation',
] as const;

const PREPOSITIONS = new Set(
  'of in on at by for with from to into about over under after before between through during without within upon'.split(' '),
);
const FIRST_SECOND_PERSON = new Set(['i', 'we', 'you', 'me', 'us', 'my', 'our', 'your']);
const INTENSIFIERS = new Set(['very', 'so', 'really', 'such']);
const ALSO_STILL_EVEN = new Set(['also', 'still', 'even', 'already']);

const PRONOUNS = new Set(['i', 'you', 'he', 'she', 'it', 'we', 'they', 'this', 'that', 'these', 'those', 'there']);
const CONJUNCTIONS = new Set(['and', 'but', 'or', 'so', 'yet', 'because']);
const MATTR_WINDOW = 50;

/** Straight quotes and apostrophes, one kind of dash: how a site types them says nothing about who translated. */
function normalise(text: string): string {
  return text
    .replace(/[“”„«»]/g, '"')
    .replace(/[‘’‚]/g, "'")
    .replace(/[–—]|\s-\s/g, ' – ')
    .replace(/…/g, '...');
}

/** Counts of the punctuation marks the style features read, in one pass. */
function punctuation(text: string) {
  const marks = { comma: 0, semicolon: 0, colon: 0, question: 0, exclamation: 0, parenthesis: 0, quote: 0, dash: 0 };
  for (let index = 0; index < text.length; index++) {
    switch (text[index]) {
      case ',':
        marks.comma++;
        break;
      case ';':
        marks.semicolon++;
        break;
      case ':':
        marks.colon++;
        break;
      case '?':
        marks.question++;
        break;
      case '!':
        marks.exclamation++;
        break;
      case '(':
        marks.parenthesis++;
        break;
      case '"':
        marks.quote++;
        break;
      case '–':
        marks.dash++;
        break;
    }
  }
  return marks;
}

function rate(count: number, total: number): number {
  return total > 0 ? count / total : 0;
}

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/** Moving-average type-token ratio: lexical diversity that does not fall with length. */
function mattr(lower: string[]): number {
  if (lower.length <= MATTR_WINDOW) return rate(new Set(lower).size, lower.length);
  const counts = new Map<string, number>();
  let types = 0;
  let sum = 0;
  for (let index = 0; index < lower.length; index++) {
    const added = lower[index]!;
    const before = counts.get(added) ?? 0;
    counts.set(added, before + 1);
    if (before === 0) types++;
    if (index >= MATTR_WINDOW) {
      const dropped = lower[index - MATTR_WINDOW]!;
      const left = counts.get(dropped)! - 1;
      counts.set(dropped, left);
      if (left === 0) types--;
    }
    if (index >= MATTR_WINDOW - 1) sum += types / MATTR_WINDOW;
  }
  return sum / (lower.length - MATTR_WINDOW + 1);
}

function mean(values: number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / (values.length || 1);
}

function sd(values: number[]): number {
  const average = mean(values);
  return Math.sqrt(mean(values.map((value) => (value - average) ** 2)));
}

/** Skeleton token: a function word itself; else the word's shape (capitalised, number, other word). */
function skeletonToken(word: string, functionWords: ReadonlySet<string>): string {
  const lower = word.toLowerCase();
  if (functionWords.has(lower)) return lower;
  const first = word.charCodeAt(0);
  if (first >= 48 && first <= 57) return '#';
  if (isCapitalised(word)) return 'C';
  return 'w';
}

function isCapitalised(word: string): boolean {
  const code = word.charCodeAt(0);
  // ASCII letters by their code: the common case, without a string made for the first letter.
  if (code >= 97 && code <= 122) return false;
  if (code >= 65 && code <= 90) return true;
  const first = word[0] ?? '';
  return first !== first.toLowerCase();
}

/** The passage's tokens for skeleton bigrams: words and the punctuation that shapes sentences. */
export function skeleton(text: string, functionWords: ReadonlySet<string>): string[] {
  const tokens = normalise(text).match(/[\p{L}]+(?:'[\p{L}]+)*|\d+(?:[.,]\d+)*|[.,;:!?"()–]/gu) ?? [];
  return tokens.map((token) => (/^[\p{L}\d]/u.test(token) ? skeletonToken(token, functionWords) : token));
}

/** Every skeleton bigram of the text, as `a b`. */
export function skeletonBigrams(text: string, functionWords: ReadonlySet<string>): string[] {
  const tokens = skeleton(text, functionWords);
  const bigrams: string[] = [];
  for (let index = 1; index < tokens.length; index++) bigrams.push(`${tokens[index - 1]} ${tokens[index]}`);
  return bigrams;
}

export function featureNames(vocabulary: FeatureVocabulary): string[] {
  return [
    ...STYLE_FEATURES,
    ...NGRAM_FEATURES,
    ...LITERAL_FEATURES,
    ...vocabulary.functionWords.map((word) => `fw:${word}`),
    ...vocabulary.skeletonBigrams.map((bigram) => `sk:${bigram}`),
  ];
}

/** Whether a key holds a letter; keys are lower case, so most answer by their first character. */
function hasLetter(key: string): boolean {
  const first = key.charCodeAt(0);
  if (first >= 97 && first <= 122) return true;
  return isPlain(key) ? /[a-z]/.test(key) : /\p{L}/u.test(key);
}

/**
 * The n-gram features: for each word, the bands of it, of the pair it ends and
 * of the triple it ends, and the band of the pair (triple) less that of its
 * first word (pair), a rough log-probability of the word given what precedes.
 * Bands are log2 counts, so means of them are means of log-counts.
 */
export function ngramFeatures(text: string, bands: NgramBands): Record<(typeof NGRAM_FEATURES)[number], number> {
  const unigram: number[] = [];
  const bigram: number[] = [];
  const trigram: number[] = [];
  const bigramGivenWord: number[] = [];
  const trigramGivenPair: number[] = [];
  const sentenceTrigramSeen: number[] = [];
  // A passage's words recur ("the", commas): each one's band is looked up once.
  const unigrams = new Map<string, number>();
  const unigramBand = (key: string) => {
    let band = unigrams.get(key);
    if (band === undefined) unigrams.set(key, (band = bands.band(key)));
    return band;
  };
  for (const sentence of sentenceKeys(text)) {
    const keys = ['<s>', ...sentence];
    const bandOf = keys.map((key, index) => (index === 0 ? 0 : unigramBand(key)));
    let seen = 0;
    let triples = 0;
    let previousPair = 0;
    for (let index = 1; index < keys.length; index++) {
      const word = keys[index]!;
      const pair = index >= 2 ? bands.band(keys[index - 1]!, word) : 0;
      if (hasLetter(word)) {
        unigram.push(bandOf[index]!);
        if (index >= 2) {
          bigram.push(pair);
          bigramGivenWord.push(pair - bandOf[index - 1]!);
        }
        if (index >= 3) {
          const triple = bands.band(keys[index - 2]!, keys[index - 1]!, word);
          trigram.push(triple);
          triples++;
          if (triple > 0) seen++;
          if (previousPair > 0) trigramGivenPair.push(triple - previousPair);
        }
      }
      previousPair = pair;
    }
    if (triples > 3) sentenceTrigramSeen.push(seen / triples);
  }
  return {
    'ngram-unigram-mean': mean(unigram) / 10,
    'ngram-bigram-seen': rate(bigram.filter((band) => band > 0).length, bigram.length),
    'ngram-trigram-seen': rate(trigram.filter((band) => band > 0).length, trigram.length),
    'ngram-bigram-mean': mean(bigram) / 10,
    'ngram-trigram-mean': mean(trigram) / 10,
    'ngram-bigram-sd': sd(bigram) / 10,
    'ngram-trigram-sd': sd(trigram) / 10,
    'ngram-bigram-given-word': mean(bigramGivenWord) / 10,
    'ngram-trigram-given-pair': mean(trigramGivenPair) / 10,
    'ngram-trigram-given-pair-sd': sd(trigramGivenPair) / 10,
    'ngram-sentence-trigram-seen-sd': sd(sentenceTrigramSeen),
  };
}

type Cues<Name extends string> = Record<Name, () => number>;

/**
 * The literal-translation cues of a passage (normalised text: straight
 * apostrophes, one kind of dash), each computed when asked for: the shipped
 * model weighs three of them, and an article's first call in a fresh page runs
 * uncompiled, where every check of every word costs.
 */
function literalCues(text: string): Cues<(typeof LITERAL_FEATURES)[number]> {
  // A plain text's letters are ASCII (lib/text/plain-text.ts): the same words without compiling a Unicode class.
  const lower = lazy(() =>
    (text.match(isPlain(text) ? /[A-Za-z]+(?:'[A-Za-z]+)*/g : /\p{L}+(?:'\p{L}+)*/gu) ?? []).map((word) => word.toLowerCase()),
  );
  const n = () => lower().length || 1;
  const counts = lazy(() => {
    const list = lower();
    // Word classes under '#', single words under themselves.
    const found = new Map<string, number>();
    const add = (key: string) => found.set(key, (found.get(key) ?? 0) + 1);
    for (let index = 0; index < list.length; index++) {
      const word = list[index]!;
      if (word === 'the' || word === 'a' || word === 'an') add('#articles');
      if (word === 'a' || word === 'an') add('#indefinite');
      if (PREPOSITIONS.has(word)) add('#prepositions');
      if (FIRST_SECOND_PERSON.has(word)) add('#person');
      if (INTENSIFIERS.has(word)) add('#intensifiers');
      if (ALSO_STILL_EVEN.has(word)) add('#also');
      if (word === 'this' || word === 'these') add('#this');
      if (/(?:tion|ment|ness|ity)s?$/.test(word)) add('#nominal');
      if (word === 'not' || word.endsWith("n't")) add('#negation');
      add(word);
    }
    return found;
  });
  const repeats = lazy(() => {
    const list = lower();
    let found = 0;
    for (let index = 0; index < list.length; index++) {
      const word = list[index]!;
      if (word.length >= 4 && list.slice(Math.max(0, index - 10), index).includes(word)) found++;
    }
    return found;
  });
  // The -ing and -ly words, which the model weighs, by themselves: no other check runs for them.
  const endings = lazy(() => {
    const list = lower();
    let ing = 0;
    let ly = 0;
    for (let index = 0; index < list.length; index++) {
      const word = list[index]!;
      if (word.length > 5 && word.endsWith('ing')) ing++;
      else if (word.length > 4 && word.endsWith('ly')) ly++;
    }
    return { ing, ly };
  });
  const openings = lazy(() =>
    text.split(/(?<=[.!?])\s+/).map((sentence) => sentence.trim().split(/\s+/).slice(0, 2).join(' ').toLowerCase()),
  );
  const of = (key: string) => () => rate(counts().get(key) ?? 0, n());
  const opening = (pattern: RegExp) => () => rate(openings().filter((words) => pattern.test(words)).length, openings().length || 1);
  return {
    'repeat-within-10': () => rate(repeats(), n()),
    articles: of('#articles'),
    the: of('the'),
    'indefinite-articles': of('#indefinite'),
    prepositions: of('#prepositions'),
    of: of('of'),
    'of-the': () => rate(count(text, /\bof the\b/gi), n()),
    'starts-it-is': opening(/^(?:it (?:is|was)|there (?:is|are|was|were))$/),
    'starts-and-but-so': opening(/^(?:and|but|so)\b/),
    'starts-i-we-you': opening(/^(?:i|we|you)\b/),
    'first-second-person': of('#person'),
    passive: () => rate(count(text, /\b(?:is|are|was|were|been|be|being)\s+\w+ed\b/gi), n()),
    which: of('which'),
    that: of('that'),
    'apostrophe-words': () => rate(count(text, /\b\w+'(?:t|s|re|ll|ve|m|d)\b/gi), n()),
    intensifiers: of('#intensifiers'),
    'also-still-even': of('#also'),
    'this-these': of('#this'),
    it: of('it'),
    'comma-and': () => rate(count(text, /, and\b/g), n()),
    'ing-words': () => rate(endings().ing, n()),
    'ly-words': () => rate(endings().ly, n()),
    nominalisations: of('#nominal'),
    negation: of('#negation'),
  };
}

/** The literal-translation cues of a passage (normalised text: straight apostrophes, one kind of dash). */
export function literalFeatures(text: string): Record<(typeof LITERAL_FEATURES)[number], number> {
  const cues = literalCues(text);
  return Object.fromEntries(LITERAL_FEATURES.map((name) => [name, cues[name]()])) as Record<(typeof LITERAL_FEATURES)[number], number>;
}

/** A value computed on first use, then kept. */
function lazy<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
}

/**
 * The feature vector of one passage (~150 words), in the order of featureNames.
 * `needed(index)`: whether the caller reads the feature at that index; the
 * others are left at 0 without being computed. The shipped model weights 14 of
 * its 69 features, and an article is scored in the page: what it does not
 * weigh it does not pay for (the trainer reads them all).
 */
export function passageFeatures(
  raw: string,
  vocabulary: FeatureVocabulary,
  functionWordSet = new Set(vocabulary.functionWords),
  bands: NgramBands = englishBands(),
  needed: (index: number) => boolean = () => true,
): number[] {
  const text = normalise(raw);
  const sentenceList = lazy(() => splitSentences(text));
  const sentenceWords = lazy(() => sentenceList().map((sentence) => splitWords(sentence)));
  // The sentences' words in order: a sentence ends at white space, which no word holds. A passage is cut into
  // sentences only when the model weighs a sentence statistic (since the eighth pass the shipped one does:
  // sentence-length-sd).
  const words = splitWords(text);
  const n = words.length || 1;
  const lower = lazy(() => words.map((word) => word.toLowerCase()));
  const lengths = lazy(() =>
    sentenceWords()
      .map((list) => list.length)
      .filter((length) => length > 0),
  );
  const sentenceCount = () => lengths().length || 1;
  const lengthMean = () => mean(lengths());

  // The frequency bands, which the model weighs, apart from the counts of names and repeats, which it does not.
  const bandCounts = lazy(() => {
    let top100 = 0;
    let top1000 = 0;
    let top6000 = 0;
    let rare = 0;
    let logRank = 0;
    for (let index = 0; index < words.length; index++) {
      const word = words[index]!;
      const rank = wordRank(word);
      // Names are neither frequent nor rare English: they follow the topic.
      if (rank === null) {
        if (isCapitalised(word)) continue;
        rare++;
        logRank += Math.log(12_000);
      } else {
        if (rank <= 100) top100++;
        else if (rank <= 1000) top1000++;
        else top6000++;
        logRank += Math.log(rank);
      }
    }
    const ranked = top100 + top1000 + top6000 + rare || 1;
    return { top100, top1000, top6000, rare, logRank, ranked };
  });
  const namesAndRepeats = lazy(() => {
    const initial = new Set<number>();
    let offset = 0;
    for (const list of sentenceWords()) {
      initial.add(offset);
      offset += list.length;
    }
    let capitalisedInside = 0;
    const contentCounts = new Map<string, number>();
    for (let index = 0; index < words.length; index++) {
      const word = words[index]!;
      const rank = wordRank(word);
      const capitalised = isCapitalised(word);
      if (capitalised && !initial.has(index) && (rank === null || rank > 100)) capitalisedInside++;
      if (capitalised && rank === null) continue;
      if (rank === null || rank > 100) {
        const key = word.toLowerCase();
        contentCounts.set(key, (contentCounts.get(key) ?? 0) + 1);
      }
    }
    return { capitalisedInside, contentCounts };
  });
  const repeatedContent = lazy(() => {
    const values = [...namesAndRepeats().contentCounts.values()];
    const tokens = values.reduce((sum, value) => sum + value, 0);
    return rate(
      values.filter((value) => value > 1).reduce((sum, value) => sum + value, 0),
      tokens,
    );
  });
  const repeatedBigrams = lazy(() => {
    const list = lower();
    const bigramCounts = new Map<string, number>();
    for (let index = 1; index < list.length; index++) {
      const key = `${list[index - 1]} ${list[index]}`;
      bigramCounts.set(key, (bigramCounts.get(key) ?? 0) + 1);
    }
    return [...bigramCounts.values()].filter((value) => value > 1).reduce((sum, value) => sum + value, 0);
  });
  const hapax = lazy(() => {
    const typeCounts = new Map<string, number>();
    for (const word of lower()) typeCounts.set(word, (typeCounts.get(word) ?? 0) + 1);
    return [...typeCounts.values()].filter((value) => value === 1).length;
  });
  const firstWords = lazy(() => sentenceWords().map((list) => (list[0] ?? '').toLowerCase()));
  const opens = (test: (word: string) => boolean) => rate(firstWords().filter(test).length, sentenceCount());
  const marks = lazy(() => punctuation(text));
  const contractions = lazy(() => count(text, /\b(?:it|that|there|he|she|what|who|let)'s\b/giu));

  const style: Record<(typeof STYLE_FEATURES)[number], () => number> = {
    'sentence-length-mean': () => lengthMean() / 20,
    'sentence-length-sd': () => sd(lengths()) / 20,
    'sentence-length-cv': () => sd(lengths()) / (lengthMean() || 1),
    'long-sentences': () => rate(lengths().filter((length) => length > 30).length, sentenceCount()),
    'short-sentences': () => rate(lengths().filter((length) => length < 8).length, sentenceCount()),
    'word-length-mean': () => mean(words.map((word) => word.length)) / 5,
    'long-words': () => rate(words.filter((word) => word.length >= 9).length, n),
    mattr: () => mattr(lower()),
    'hapax-rate': () => rate(hapax(), n),
    'band-top-100': () => rate(bandCounts().top100, bandCounts().ranked),
    'band-101-1000': () => rate(bandCounts().top1000, bandCounts().ranked),
    'band-1001-6000': () => rate(bandCounts().top6000, bandCounts().ranked),
    'band-rare': () => rate(bandCounts().rare, bandCounts().ranked),
    'mean-log-rank': () => bandCounts().logRank / bandCounts().ranked / 10,
    'capitalised-inside': () => rate(namesAndRepeats().capitalisedInside, n),
    digits: () => rate(count(text, /\d+/g), n),
    comma: () => rate(marks().comma, n),
    'commas-per-sentence': () => rate(marks().comma, sentenceCount()) / 3,
    semicolon: () => rate(marks().semicolon, n),
    colon: () => rate(marks().colon, n),
    question: () => rate(marks().question, n),
    exclamation: () => rate(marks().exclamation, n),
    parenthesis: () => rate(marks().parenthesis, n),
    quote: () => rate(marks().quote, n),
    dash: () => rate(marks().dash, n),
    hyphenated: () => rate(words.filter((word) => word.includes('-')).length, n),
    contraction: () => rate(count(text, /\b\p{L}+(?:n't|'re|'ll|'ve|'m|'d)\b|\b(?:it|that|there|he|she|what|who|let)'s\b/giu), n),
    possessive: () => rate(count(text, /\b\p{L}+'s\b/gu) - contractions(), n),
    'repeated-content-words': () => repeatedContent(),
    'repeated-bigrams': () => rate(repeatedBigrams(), n),
    'starts-with-the': () => opens((word) => word === 'the'),
    'starts-with-pronoun': () => opens((word) => PRONOUNS.has(word)),
    'starts-with-conjunction': () => opens((word) => CONJUNCTIONS.has(word)),
    'starts-with-adverbial': () => rate(sentenceList().filter((sentence) => /^[\p{L}\s]{2,25},/u.test(sentence)).length, sentenceCount()),
  };

  const values: number[] = [];
  let index = 0;
  const group = <Name extends string>(names: readonly Name[], compute: () => Record<Name, number>) => {
    const wanted = names.map((_, offset) => needed(index + offset));
    const computed = wanted.some(Boolean) ? compute() : null;
    names.forEach((name, offset) => values.push(computed && wanted[offset] ? computed[name] : 0));
    index += names.length;
  };
  STYLE_FEATURES.forEach((name) => values.push(needed(index++) ? style[name]() : 0));
  group(NGRAM_FEATURES, () => ngramFeatures(raw, bands));
  const literal = literalCues(text);
  LITERAL_FEATURES.forEach((name) => values.push(needed(index++) ? literal[name]() : 0));
  if (vocabulary.functionWords.length) {
    const fwCounts = new Map<string, number>();
    for (const word of lower()) if (functionWordSet.has(word)) fwCounts.set(word, (fwCounts.get(word) ?? 0) + 1);
    // Square roots: a word's rate varies less between passages that way, as counts of rare events do.
    for (const word of vocabulary.functionWords) values.push(needed(index++) ? Math.sqrt(rate(fwCounts.get(word) ?? 0, n)) : 0);
  }
  if (vocabulary.skeletonBigrams.length) {
    const bigrams = skeletonBigrams(text, functionWordSet);
    const skCounts = new Map<string, number>();
    for (const bigram of bigrams) skCounts.set(bigram, (skCounts.get(bigram) ?? 0) + 1);
    for (const bigram of vocabulary.skeletonBigrams)
      values.push(needed(index++) ? Math.sqrt(rate(skCounts.get(bigram) ?? 0, bigrams.length)) : 0);
  }
  return values;
}
