/**
 * npm run bench:text-model -- [readability-pages dir] [--browser] [--limit N]
 *
 * How long the text model of machine-translated English takes on whole
 * articles (the English pages of ../shared/corpus/readability-pages, their
 * expected article text), first call included, and how many bytes its data
 * adds to the report script (gzip): the model, the word-frequency table and
 * the English lexicon that foreign-assets reads.
 *
 * --browser: the same in Debian's Chromium (bench/chromium.ts), where the
 * target (≤ 20 ms per article) is set. The scorer is bundled alone and loaded
 * into a blank page; each article is scored twice: in a fresh browser context
 * of its own ("cold": V8 has compiled nothing, the word-frequency and n-gram
 * tables are decoded on the first call, as in a page the report script has
 * just been injected into) and after the other articles in one page ("warm").
 * A benchmark, never a pass/fail test: timings on a shared machine vary.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { chromium, type Browser } from '@playwright/test';
import { englishArticles } from './mt-real';
import { percentile } from './metrics';
import { bundleForPage, CHROMIUM_ARGS, chromiumPath, inFreshPage } from './chromium';

const argv = process.argv.slice(2);
const browserMode = argv.includes('--browser');
const limitAt = argv.indexOf('--limit');
const limit = limitAt >= 0 ? Number(argv[limitAt + 1]) : Infinity;
const directory = resolve(
  argv.find((argument, index) => !argument.startsWith('--') && argv[index - 1] !== '--limit') ?? '../shared/corpus/readability-pages',
);
const articles = englishArticles(directory, limit).map(({ text }) => text);

const sizes = ['lib/data/mt-english/model.json', 'lib/data/english/word-frequency.json', 'lib/data/english/lexicon.json'].map((file) => ({
  file,
  gzip: gzipSync(readFileSync(file)).length,
}));
const stats = (times: number[]) =>
  `median ${percentile(times, 50).toFixed(2)} ms, p95 ${percentile(times, 95).toFixed(2)} ms, max ${Math.max(...times).toFixed(2)} ms`;

async function inNode() {
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
  console.log(
    `${articles.length} English articles (~${Math.round(words / Math.max(1, articles.length))} words scored each, at most 8 passages)`,
  );
  console.log(`load (import of model and word table): ${loadMs.toFixed(1)} ms; first article ${(times[0] ?? 0).toFixed(1)} ms`);
  console.log(`per article: ${stats(times)} (Node ${process.version}; target ≤ 20 ms in Chromium)`);
}

/** The scorer alone, as the report script calls it; `score(texts)` times each call in the page. */
const ENTRY = `
import { machineEnglishScore } from './lib/detect/text-model/score';
import { englishBands } from './lib/text/english-ngrams';
import { wordRank } from './lib/text/word-frequency';
globalThis.unspunTables = () => { const start = performance.now(); englishBands(); wordRank('the'); return performance.now() - start; };
globalThis.unspunTextModel = (texts) => texts.map((text) => {
  const start = performance.now();
  const score = machineEnglishScore(text);
  return { ms: performance.now() - start, passages: score ? score.passages : 0 };
});
`;

type Timed = Array<{ ms: number; passages: number }>;

async function scoreInPage(
  browser: Browser,
  code: string,
  texts: string[],
  tablesFirst = false,
): Promise<{ loadMs: number; tablesMs: number; timed: Timed }> {
  return inFreshPage(browser, code, async (page, loadMs) => {
    const tablesMs = tablesFirst
      ? ((await page.evaluate(() => (globalThis as unknown as { unspunTables: () => number }).unspunTables())) as number)
      : 0;
    const timed = (await page.evaluate(
      (list) => (globalThis as unknown as { unspunTextModel: (texts: string[]) => Timed }).unspunTextModel(list),
      texts,
    )) as Timed;
    return { loadMs, tablesMs, timed };
  });
}

async function inChromium() {
  const code = await bundleForPage(ENTRY);
  const browser = await chromium.launch({ executablePath: await chromiumPath(), headless: true, args: CHROMIUM_ARGS });
  try {
    const cold: number[] = [];
    const loads: number[] = [];
    const tables: number[] = [];
    const decoded: number[] = [];
    let passages = 0;
    for (const text of articles) {
      const { loadMs, timed } = await scoreInPage(browser, code, [text]);
      loads.push(loadMs);
      cold.push(timed[0]!.ms);
      passages += timed[0]!.passages;
      // The report script's flags decode the same n-gram table: the article's first call once the tables are unpacked.
      const after = await scoreInPage(browser, code, [text], true);
      tables.push(after.tablesMs);
      decoded.push(after.timed[0]!.ms);
    }
    // Warm: every article once to compile, then each timed again (texts differ, so nothing is cached).
    const { timed } = await scoreInPage(browser, code, [...articles, ...articles.map((text) => `${text} `)]);
    const warm = timed.slice(articles.length).map((item) => item.ms);
    console.log(
      `Chromium ${browser.version()}: ${articles.length} English articles, ${(passages / Math.max(1, articles.length)).toFixed(1)} passages of ~150 words scored each (at most 8); bundle ${(code.length / 1024).toFixed(0)} KB`,
    );
    console.log(`load of the scorer's bundle (parse, compile, top level), per fresh page: ${stats(loads)}`);
    console.log(`per article, first call in a fresh page (cold, tables decoded in it): ${stats(cold)}`);
    console.log(`unpacking the n-gram and word-frequency tables, per fresh page: ${stats(tables)}`);
    console.log(`per article, first call in a fresh page once the tables are unpacked: ${stats(decoded)}`);
    console.log(`per article, in a page that has scored before (warm): ${stats(warm)}`);
    console.log('target: ≤ 20 ms per article');
  } finally {
    await browser.close();
  }
}

if (browserMode) await inChromium();
else await inNode();
for (const { file, gzip } of sizes) console.log(`  ${file}: ${(gzip / 1024).toFixed(1)} KB gzip`);
console.log(`  together: ${(sizes.reduce((sum, { gzip }) => sum + gzip, 0) / 1024).toFixed(1)} KB gzip (target ≤ 150 KB added)`);
