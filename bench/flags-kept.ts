/**
 * npx tsx bench/flags-kept.ts [../shared/corpus/mt-real]
 *
 * What the model tier flags where no one would change a word, by kind, to
 * find a general cause a rule could remove (session 7). Train split and
 * tuning half only, scored by the committed model (in sample there, as
 * bench/flags-word-parts.ts), words made of English parts left out as the
 * rule leaves them out.
 *
 * 1. ru-en train MT, Russian's own trees (not gated): flagged words by kind
 *    (sentence of at most 12 words, a word its sentence repeats, function
 *    word, capitalised, number) with P(BAD | flagged word), the BAD rate of
 *    random words of the same sentences and the lift; then hints only in
 *    sentences with at least 2 or 3 flagged words at thresholds flagging 6–15
 *    words per 1000, and the mean of the shared and own trees' scores.
 * 2. et-en multiref human translations, even rows (the tuning half), 20 to a
 *    text as bench:flags joins them, with the source named: every flag, and
 *    whether leaving out words inside the foreign set phrases of
 *    lib/data/english/loanwords.json ("in absentia") would help, read against
 *    the ro, et and ru train MT and the MT of the same rows.
 */
import { join, resolve } from 'node:path';
import { readJsonl } from '../scripts/jsonl';
import { humanRefTraining } from '../scripts/train-flags';
import { detokenize } from '../lib/text/detokenize';
import { sentences } from '../lib/flags/model/tokens';
import { FEATURE_NAMES, sentenceFeatures } from '../lib/flags/model/features';
import { probability, type BoostedTrees } from '../lib/flags/model/boosted';
import { englishBands } from '../lib/text/english-ngrams';
import { hasOwnTrees, scoreWords, wordingModelFor, WORDING_MODEL } from '../lib/flags/model/wording';
import { madeOfEnglishParts } from '../lib/flags/model/word-parts';
import { loanPhraseSpans } from '../lib/flags/english';
import { WORDING_GATE, wordingHints } from '../lib/flags/rules/unusual-wording';

const dir = resolve(process.argv.slice(2).find((argument) => !argument.startsWith('--')) ?? '../shared/corpus/mt-real');
const CHUNK = 20;
const FUNCTION_WORD = FEATURE_NAMES.indexOf('functionWord');

interface Word {
  surface: string;
  own: number;
  shared: number;
  bad: boolean;
  functionWord: boolean;
  parts: boolean;
}

// ---- 1. Russian ----
const own = wordingModelFor('ru');
const bands = englishBands();
const russian: Word[][] = readJsonl<{ mt_tokens: string[]; mt_word_tags: string[] }>(join(dir, 'word-errors', 'ru-en.train.jsonl')).map(
  (record) => {
    const { text, spans } = detokenize(record.mt_tokens);
    const badSpans = spans.filter((_, index) => record.mt_word_tags[index] === 'BAD');
    return sentences(text).flatMap((sentence) => {
      const { rows, words } = sentenceFeatures(sentence, text, bands);
      return rows.map((row, index) => {
        const token = sentence.tokens[words[index]!]!;
        const surface = text.slice(token.start, token.end);
        return {
          surface,
          own: probability(own.trees, row),
          shared: probability(WORDING_MODEL as BoostedTrees, row),
          bad: badSpans.some(([start, end]) => start < token.end && end > token.start),
          functionWord: row[FUNCTION_WORD] === 1,
          parts: madeOfEnglishParts(surface),
        };
      });
    });
  },
);
const russianWords = russian.reduce((sum, sentence) => sum + sentence.length, 0);

/** Flagged words per 1000, P(BAD), random words of the same sentences, lift. */
function measure(picked: Array<{ word: Word; sentence: Word[] }>): string {
  const bad = picked.filter(({ word }) => word.bad).length;
  const random = picked.reduce((sum, { sentence }) => sum + sentence.filter((word) => word.bad).length / sentence.length, 0);
  return (
    `${String(picked.length).padStart(5)} words ${((1000 * picked.length) / russianWords).toFixed(2).padStart(6)} per 1000  P(BAD) ${(bad / Math.max(1, picked.length)).toFixed(3)}` +
    `  random ${(random / Math.max(1, picked.length)).toFixed(3)}  lift ${(bad / Math.max(1e-9, random)).toFixed(2)}`
  );
}

const flagged = (score: (word: Word) => number, threshold: number, minPerSentence = 1) =>
  russian.flatMap((sentence) => {
    const above = sentence.filter((word) => score(word) >= threshold && !word.parts);
    return above.length >= minPerSentence ? above.map((word) => ({ word, sentence })) : [];
  });
const shipped = flagged((word) => word.own, own.threshold);
const lower = (word: Word) => word.surface.toLowerCase();
const kinds: Array<[string, (word: Word, sentence: Word[]) => boolean]> = [
  ['sentence of ≤ 12 words', (_, sentence) => sentence.length <= 12],
  ['repeated in its sentence', (word, sentence) => sentence.filter((other) => lower(other) === lower(word)).length > 1],
  ['function word', (word) => word.functionWord],
  ['capitalised', (word) => /^\p{Lu}/u.test(word.surface)],
  ['with a digit', (word) => /\p{N}/u.test(word.surface)],
];
console.log(`ru-en train MT (${russianWords} words), Russian's own trees at ${own.threshold}, in sample:`);
console.log(`  all flagged                    ${measure(shipped)}`);
for (const [label, test] of kinds)
  for (const yes of [true, false])
    console.log(
      `  ${`${yes ? '' : 'not '}${label}`.padEnd(31)}${measure(shipped.filter(({ word, sentence }) => test(word, sentence) === yes))}`,
    );
const sortedOwn = russian
  .flat()
  .map((word) => word.own)
  .sort((a, b) => b - a);
console.log('  hints only in sentences with at least N flagged words:');
for (const rate of [6, 8, 10, 12, 15])
  for (const minimum of [1, 2, 3]) {
    const threshold = rate === 6 ? own.threshold : sortedOwn[Math.floor((rate / 1000) * sortedOwn.length)]!;
    console.log(
      `    threshold ${threshold.toFixed(4)} (${rate} per 1000), N ${minimum}: ${measure(flagged((word) => word.own, threshold, minimum))}`,
    );
  }
for (const threshold of [0.3, 0.33, 0.36])
  console.log(`  mean of the shared and own trees ≥ ${threshold}: ${measure(flagged((word) => (word.own + word.shared) / 2, threshold))}`);

// ---- 2. Estonian human translations ----
interface Scored {
  surface: string;
  probability: number;
  bad?: boolean;
  loan: boolean;
}
const scoredText = (text: string, trees: BoostedTrees, badSpans?: Array<[number, number]>): Scored[] => {
  const loans = loanPhraseSpans(text);
  return scoreWords(text, trees).map((word) => ({
    surface: text.slice(word.start, word.end),
    probability: word.probability,
    bad: badSpans?.some(([start, end]) => start < word.end && end > word.start),
    loan: loans.some(([start, end]) => start <= word.start && word.end <= end),
  }));
};
const chunked = <T>(items: T[]): T[][] =>
  Array.from({ length: Math.ceil(items.length / CHUNK) }, (_, at) => items.slice(at * CHUNK, at * CHUNK + CHUNK));

function withAndWithoutLoans(label: string, texts: Scored[][], language: string) {
  const { threshold } = wordingModelFor(language);
  for (const leaveLoans of [false, true]) {
    let words = 0;
    const kept: Scored[] = [];
    for (const text of texts) {
      words += text.length;
      const above = text.filter((word) => word.probability >= threshold && !madeOfEnglishParts(word.surface) && !(leaveLoans && word.loan));
      if (!hasOwnTrees(language) && 1000 * above.length < WORDING_GATE.minFlaggedPer1000 * text.length) continue;
      kept.push(...above);
    }
    const tagged = kept.some((word) => word.bad !== undefined);
    console.log(
      `  ${label.padEnd(30)} ${leaveLoans ? 'set phrases left out' : 'as shipped          '} ${((1000 * kept.length) / words).toFixed(2).padStart(6)} per 1000` +
        (tagged ? `  P(BAD) ${(kept.filter((word) => word.bad).length / Math.max(1, kept.length)).toFixed(3)}` : ''),
    );
  }
  const inPhrases = texts.flat().filter((word) => word.loan && word.probability >= threshold);
  if (inPhrases.length)
    console.log(`    at the threshold inside set phrases: ${inPhrases.map((word) => word.surface + (word.bad ? '*' : '')).join(' ')}`);
}

const rows = readJsonl<{ mt: string; refs: string[] }>(join(dir, 'human-refs', 'et-en.multiref.jsonl')).filter((_, index) =>
  humanRefTraining('et-en', { index }),
);
const humanTexts = chunked(rows.flatMap((row) => row.refs.map((ref) => ref.trim()))).map((group) => group.join('\n'));
console.log('\net-en human translations, even rows, source named: the model tier as shipped');
let humanWords = 0;
let humanFlags = 0;
for (const text of humanTexts) {
  humanWords += scoreWords(text).length;
  for (const flag of wordingHints({ text, translated: true, sourceLanguage: 'et' })) {
    humanFlags++;
    const lineStart = text.lastIndexOf('\n', flag.start) + 1;
    const lineEnd = text.indexOf('\n', flag.end);
    console.log(`  [${text.slice(flag.start, flag.end)}] ${text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd).slice(0, 150)}`);
  }
}
console.log(`  ${humanFlags} flags in ${humanWords} words: ${((1000 * humanFlags) / humanWords).toFixed(2)} per 1000`);

console.log('\nLeaving out words inside foreign set phrases (flagged words per 1000 after the gate):');
for (const pair of ['ro-en', 'et-en', 'ru-en']) {
  const language = pair.slice(0, 2);
  const { trees } = wordingModelFor(language);
  const records = readJsonl<{ mt_tokens: string[]; mt_word_tags: string[] }>(join(dir, 'word-errors', `${pair}.train.jsonl`));
  const texts = chunked(records).map((group) =>
    group.flatMap((record) => {
      const { text, spans } = detokenize(record.mt_tokens);
      return scoredText(
        text,
        trees,
        spans.filter((_, index) => record.mt_word_tags[index] === 'BAD'),
      );
    }),
  );
  withAndWithoutLoans(`${pair} train MT`, texts, language);
}
const estonian = wordingModelFor('et').trees;
withAndWithoutLoans(
  'et-en multiref MT, even rows',
  chunked(rows.map((row) => row.mt)).map((group) => scoredText(group.join('\n'), estonian)),
  'et',
);
withAndWithoutLoans(
  'et-en human, even rows',
  humanTexts.map((text) => scoredText(text, estonian)),
  'et',
);
