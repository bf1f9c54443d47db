/**
 * npx tsx bench/flags-text-gate.ts ../shared/corpus/mt-real [--readability ../shared/corpus/readability-pages]
 *   [--chunk 20] [--keep 0.9,0.8] [--dev] [--shipped]
 *
 * Should the text model of machine-translated English (lib/detect/text-model,
 * issue 11) decide how readily the model tier of the flags fires (issue 12,
 * session 9)? A human translation and MT of the same source both get the
 * model tier (both are translations); the text model tells them apart
 * somewhat at article length. Rule tried: no model-tier hints on a text the
 * text model scores below `c` (it reads like a person's translation).
 *
 * Held apart: a text translated from L is scored by a text model fitted
 * without L (scripts/train-detector.ts `train`, on what `train:detector`
 * reads, MLQE-PE dev MT among it). `c` is chosen on the word-errors *train*
 * split only: the probability below which a share 1 - keep of its MT texts
 * (`chunk` sentences each, ru, ro, et pooled) fall. The flags themselves are
 * the shipped ones (as analyzeText finds them with the source language
 * named, as bench:flags --mt-real, without the text model's score). With
 * --dev, each candidate `c` is then read once on the dev split and on the
 * held-out half of the Estonian human translations (odd rows) and their MT,
 * before and after: flags per 1000 words, P(BAD | flagged word), lift over
 * random words of the same sentences, the MT-over-human ratio. The English
 * originals are not touched: the rule only takes model hints away, and on
 * them the model tier is off already (not translated); bench:flags --mt-real
 * reports them for what ships. Also printed: the pooled cuts on the zh-en TED
 * MT and human translations (a language the cut was not chosen on).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readInputs, train, type Example } from '../scripts/train-detector';
import { featureNames, passageFeatures, type FeatureVocabulary } from '../lib/detect/text-model/features';
import { scoreText, type TextModel } from '../lib/detect/text-model/model';
import { analyzeText } from '../lib/analyze';
import { findFlags } from '../lib/flags/engine';
import shippedModel from '../lib/data/mt-english/model.json';
import { unusualWording } from '../lib/flags/rules/unusual-wording';
import type { Flag } from '../lib/report';
import { readJsonl } from '../scripts/jsonl';
import { humanRefTraining } from '../scripts/train-flags';
import { benchArguments } from './arguments';
import { addWordStats, countWords, emptyTierStats, joined, per1000, wordErrorTexts, type WordStats } from './flags-words';

const args = benchArguments(['readability', 'chunk', 'keep']);
const mtReal = resolve(args.files[0] ?? '');
const readability = resolve(args.value('readability', join(mtReal, '..', 'readability-pages')));
const chunk = Number(args.value('chunk', '20'));
const keeps = args.value('keep', '0.9,0.8').split(',').map(Number);
const readDev = args.has('dev');
const LANGUAGES = ['ru', 'ro', 'et'];
/** Also fitted without: Chinese, whose TED MT and human translations check the pooled cut on a language it was not chosen on. */
const OTHER = 'zh';
const log = (...parts: unknown[]) => console.log(...parts);

// The text model as train:detector fits it (style and n-gram features, no vocabulary), once per held-out language.
const vocabulary: FeatureVocabulary = { functionWords: [], skeletonBigrams: [] };
const started = performance.now();
const passages = readInputs(existsSync(readability) ? [mtReal, readability] : [mtReal], false, true);
const examples: Example[] = passages.map((passage) => ({ passage, features: passageFeatures(passage.text, vocabulary, new Set()) }));
const heldApart = new Map<string, TextModel>();
for (const language of [...LANGUAGES, OTHER]) {
  const fit = train(
    examples.filter((example) => example.passage.language !== language),
    true,
  );
  heldApart.set(language, { about: `without ${language}`, passageWords: 150, ...vocabulary, features: featureNames(vocabulary), ...fit });
}
log(`${examples.length} passages; text models fitted without ru, ro, et in ${((performance.now() - started) / 1000).toFixed(0)} s`);
// --shipped: the shipped model (lib/data/mt-english/model.json) scores every text instead, as the extension would;
// it learnt from the dev MT and the Estonian human translations, so its dev figures are not held apart.
const shipped = args.has('shipped');
const textScore = (language: string, text: string) =>
  scoreText(shipped ? (shippedModel as TextModel) : heldApart.get(language)!, text)?.probability ?? null;

// Choosing c on the train split: MT texts of `chunk` sentences, each scored by the model fitted without its language.
const trainScores: number[] = [];
const trainByLanguage = new Map<string, number[]>();
for (const language of LANGUAGES) {
  const file = join(mtReal, 'word-errors', `${language}-en.train.jsonl`);
  const scores = wordErrorTexts(file, chunk)
    .map((text) => textScore(language, text.text))
    .filter((score) => score !== null);
  const sorted = [...scores].sort((a, b) => a - b);
  log(
    `train ${language}-en: ${scores.length} texts, text-model probability quartiles ${[0.1, 0.25, 0.5, 0.75].map((q) => sorted[Math.floor(q * sorted.length)]!.toFixed(3)).join(' / ')} (10th / 25th / 50th / 75th percentile)`,
  );
  trainScores.push(...scores);
  trainByLanguage.set(language, sorted);
}
trainScores.sort((a, b) => a - b);
const quantile = (sorted: number[], keep: number) => sorted[Math.floor((1 - keep) * sorted.length)]!;
/** A cut per source language: one for all (pooled), or each language's own quantile of its train MT. */
interface Candidate {
  name: string;
  cut: (language: string) => number | null;
}
/**
 * The flags as lib/analyze.ts flagsFor finds them with the source language named, but without the text model's
 * score (that is, without the gate this script chose): the experiment's "before".
 */
function flagsBeforeTextGate(text: string, named: string): Flag[] {
  const { mt, language } = analyzeText(text, { rules: { sourceLanguage: named } });
  if (language !== 'en') return [];
  return findFlags({ text, sourceLanguage: mt.sourceLanguage ?? named, translated: true });
}

interface Scored {
  score: number | null;
  flags: Flag[];
}
/** The flags without the model tier's when the text reads like a person's (score below `cut`; too short to score: kept). */
const gated = (text: Scored, cut: number | null) =>
  cut === null || text.score === null || text.score >= cut ? text.flags : text.flags.filter((flag) => flag.tier !== 'model');
const candidates: Candidate[] = keeps.flatMap((keep) => [
  { name: `pooled ${keep}`, cut: () => quantile(trainScores, keep) },
  { name: `per pair ${keep}`, cut: (language: string) => quantile(trainByLanguage.get(language)!, keep) },
]);
log(
  `candidates (share of train MT texts kept: cut per pair ru / ro / et): ${candidates.map(({ name, cut }) => `${name}: ${LANGUAGES.map((language) => cut(language)!.toFixed(3)).join(' / ')}`).join('; ')}`,
);

// The other language: zh-en TED talks 6 and 9 (the part the wording model did not learn from), MT and human
// translations, the model tier as if it ran for any source (it is off for Chinese); only a pooled cut applies.
const zhRows = readJsonl<{ system: string; label: string; doc: string; seg_id: number; target: string }>(
  join(mtReal, 'human-refs', 'zh-en.wmt21-ted.jsonl'),
).filter((row, index) => !humanRefTraining('zh-en', { index, doc: row.doc }));
const zhGroups = new Map<string, typeof zhRows>();
for (const row of zhRows)
  zhGroups.set(`${row.label}\t${row.system}\t${row.doc}`, [...(zhGroups.get(`${row.label}\t${row.system}\t${row.doc}`) ?? []), row]);
const zhTexts = { mt: [] as Scored[], human: [] as Scored[] };
const zhWords = { mt: 0, human: 0 };
for (const [key, group] of zhGroups) {
  group.sort((a, b) => a.seg_id - b.seg_id);
  const kind = key.startsWith('mt\t') ? 'mt' : 'human';
  for (const text of joined(
    group.map((row) => row.target),
    chunk,
  )) {
    zhWords[kind] += countWords(text);
    zhTexts[kind].push({ score: textScore(OTHER, text), flags: unusualWording.run({ text, sourceLanguage: null, translated: true }) });
  }
}
log(`\nzh-en TED talks 6, 9, model tier for any source, flags per 1000 words (pooled cuts only):`);
for (const { name, cut: cutFor } of [
  { name: 'no text gate', cut: () => null },
  ...candidates.filter((candidate) => candidate.name.startsWith('pooled')),
]) {
  const cut = cutFor(OTHER);
  const rate = (kind: 'mt' | 'human') =>
    per1000(
      zhTexts[kind].reduce((sum, text) => sum + gated(text, cut).length, 0),
      zhWords[kind],
    );
  const hidden = (kind: 'mt' | 'human') => zhTexts[kind].filter((text) => cut !== null && text.score !== null && text.score < cut).length;
  log(
    `  ${name.padEnd(14)} MT ${rate('mt').toFixed(2)}  human translations ${rate('human').toFixed(2)}  MT/human ${(rate('mt') / rate('human')).toFixed(2)}x   (texts without hints: MT ${hidden('mt')}/${zhTexts.mt.length}, human ${hidden('human')}/${zhTexts.human.length})`,
  );
}
if (!readDev) process.exit(0);

const columns: Candidate[] = [{ name: 'no text gate', cut: () => null }, ...candidates];
const row = (name: string, stats: WordStats) => {
  const precision = stats.flaggedBad / Math.max(1, stats.flaggedWords);
  const random = stats.randomBad / Math.max(1, stats.flaggedWords);
  return `  ${name.padEnd(24)}${per1000(stats.flags, stats.words).toFixed(2).padStart(8)}${precision.toFixed(3).padStart(10)}${(random ? precision / random : 0).toFixed(2).padStart(8)}${(stats.badFound / Math.max(1, stats.bad)).toFixed(4).padStart(10)}`;
};
log(`\nDev split, model tier, ${chunk} sentences per text:`);
log(`  ${'pair, rule'.padEnd(24)}${'/1000w'.padStart(8)}${'P(BAD)'.padStart(10)}${'lift'.padStart(8)}${'found'.padStart(10)}`);
for (const language of LANGUAGES) {
  const texts = wordErrorTexts(join(mtReal, 'word-errors', `${language}-en.dev.jsonl`), chunk).map((text) => ({
    text,
    score: textScore(language, text.text),
    flags: flagsBeforeTextGate(text.text, language),
  }));
  const below = (cut: number | null) => texts.filter((text) => cut !== null && text.score !== null && text.score < cut).length;
  for (const { name, cut: cutFor } of columns) {
    const cut = cutFor(language);
    const stats = emptyTierStats();
    for (const text of texts) addWordStats(stats, text.text, gated(text, cut));
    log(`${row(`${language}-en, ${name}`, stats.model!)}   (texts without hints: ${below(cut)}/${texts.length})`);
  }
}

// The held-out half of the Estonian human translations and the MT of the same sentences (bench:flags --mt-real).
const etRows = readJsonl<{ mt: string; refs: string[] }>(join(mtReal, 'human-refs', 'et-en.multiref.jsonl')).filter(
  (_, index) => !humanRefTraining('et-en', { index }),
);
const scoredTexts = (texts: string[]) =>
  texts.map((text) => ({
    words: countWords(text),
    score: textScore('et', text),
    flags: flagsBeforeTextGate(text, 'et'),
  }));
const etMt = scoredTexts(
  joined(
    etRows.map((row) => row.mt),
    chunk,
  ),
);
const etHuman = scoredTexts(
  joined(
    etRows.flatMap((row) => row.refs.map((ref) => ref.trim())),
    chunk,
  ),
);
const modelRate = (texts: typeof etMt, cut: number | null) =>
  per1000(
    texts.reduce((sum, text) => sum + gated(text, cut).filter((flag) => flag.tier === 'model').length, 0),
    texts.reduce((sum, text) => sum + text.words, 0),
  );
const quartiles = (texts: typeof etMt) => {
  const sorted = texts.flatMap((text) => (text.score === null ? [] : [text.score])).sort((a, b) => a - b);
  return [0.1, 0.25, 0.5, 0.75].map((q) => sorted[Math.floor(q * sorted.length)]!.toFixed(3)).join(' / ');
};
log(
  `\nEstonian odd rows, text-model probability (10th / 25th / 50th / 75th percentile): MT ${quartiles(etMt)}, human translations ${quartiles(etHuman)}`,
);
log('Estonian, held-out half (odd rows), source named, model tier, flags per 1000 words:');
for (const { name, cut: cutFor } of columns) {
  const cut = cutFor('et');
  const mt = modelRate(etMt, cut);
  const human = modelRate(etHuman, cut);
  const hidden = (texts: typeof etMt) => texts.filter((text) => cut !== null && text.score !== null && text.score < cut).length;
  log(
    `  ${name.padEnd(14)} MT ${mt.toFixed(2)}  human translations ${human.toFixed(2)}  MT/human ${(mt / human).toFixed(2)}x   (texts without hints: MT ${hidden(etMt)}/${etMt.length}, human ${hidden(etHuman)}/${etHuman.length})`,
  );
}
log(`\n${((performance.now() - started) / 1000).toFixed(0)} s in all`);
