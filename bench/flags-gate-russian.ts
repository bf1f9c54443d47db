/**
 * npx tsx bench/flags-gate-russian.ts <rows.jsonl> [--chunk 20]
 *
 * Would the whole-text gate of the model tier (hints only where at least N
 * words per 1000 of the text score above the threshold) help Russian's own
 * trees? Read on the train split only, out of fold: the ru-en MT words of
 * `npm run train:flags -- ../shared/corpus/mt-real --out DIR --dump
 * DIR/rows.jsonl` with their `ownScore` (Russian's own trees, out of fold),
 * `chunk` sentences to a text as bench:flags joins them. For each threshold
 * (set by how many words per 1000 it flags before the gate) and gate: flagged
 * words per 1000, P(BAD | flagged word), the BAD rate of random words of the
 * same sentences, the lift, and the share of BAD words found. The dev split
 * is not read here: bench:flags --mt-real reports it for what ships.
 */
import { readJsonl } from '../scripts/jsonl';
import { benchArguments } from './arguments';

const args = benchArguments(['chunk']);
const chunk = Number(args.value('chunk', '20'));
const dump = args.files[0];
if (!dump) {
  console.error('Usage: npx tsx bench/flags-gate-russian.ts <rows.jsonl> [--chunk 20]');
  process.exit(2);
}
type DumpRow = { pair: string; text: number; bad: boolean; ownScore?: number };
const rows = readJsonl<DumpRow>(dump).filter((row) => row.pair === 'ru-en' && row.text >= 0);
if (!rows.length || rows[0]!.ownScore === undefined) throw new Error(`${dump}: no ru-en rows with ownScore (dump of the current trainer?)`);

// Sentences (one per training record) in order, then texts of `chunk` sentences.
const sentences: DumpRow[][] = [];
for (const row of rows) {
  const last = sentences[sentences.length - 1];
  if (last && last[0]!.text === row.text) last.push(row);
  else sentences.push([row]);
}
const texts: DumpRow[][][] = [];
for (let at = 0; at < sentences.length; at += chunk) texts.push(sentences.slice(at, at + chunk));
const allWords = rows.length;
const allBad = rows.filter((row) => row.bad).length;
const sorted = rows.map((row) => row.ownScore!).sort((a, b) => b - a);
const thresholdAt = (rate: number) => sorted[Math.min(sorted.length - 1, Math.floor((rate / 1000) * sorted.length))]!;

function measure(threshold: number, gate: number) {
  let flagged = 0;
  let flaggedBad = 0;
  let randomBad = 0;
  for (const text of texts) {
    const words = text.reduce((sum, sentence) => sum + sentence.length, 0);
    const above = text.reduce((sum, sentence) => sum + sentence.filter((row) => row.ownScore! >= threshold).length, 0);
    if (1000 * above < gate * words) continue;
    for (const sentence of text) {
      const badRate = sentence.filter((row) => row.bad).length / sentence.length;
      for (const row of sentence) {
        if (row.ownScore! < threshold) continue;
        flagged++;
        randomBad += badRate;
        if (row.bad) flaggedBad++;
      }
    }
  }
  const precision = flaggedBad / Math.max(1, flagged);
  const random = randomBad / Math.max(1, flagged);
  return { rate: (1000 * flagged) / allWords, precision, random, lift: precision / Math.max(1e-9, random), found: flaggedBad / allBad };
}

console.log(
  `ru-en train, out of fold (Russian's own trees): ${allWords} MT words in ${sentences.length} sentences, ${texts.length} texts of ${chunk}; base BAD rate ${(allBad / allWords).toFixed(3)}`,
);
console.log(
  `${'threshold (words/1000 before gate)'.padEnd(36)}${'gate'.padStart(6)}${'flagged/1000'.padStart(14)}${'P(BAD)'.padStart(8)}${'random'.padStart(8)}${'lift'.padStart(7)}${'found'.padStart(8)}`,
);
for (const rate of [4, 6, 8, 10, 12, 15, 20]) {
  const threshold = thresholdAt(rate);
  for (const gate of [0, 2, 4, 6, 8, 10, 15, 20, 30]) {
    if (gate > 2 * rate + 10) continue;
    const result = measure(threshold, gate);
    console.log(
      `${`${threshold.toFixed(3)} (${rate})`.padEnd(36)}${String(gate).padStart(6)}${result.rate.toFixed(2).padStart(14)}` +
        `${result.precision.toFixed(3).padStart(8)}${result.random.toFixed(3).padStart(8)}${result.lift.toFixed(2).padStart(7)}` +
        `${(100 * result.found).toFixed(1).padStart(7)}%`,
    );
  }
}
