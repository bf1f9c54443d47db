/**
 * npm run bench:text-model-pos -- ../shared/corpus/mt-real ../shared/corpus/readability-pages [--cache file.json]
 *
 * An experiment of issue 11 (session 6), kept as a benchmark: do part-of-speech
 * patterns tell a machine's translation from a person's on source languages
 * the model never saw? Studies of translated text find its syntax (sequences
 * of word classes) carries across topics where its words do not; the text
 * model's features read words, their frequency and their n-grams, never the
 * word classes. Each ~150-word passage of the training corpus is tagged by
 * `compromise` (MIT, a devDependency: this script only, nothing shipped) and
 * gets, besides the model's own features, the rates of 18 coarse word classes
 * and of the 40 commonest class pairs (square roots, as counts of rare
 * events), the share of class triples that recur, and the share of nouns
 * preceded by a noun (noun chains). Both feature sets go through the same
 * held-apart protocol as `npm run train:detector` (scripts/train-detector.ts
 * evaluateHeldApart: leave one source language out, a sixth of the English
 * originals apart, the direction filter within each training fold).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import nlp from 'compromise';
import { evaluateHeldApart, pairLogits, readInputs, tradeOff, type Example, type HeldApartResult } from '../scripts/train-detector';
import { passageFeatures } from '../lib/detect/text-model/features';
import { rocAuc } from './metrics';
import { heldApartRow } from './text-model-held-apart';

const argv = process.argv.slice(2);
const cacheAt = argv.indexOf('--cache');
const cacheFile = cacheAt >= 0 ? argv[cacheAt + 1] : undefined;
const inputs = argv.filter((argument, index) => !argument.startsWith('--') && argv[index - 1] !== '--cache');

/** Coarse word classes, the most telling tag first (compromise gives each term several). */
const CLASSES = [
  'Pronoun',
  'Determiner',
  'Preposition',
  'Conjunction',
  'Modal',
  'Copula',
  'Auxiliary',
  'Gerund',
  'PastTense',
  'Infinitive',
  'Verb',
  'ProperNoun',
  'Plural',
  'Noun',
  'Adjective',
  'Adverb',
  'Value',
  'Negative',
] as const;
const PAIRS = 40;

type Term = { text: string; tags: string[] };

/** Each sentence's word classes ('Other' for a term none of CLASSES names). */
function classes(text: string): string[][] {
  const sentences = nlp(text).json({ terms: { tags: true }, text: false }) as Array<{ terms: Term[] }>;
  return sentences.map((sentence) => sentence.terms.map((term) => CLASSES.find((name) => term.tags.includes(name)) ?? 'Other'));
}

const rate = (count: number, total: number) => (total ? count / total : 0);

function posFeatures(tagged: string[][], pairs: string[]): number[] {
  const flat = tagged.flat();
  const n = flat.length;
  const classCounts = new Map<string, number>();
  for (const tag of flat) classCounts.set(tag, (classCounts.get(tag) ?? 0) + 1);
  const pairCounts = new Map<string, number>();
  const triples = new Map<string, number>();
  let nounChains = 0;
  let nouns = 0;
  for (const sentence of tagged) {
    for (let index = 0; index < sentence.length; index++) {
      const tag = sentence[index]!;
      const before = sentence[index - 1];
      if (before !== undefined) pairCounts.set(`${before} ${tag}`, (pairCounts.get(`${before} ${tag}`) ?? 0) + 1);
      if (index >= 2) {
        const key = `${sentence[index - 2]} ${before} ${tag}`;
        triples.set(key, (triples.get(key) ?? 0) + 1);
      }
      if (tag === 'Noun' || tag === 'Plural' || tag === 'ProperNoun') {
        nouns++;
        if (before === 'Noun' || before === 'Plural' || before === 'ProperNoun') nounChains++;
      }
    }
  }
  const pairTotal = [...pairCounts.values()].reduce((sum, value) => sum + value, 0);
  const tripleTotal = [...triples.values()].reduce((sum, value) => sum + value, 0);
  const recurring = [...triples.values()].filter((value) => value > 1).reduce((sum, value) => sum + value, 0);
  return [
    ...CLASSES.map((name) => Math.sqrt(rate(classCounts.get(name) ?? 0, n))),
    ...pairs.map((pair) => Math.sqrt(rate(pairCounts.get(pair) ?? 0, pairTotal))),
    rate(recurring, tripleTotal),
    rate(nounChains, nouns),
  ];
}

const passages = readInputs(inputs, false);
console.log(`${passages.length} passages`);
const cached: Record<string, string[][]> = cacheFile && existsSync(cacheFile) ? JSON.parse(readFileSync(cacheFile, 'utf8')) : {};
const start = performance.now();
const tagged = passages.map((passage) => (cached[passage.text] ??= classes(passage.text)));
console.log(`tagged in ${((performance.now() - start) / 1000).toFixed(1)} s`);
if (cacheFile) writeFileSync(cacheFile, JSON.stringify(cached));

// The commonest class pairs over every passage (no labels read).
const pairDocs = new Map<string, number>();
for (const sentences of tagged) {
  const seen = new Set<string>();
  for (const sentence of sentences)
    for (let index = 1; index < sentence.length; index++) seen.add(`${sentence[index - 1]} ${sentence[index]}`);
  for (const pair of seen) pairDocs.set(pair, (pairDocs.get(pair) ?? 0) + 1);
}
const pairs = [...pairDocs.entries()]
  .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  .slice(0, PAIRS)
  .map(([pair]) => pair);

const vocabulary = { functionWords: [], skeletonBigrams: [] };
const base: Example[] = passages.map((passage) => ({ passage, features: passageFeatures(passage.text, vocabulary) }));
const pos = tagged.map((sentences) => posFeatures(sentences, pairs));
const variants: Array<[string, Example[]]> = [
  ['text model features (shipped)', base],
  ['with word classes', base.map((example, index) => ({ ...example, features: [...example.features, ...pos[index]!] }))],
  ['word classes alone', base.map((example, index) => ({ ...example, features: pos[index]! }))],
];

// Each word-class feature alone, MT against human translation of the same source language (no training).
const names = [...CLASSES.map((name) => `class ${name}`), ...pairs.map((pair) => `pair ${pair}`), 'recurring class triples', 'noun chains'];
const single = (language: string, reference?: string) =>
  names.map((_, j) => {
    const of = (kind: string) =>
      passages.flatMap((passage, index) =>
        passage.kind === kind && passage.language === language && (reference === undefined || kind === 'mt' || passage.system === reference)
          ? [pos[index]![j]!]
          : [],
      );
    return rocAuc(of('mt'), of('human-translation'));
  });
const et = single('et');
const zh = single('zh', 'refB');
const agreeing = names
  .map((name, j) => ({ name, et: et[j]!, zh: zh[j]! }))
  .filter((row) => (row.et - 0.5) * (row.zh - 0.5) > 0)
  .sort((a, b) => Math.min(Math.abs(b.et - 0.5), Math.abs(b.zh - 0.5)) - Math.min(Math.abs(a.et - 0.5), Math.abs(a.zh - 0.5)));
console.log(
  `\nWord-class features alone, MT vs human translation (et: both references; zh: refB, the translation): ${agreeing.length} of ${names.length} point the same way in both; the strongest of them:`,
);
console.table(agreeing.slice(0, 8).map((row) => ({ feature: row.name, et: row.et.toFixed(3), 'zh refB': row.zh.toFixed(3) })));

const show = (result: HeldApartResult) =>
  heldApartRow(result, [
    ['held out', 'language'],
    ['MT vs HT', 'mtVsHuman'],
    ['two passages', 'mtVsHumanTwoPassages'],
    ['articles', 'mtVsHumanArticle'],
    ['references', 'mtVsReference'],
    ['refs, articles', 'mtVsReferenceArticle'],
    ['MT vs original', 'mtVsOriginal'],
    ['HT vs original', 'humanVsOriginal'],
  ]);
for (const [name, examples] of variants) {
  const results = evaluateHeldApart(examples, true);
  console.log(
    `\n${name}: ${examples[0]!.features.length} features; held apart, ROC-AUC per ~150-word passage, two passages, articles of 3`,
  );
  console.table(results.map(show));
  console.table(tradeOff(pairLogits(results.flatMap((result) => result.outOfFold)), [0.02, 0.1, 0.3]));
}
