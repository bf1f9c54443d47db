/**
 * npx tsx bench/flags-sentence-rank.ts <rows.jsonl> [--chunk 20]
 *
 * Does ranking words within their sentence help the model tier tell the wrong
 * word from its sentence (issue 12, session 8)? The trees find the sentences
 * post-editors rewrote, not the word inside them (bench/flags-kept.ts), and
 * the benchmark's lift compares flagged words with random words of the same
 * sentences. Read on the train split only, out of fold: the MT words of
 * `npm run train:flags -- ../shared/corpus/mt-real --out DIR --dump
 * DIR/rows.jsonl` (Russian: `ownScore`, its own trees; Romanian, Estonian:
 * `score`, the shared trees, with the whole-text gate of
 * lib/data/flags/wording-gate.json over `chunk` sentences to a text), words
 * made of English parts left out as the rule leaves them out. For each
 * decision, at thresholds set by how many words per 1000 they flag: flagged
 * words per 1000, P(BAD | flagged word), the BAD rate of random words of the
 * same sentences, the lift, and the share of BAD words found.
 *
 * Decisions: the score alone (as shipped); the score and at most the top 1 or
 * 2 words of the sentence; the score minus the median of the other words of
 * the sentence; the score minus the highest of the others (only a sentence's
 * clear outlier); the score over the mean of the others. Last, how well each
 * score and feature orders the words inside a sentence: the chance that a BAD
 * word of a sentence ranks above an OK word of the same sentence (AUC within
 * sentences; 0.5: no better than chance). The dev split is not read here:
 * bench:flags --mt-real reports it for what ships.
 */
import { readJsonl } from '../scripts/jsonl';
import { benchArguments } from './arguments';
import { madeOfEnglishParts } from '../lib/flags/model/word-parts';
import gate from '../lib/data/flags/wording-gate.json';
import { FEATURE_NAMES } from '../lib/flags/model/features';

const args = benchArguments(['chunk']);
const chunk = Number(args.value('chunk', '20'));
const dump = args.files[0];
if (!dump) {
  console.error('Usage: npx tsx bench/flags-sentence-rank.ts <rows.jsonl> [--chunk 20]');
  process.exit(2);
}
type DumpRow = { pair: string; text: number; bad: boolean; surface?: string; score: number; ownScore?: number; features: number[] };

interface Word {
  score: number;
  bad: boolean;
  parts: boolean;
  /** Set per decision: what is compared with the threshold. */
  key: number;
}

const median = (values: number[]) => {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

type Decision = { name: string; key: (word: Word, sentence: Word[]) => number; topK?: number };
const others = (word: Word, sentence: Word[]) => sentence.filter((other) => other !== word).map((other) => other.score);
const DECISIONS: Decision[] = [
  { name: 'score (as shipped)', key: (word) => word.score },
  { name: 'score, top 1 of sentence', key: (word) => word.score, topK: 1 },
  { name: 'score, top 2 of sentence', key: (word) => word.score, topK: 2 },
  { name: 'score - median of others', key: (word, sentence) => word.score - median(others(word, sentence)) },
  { name: 'score - max of others', key: (word, sentence) => word.score - Math.max(0, ...others(word, sentence)) },
  {
    name: 'score / mean of others',
    key: (word, sentence) => {
      const rest = others(word, sentence);
      return word.score / Math.max(0.01, rest.reduce((a, b) => a + b, 0) / Math.max(1, rest.length));
    },
  },
  { name: '(score + (score - median)) / 2', key: (word, sentence) => (2 * word.score - median(others(word, sentence))) / 2 },
];

const rows = readJsonl<DumpRow>(dump).filter((row) => row.text >= 0 && ['ru-en', 'ro-en', 'et-en'].includes(row.pair));
for (const pair of ['ru-en', 'ro-en', 'et-en']) {
  const own = pair === 'ru-en';
  const sentences: Word[][] = [];
  let lastText = -1;
  for (const row of rows) {
    if (row.pair !== pair) continue;
    const score = own ? row.ownScore : row.score;
    if (score === undefined) throw new Error(`${dump}: ${pair} rows without ${own ? 'ownScore' : 'score'}`);
    const word = { score, bad: row.bad, parts: !!row.surface && madeOfEnglishParts(row.surface), key: 0 };
    if (row.text === lastText) sentences[sentences.length - 1]!.push(word);
    else sentences.push([word]);
    lastText = row.text;
  }
  const texts: Word[][][] = [];
  for (let at = 0; at < sentences.length; at += chunk) texts.push(sentences.slice(at, at + chunk));
  const allWords = sentences.reduce((sum, sentence) => sum + sentence.length, 0);
  const allBad = sentences.reduce((sum, sentence) => sum + sentence.filter((word) => word.bad).length, 0);
  // The shipped threshold of this pair's scores, read as a rate: the gate counts words above it.
  const scoresSorted = sentences
    .flat()
    .map((word) => word.score)
    .sort((a, b) => b - a);
  console.log(
    `\n${pair} train, out of fold (${own ? "Russian's own trees, not gated" : `shared trees, gate ${gate.minFlaggedPer1000} per 1000 at the pair's 7-per-1000 threshold`}): ${allWords} MT words, ${sentences.length} sentences; base BAD rate ${(allBad / allWords).toFixed(3)}`,
  );
  console.log(
    `  ${'decision'.padEnd(34)}${'rate'.padStart(5)}${'flagged/1000'.padStart(14)}${'P(BAD)'.padStart(8)}${'random'.padStart(8)}${'lift'.padStart(7)}${'found'.padStart(8)}`,
  );
  const gateThreshold = scoresSorted[Math.floor((7 / 1000) * scoresSorted.length)]!;
  for (const decision of DECISIONS) {
    for (const sentence of sentences) for (const word of sentence) word.key = decision.key(word, sentence);
    const keys = sentences
      .flat()
      .filter((word) => !word.parts)
      .map((word) => word.key)
      .sort((a, b) => b - a);
    for (const rate of [5, 7, 10, 14]) {
      const threshold = keys[Math.floor((rate / 1000) * keys.length)]!;
      let flagged = 0;
      let flaggedBad = 0;
      let randomBad = 0;
      for (const text of texts) {
        const words = text.reduce((sum, sentence) => sum + sentence.length, 0);
        const above = text.reduce((sum, sentence) => sum + sentence.filter((word) => word.score >= gateThreshold).length, 0);
        if (!own && 1000 * above < gate.minFlaggedPer1000 * words) continue;
        for (const sentence of text) {
          const badRate = sentence.filter((word) => word.bad).length / sentence.length;
          const ranked = [...sentence].sort((a, b) => b.score - a.score);
          for (const word of sentence) {
            if (word.parts || word.key < threshold) continue;
            if (decision.topK && ranked.indexOf(word) >= decision.topK) continue;
            flagged++;
            randomBad += badRate;
            if (word.bad) flaggedBad++;
          }
        }
      }
      const precision = flaggedBad / Math.max(1, flagged);
      const random = randomBad / Math.max(1, flagged);
      console.log(
        `  ${decision.name.padEnd(34)}${String(rate).padStart(5)}${((1000 * flagged) / allWords).toFixed(2).padStart(14)}` +
          `${precision.toFixed(3).padStart(8)}${random.toFixed(3).padStart(8)}${(precision / Math.max(1e-9, random)).toFixed(2).padStart(7)}` +
          `${((100 * flaggedBad) / allBad).toFixed(1).padStart(7)}%`,
      );
    }
  }
}

console.log(
  '\nWithin sentences: P(a BAD word ranks above an OK word of the same sentence) (0.5: chance; a feature below 0.5 ranks the other way)',
);
for (const pair of ['ru-en', 'ro-en', 'et-en']) {
  const groups = new Map<number, DumpRow[]>();
  for (const row of rows) if (row.pair === pair) groups.set(row.text, [...(groups.get(row.text) ?? []), row]);
  const auc = (value: (row: DumpRow) => number) => {
    let wins = 0;
    let pairs = 0;
    for (const group of groups.values()) {
      const ok = group.filter((row) => !row.bad).map(value);
      for (const bad of group.filter((row) => row.bad).map(value))
        for (const other of ok) {
          pairs++;
          wins += bad > other ? 1 : bad === other ? 0.5 : 0;
        }
    }
    return wins / Math.max(1, pairs);
  };
  const scores = [`shared trees ${auc((row) => row.score).toFixed(3)}`];
  if (pair === 'ru-en') scores.push(`own trees ${auc((row) => row.ownScore ?? 0).toFixed(3)}`);
  const features = FEATURE_NAMES.map((name, index) => ({ name, value: auc((row) => row.features[index]!) }))
    .sort((a, b) => Math.abs(b.value - 0.5) - Math.abs(a.value - 0.5))
    .slice(0, 6);
  console.log(
    `  ${pair}: ${scores.join(', ')}; strongest features ${features.map(({ name, value }) => `${name} ${value.toFixed(3)}`).join(', ')}`,
  );
}
