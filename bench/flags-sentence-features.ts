/**
 * npx tsx bench/flags-sentence-features.ts <rows.jsonl> [--pair ru-en] [--rounds 100]
 *
 * Would features relative to the sentence let a pair's own trees find the
 * wrong word inside a sentence rather than the sentence (issue 12, session 8)?
 * Read on the train split only: the rows of `npm run train:flags --
 * ../shared/corpus/mt-real --out DIR --dump DIR/rows.jsonl` for the pair's MT
 * and its post-edits (what its own trees learn from), with the trainer's folds.
 * Trains the own trees out of fold twice, on the features as they are and with
 * each word's uni-, bi- and trigram bands minus the median of its sentence's
 * words and its rank by rarity in the sentence added, and prints for each at
 * 5 to 14 flagged words per 1000 MT words: P(BAD | flagged word), the BAD rate
 * of random words of the same sentences, the lift, the share of BAD words
 * found; then both again with each sentence's BAD and OK words weighted
 * half and half (sentences all BAD or all OK weigh nothing), and those
 * within-sentence scores combined with the own trees' (`--combined-only`: only
 * the combinations). The dev split is not read here.
 */
import { readJsonl } from '../scripts/jsonl';
import { benchArguments } from './arguments';
import { trainTrees, type Row } from '../scripts/train-flags';
import { probability } from '../lib/flags/model/boosted';
import { FEATURE_NAMES } from '../lib/flags/model/features';

const args = benchArguments(['pair', 'rounds']);
const pair = args.value('pair', 'ru-en');
const rounds = Number(args.value('rounds', '100'));
const dump = args.files[0];
if (!dump) {
  console.error('Usage: npx tsx bench/flags-sentence-features.ts <rows.jsonl> [--pair ru-en] [--rounds 100]');
  process.exit(2);
}
const FOLDS = 5;
const POSITION = FEATURE_NAMES.indexOf('position');
const RELATIVE = ['uni', 'biLeft', 'biRight', 'triMiddle', 'condLeft', 'condRight'].map((name) => FEATURE_NAMES.indexOf(name as never));
const UNI = FEATURE_NAMES.indexOf('uni');

const rows = readJsonl<Row & { score: number; ownScore?: number }>(dump).filter(
  (row) => row.pair === pair || row.pair === `${pair} post-edits`,
);
// Sentences: a word at position 0 starts one (the post-edits have no text index).
const sentences: number[][] = [];
rows.forEach((row, index) => {
  if (row.features[POSITION] === 0 || !sentences.length) sentences.push([index]);
  else sentences[sentences.length - 1]!.push(index);
});
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const extended: Row[] = rows.map((row) => ({ ...row, features: [...row.features] }));
for (const sentence of sentences) {
  for (const feature of RELATIVE) {
    const middle = median(sentence.map((index) => rows[index]!.features[feature]!));
    for (const index of sentence) extended[index]!.features.push(rows[index]!.features[feature]! - middle);
  }
  const byRarity = [...sentence].sort((a, b) => rows[a]!.features[UNI]! - rows[b]!.features[UNI]!);
  for (const index of sentence) extended[index]!.features.push(byRarity.indexOf(index) / Math.max(1, sentence.length - 1));
}

function outOfFold(data: Row[]): Float64Array {
  const scores = new Float64Array(data.length);
  for (let fold = 0; fold < FOLDS; fold++) {
    const train = data.filter((row) => row.fold !== fold);
    const model = trainTrees(train, { rounds, depth: 3, learningRate: 0.2, weights: train.map((row) => row.weight ?? 1) });
    data.forEach((row, index) => {
      if (row.fold === fold) scores[index] = probability(model, row.features);
    });
  }
  return scores;
}

function report(label: string, scores: ArrayLike<number>) {
  const mtSentences = sentences.filter((sentence) => rows[sentence[0]!]!.pair === pair);
  const mt = mtSentences.flat();
  const bad = mt.filter((index) => rows[index]!.bad).length;
  const sorted = mt.map((index) => scores[index]!).sort((a, b) => b - a);
  for (const rate of [5, 7, 10, 14]) {
    const threshold = sorted[Math.floor((rate / 1000) * sorted.length)]!;
    let flagged = 0;
    let flaggedBad = 0;
    let randomBad = 0;
    for (const sentence of mtSentences) {
      const badRate = sentence.filter((index) => rows[index]!.bad).length / sentence.length;
      for (const index of sentence) {
        if (scores[index]! < threshold) continue;
        flagged++;
        randomBad += badRate;
        if (rows[index]!.bad) flaggedBad++;
      }
    }
    const precision = flaggedBad / Math.max(1, flagged);
    const random = randomBad / Math.max(1, flagged);
    console.log(
      `  ${label.padEnd(34)}${String(rate).padStart(5)}${((1000 * flagged) / mt.length).toFixed(2).padStart(14)}` +
        `${precision.toFixed(3).padStart(8)}${random.toFixed(3).padStart(8)}${(precision / Math.max(1e-9, random)).toFixed(2).padStart(7)}` +
        `${((100 * flaggedBad) / bad).toFixed(1).padStart(7)}%`,
    );
  }
}

console.log(
  `${pair} train MT and post-edits: ${rows.length} words, ${sentences.length} sentences; own trees, out of fold, ${rounds} rounds`,
);
console.log(
  `  ${'features'.padEnd(34)}${'rate'.padStart(5)}${'flagged/1000'.padStart(14)}${'P(BAD)'.padStart(8)}${'random'.padStart(8)}${'lift'.padStart(7)}${'found'.padStart(8)}`,
);
if (rows[0]?.ownScore !== undefined)
  report(
    'as dumped (ownScore)',
    rows.map((row) => row.ownScore ?? 0),
  );
if (!args.has('combined-only')) {
  report('as they are', outOfFold(rows));
  report('+ relative to the sentence', outOfFold(extended));
}
// Each sentence's BAD words weigh as much as its OK words together (the sentence as much as its words), and a
// sentence all BAD or all OK (every post-edit) weighs nothing: the loss then only rewards telling words of one
// sentence apart.
const balanced = (data: Row[]) => {
  const weighted = data.map((row) => ({ ...row }));
  for (const sentence of sentences) {
    const bad = sentence.filter((index) => rows[index]!.bad).length;
    const ok = sentence.length - bad;
    for (const index of sentence) weighted[index]!.weight = !bad || !ok ? 0 : sentence.length / 2 / (rows[index]!.bad ? bad : ok);
  }
  return weighted;
};
const within = outOfFold(balanced(rows));
if (!args.has('combined-only')) {
  report('balanced within sentences', within);
  report('balanced, + relative', outOfFold(balanced(extended)));
}
// Which sentences (the own trees as dumped) times which word of the sentence (the balanced trees).
if (rows[0]?.ownScore !== undefined) {
  const own = rows.map((row) => row.ownScore ?? 0);
  report(
    'sqrt(ownScore x balanced)',
    own.map((score, index) => Math.sqrt(score * within[index]!)),
  );
  report(
    'ownScore x balanced^2',
    own.map((score, index) => score * within[index]! ** 2),
  );
}
