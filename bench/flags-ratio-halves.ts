/**
 * npx tsx bench/flags-ratio-halves.ts <rows.jsonl> [../shared/corpus/mt-real]
 *
 * Could a threshold chosen on one half of the human-translation sets raise the
 * model tier's MT-over-human rate on the other? Tuning half: the part the
 * trainer learnt from (`humanRefTraining`: et-en multiref even rows, zh-en TED
 * talks 2, 5, 7), its human translations read by their out-of-fold scores from
 * `npm run train:flags -- ../shared/corpus/mt-real --out DIR --dump DIR/rows.jsonl`
 * (the committed model must be what that run writes), its MT by the committed
 * model (never trained on). Held-out half: et-en odd rows, zh-en talks 6, 9.
 * Word-level flag rates per 1000 words at each threshold, shared trees.
 */
import { join, resolve } from 'node:path';
import { humanRefTexts, humanRefTraining } from '../scripts/train-flags';
import { readJsonl } from '../scripts/jsonl';
import { sentences } from '../lib/flags/model/tokens';
import { scoreWords } from '../lib/flags/model/wording';
const dump = process.argv[2]!;
const dir = join(resolve(process.argv[3] ?? '../shared/corpus/mt-real'), 'human-refs');
type R = { pair: string; score: number; features: number[] };
const refRows = readJsonl<R>(dump).filter((row) => row.pair.endsWith('human translations'));
// OOF scores per training ref text, in order
const refs = humanRefTexts(dir);
let at = 0;
const trainRefScores: Record<string, number[]> = { et: [], zh: [] };
for (const ref of refs) {
  const n = sentences(ref.text).reduce((s, x) => s + x.tokens.filter((t) => t.word).length, 0);
  const rs = refRows.slice(at, at + n);
  at += n;
  if (rs.some((r) => r.pair !== ref.set)) throw new Error('misaligned');
  trainRefScores[ref.set.slice(0, 2)]!.push(...rs.map((r) => r.score));
}
if (at !== refRows.length) throw new Error(`left ${refRows.length - at}`);
const lines = (f: string): unknown[] => readJsonl<unknown>(join(dir, f));
const score = (texts: string[]) => texts.flatMap((t) => scoreWords(t).map((w) => w.probability));
interface EtRow {
  mt: string;
  refs: string[];
}
interface ZhRow {
  label: string;
  doc: string;
  target: string;
}
const et = lines('et-en.multiref.jsonl') as EtRow[];
const etSets = {
  trainMT: score(et.filter((_, i) => humanRefTraining('et-en', { index: i })).map((r) => r.mt)),
  trainHT: trainRefScores.et!,
  testMT: score(et.filter((_, i) => !humanRefTraining('et-en', { index: i })).map((r) => r.mt)),
  testHT: score(et.filter((_, i) => !humanRefTraining('et-en', { index: i })).flatMap((r) => r.refs.map((x: string) => x.trim()))),
};
const zh = lines('zh-en.wmt21-ted.jsonl') as ZhRow[];
const zhTrain = (r: ZhRow, i: number) => humanRefTraining('zh-en', { index: i, doc: r.doc });
const zhSets = {
  trainMT: score(zh.filter((r, i) => r.label === 'mt' && zhTrain(r, i)).map((r) => r.target)),
  trainHT: trainRefScores.zh!,
  testMT: score(zh.filter((r, i) => r.label === 'mt' && !zhTrain(r, i)).map((r) => r.target)),
  testHT: score(zh.filter((r, i) => r.label !== 'mt' && !zhTrain(r, i)).map((r) => r.target)),
};
const rate = (s: number[], t: number) => (1000 * s.filter((x) => x >= t).length) / s.length;
for (const [name, sets] of [
  ['et', etSets],
  ['zh', zhSets],
] as const) {
  console.log(name, 'words', Object.fromEntries(Object.entries(sets).map(([k, v]) => [k, v.length])));
  const grid = [0.3, 0.32, 0.34, 0.36, 0.38, 0.4, 0.42, 0.45, 0.5, 0.55, 0.6];
  // Chosen on the tuning half only: the highest MT/human ratio among thresholds that flag at least 5 MT words per 1000.
  const ratioAt = (mt: number[], human: number[], t: number) => rate(mt, t) / Math.max(1e-9, rate(human, t));
  const eligible = grid.filter((t) => rate(sets.trainMT, t) >= 5);
  const chosen = eligible.sort((a, b) => ratioAt(sets.trainMT, sets.trainHT, b) - ratioAt(sets.trainMT, sets.trainHT, a))[0];
  if (chosen === undefined) console.log('  no threshold flags 5 MT words per 1000 of the tuning half');
  else
    console.log(
      `  chosen on the tuning half: ${chosen} (ratio ${ratioAt(sets.trainMT, sets.trainHT, chosen).toFixed(2)}); held out: ratio ${ratioAt(sets.testMT, sets.testHT, chosen).toFixed(2)}`,
    );
  for (const t of grid) {
    const r = (k: keyof typeof sets) => rate(sets[k], t);
    console.log(
      `  t ${t}: train MT ${r('trainMT').toFixed(2)} HT ${r('trainHT').toFixed(2)} ratio ${(r('trainMT') / r('trainHT')).toFixed(2)} | test MT ${r('testMT').toFixed(2)} HT ${r('testHT').toFixed(2)} ratio ${(r('testMT') / r('testHT')).toFixed(2)}`,
    );
  }
}
