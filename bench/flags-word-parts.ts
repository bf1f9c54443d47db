/**
 * npx tsx bench/flags-word-parts.ts [../shared/corpus/mt-real] [--split train|dev]
 *
 * What leaving out words made of English parts (lib/flags/model/word-parts.ts)
 * does to the model tier, word by word, with and without it: on the
 * word-errors MT of ro, et and ru (flagged words per 1000, P(BAD | flagged
 * word), and the words it leaves out with their tags, `*` for BAD) and on the
 * et-en multiref human translations and their MT. `--split train` (the
 * default) reads the train split and the tuning half (even rows), where the
 * rule was chosen; `--split dev` the dev split and the held-out odd rows, read
 * once after choosing. Scores by the committed model (in sample on the train
 * split and the tuning half, which it learnt from), 20 sentences to a text,
 * the committed thresholds and whole-text gate as the rule applies them.
 */
import { join, resolve } from 'node:path';
import { readJsonl } from '../scripts/jsonl';
import { humanRefTraining } from '../scripts/train-flags';
import { detokenize } from '../lib/text/detokenize';
import { hasOwnTrees, scoreWords, wordingModelFor } from '../lib/flags/model/wording';
import { madeOfEnglishParts } from '../lib/flags/model/word-parts';
import { WORDING_GATE } from '../lib/flags/rules/unusual-wording';

const args = process.argv.slice(2);
const splitAt = args.indexOf('--split');
const split = splitAt >= 0 ? args[splitAt + 1]! : 'train';
const dir = resolve(args.find((arg, index) => !arg.startsWith('--') && index !== splitAt + 1) ?? '../shared/corpus/mt-real');
const CHUNK = 20;

interface Word {
  surface: string;
  probability: number;
  bad?: boolean;
}

/** The flagged words of each text (one array per text) after the gate, with or without the parts rule. */
function flaggedWords(texts: Word[][], language: string, withParts: boolean): { words: number; flagged: Word[] } {
  const { threshold } = wordingModelFor(language);
  let words = 0;
  const flagged: Word[] = [];
  for (const text of texts) {
    words += text.length;
    const above = text.filter((word) => word.probability >= threshold && !(withParts && madeOfEnglishParts(word.surface)));
    if (!hasOwnTrees(language) && 1000 * above.length < WORDING_GATE.minFlaggedPer1000 * text.length) continue;
    flagged.push(...above);
  }
  return { words, flagged };
}

function report(label: string, texts: Word[][], language: string) {
  for (const withParts of [false, true]) {
    const { words, flagged } = flaggedWords(texts, language, withParts);
    const tagged = flagged.some((word) => word.bad !== undefined);
    const bad = flagged.filter((word) => word.bad).length;
    console.log(
      `${label.padEnd(34)} ${withParts ? 'with the rule   ' : 'without the rule'} ${String(words).padStart(7)} words ${String(flagged.length).padStart(5)} flagged ` +
        `${((1000 * flagged.length) / Math.max(1, words)).toFixed(2).padStart(6)} per 1000${tagged ? `  P(BAD) ${(bad / Math.max(1, flagged.length)).toFixed(3)}` : ''}`,
    );
  }
  const left = flaggedWords(texts, language, false).flagged.filter((word) => madeOfEnglishParts(word.surface));
  console.log(
    `  left out: ${left.length}${left.some((word) => word.bad !== undefined) ? `, BAD ${left.filter((word) => word.bad).length}` : ''}: ${left
      .slice(0, 30)
      .map((word) => word.surface + (word.bad ? '*' : ''))
      .join(' ')}`,
  );
}

function chunked<T>(items: T[], wordsOf: (item: T) => Word[]): Word[][] {
  const texts: Word[][] = [];
  for (let index = 0; index < items.length; index += CHUNK) texts.push(items.slice(index, index + CHUNK).flatMap(wordsOf));
  return texts;
}

console.log(`${split === 'dev' ? 'dev split, held-out odd rows' : 'train split, tuning half (even rows)'}; flagged words after the gate`);
for (const pair of ['ro-en', 'et-en', 'ru-en']) {
  const language = pair.slice(0, 2);
  const { trees } = wordingModelFor(language);
  const records = readJsonl<{ mt_tokens: string[]; mt_word_tags: string[] }>(join(dir, 'word-errors', `${pair}.${split}.jsonl`));
  const texts = chunked(records, (record) => {
    const { text, spans } = detokenize(record.mt_tokens);
    const badSpans = spans.filter((_, index) => record.mt_word_tags[index] === 'BAD');
    return scoreWords(text, trees).map((word) => ({
      surface: text.slice(word.start, word.end),
      probability: word.probability,
      bad: badSpans.some(([start, end]) => start < word.end && end > word.start),
    }));
  });
  report(`${pair} ${split} MT`, texts, language);
}
const { trees } = wordingModelFor('et');
const plain = (text: string) =>
  scoreWords(text, trees).map((word) => ({ surface: text.slice(word.start, word.end), probability: word.probability }));
const rows = readJsonl<{ mt: string; refs: string[] }>(join(dir, 'human-refs/et-en.multiref.jsonl')).filter(
  (_, index) => humanRefTraining('et-en', { index }) === (split !== 'dev'),
);
const half = split === 'dev' ? 'odd rows' : 'even rows';
report(
  `et-en multiref MT, ${half}`,
  chunked(rows, (row) => plain(row.mt)),
  'et',
);
report(
  `et-en human translations, ${half}`,
  chunked(
    rows.flatMap((row) => row.refs.map((ref) => ref.trim())),
    plain,
  ),
  'et',
);
