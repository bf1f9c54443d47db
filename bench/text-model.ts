/**
 * npm run bench:text-model -- [readability-pages dir]
 *
 * How long the text model of machine-translated English takes on whole
 * articles (the English pages of ../shared/corpus/readability-pages, their
 * expected article text), first call included, and how many bytes its data
 * adds to the report script (gzip): the model, the word-frequency table and
 * the English lexicon that foreign-assets reads.
 */
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { blockText } from '../lib/dom/text';
import { identifyLanguage } from '../lib/language/identify';
import { parsePage } from '../cli/load';
import { percentile } from './metrics';

const directory = resolve(process.argv[2] ?? '../shared/corpus/readability-pages');
const articles: string[] = [];
for (const name of readdirSync(directory).sort()) {
  const file = join(directory, name, 'expected.html');
  if (!existsSync(file)) continue;
  const { dom } = parsePage(readFileSync(file, 'utf8'), 'http://fakehost/');
  const text = blockText(dom.window.document.body);
  dom.window.close();
  if (identifyLanguage(text) === 'en') articles.push(text);
}

const loadStart = performance.now();
const { machineEnglishScore } = await import('../lib/detect/text-model/score');
const loadMs = performance.now() - loadStart;
const times: number[] = [];
let words = 0;
for (const text of articles) {
  const start = performance.now();
  const score = machineEnglishScore(text);
  times.push(performance.now() - start);
  words += score ? score.passages * 150 : 0;
}
const first = times[0] ?? 0;
const sizes = ['lib/data/mt-english/model.json', 'lib/data/english/word-frequency.json', 'lib/data/english/lexicon.json'].map((file) => ({
  file,
  gzip: gzipSync(readFileSync(file)).length,
}));
console.log(
  `${articles.length} English articles (~${Math.round(words / Math.max(1, articles.length))} words scored each, at most 8 passages)`,
);
console.log(`load (import of model and word table): ${loadMs.toFixed(1)} ms; first article ${first.toFixed(1)} ms`);
console.log(
  `per article: median ${percentile(times, 50).toFixed(2)} ms, p95 ${percentile(times, 95).toFixed(2)} ms, max ${Math.max(...times).toFixed(2)} ms (Node ${process.version}; target ≤ 20 ms in Chromium)`,
);
for (const { file, gzip } of sizes) console.log(`  ${file}: ${(gzip / 1024).toFixed(1)} KB gzip`);
console.log(`  together: ${(sizes.reduce((sum, { gzip }) => sum + gzip, 0) / 1024).toFixed(1)} KB gzip (target ≤ 150 KB added)`);
