/**
 * npm run bench:text-model -- [readability-pages dir] [--browser] [--limit N] [--against DIR]
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
 * --against DIR: the same measured on another build's sources in the same
 * run (DIR holds its lib/, e.g. `git archive <commit> lib | tar -x -C DIR`),
 * article by article in turn, so that both see the same load.
 * A benchmark, never a pass/fail test: timings on a shared machine vary.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { chromium, type Browser, type CDPSession } from '@playwright/test';
import { englishArticles } from './mt-real';
import { percentile } from './metrics';
import { bundleForPage, CHROMIUM_ARGS, chromiumPath } from './chromium';

const argv = process.argv.slice(2);
const browserMode = argv.includes('--browser');
const limitAt = argv.indexOf('--limit');
const limit = limitAt >= 0 ? Number(argv[limitAt + 1]) : Infinity;
const againstAt = argv.indexOf('--against');
const against = againstAt >= 0 ? argv[againstAt + 1] : undefined;
const directory = resolve(
  argv.find((argument, index) => !argument.startsWith('--') && !['--limit', '--against'].includes(argv[index - 1]!)) ??
    '../shared/corpus/readability-pages',
);
const articles = englishArticles(directory, limit).map(({ text }) => text);

/** The text model's own data, and the n-gram table it shares with the flags (in the report script for them anyway). */
const OWN_DATA = ['lib/data/mt-english/model.json', 'lib/data/english/word-frequency.json', 'lib/data/english/lexicon.json'];
const SHARED_DATA = ['lib/data/english/ngrams.json'];
function sizesIn(root: string) {
  return [...OWN_DATA, ...SHARED_DATA].map((file) => {
    const bytes = readFileSync(join(root, file));
    return { file, raw: bytes.length, gzip: gzipSync(bytes).length, own: OWN_DATA.includes(file) };
  });
}
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

/**
 * The page's main-thread CPU time (Chromium's `ThreadTime` metric) around a
 * call: on a machine shared by other jobs it moves far less with their load
 * than the clock does (the clock also counts the time the thread waited).
 */
async function threadTime(session: CDPSession): Promise<number> {
  const { metrics } = (await session.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
  return (metrics.find((metric) => metric.name === 'ThreadTime')?.value ?? NaN) * 1000;
}

async function scoreInPage(
  browser: Browser,
  code: string,
  texts: string[],
  tablesFirst = false,
): Promise<{ loadMs: number; loadCpuMs: number; tablesMs: number; tablesCpuMs: number; timed: Timed; cpuMs: number }> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.route('**/*', (route) => route.abort());
    await page.setContent('<!doctype html><title>text model</title>');
    const session = await context.newCDPSession(page);
    await session.send('Performance.enable');
    const loadCpuStart = await threadTime(session);
    const before = (await page.evaluate(() => performance.now())) as number;
    const after = (await page.evaluate(`${code};performance.now()`)) as number;
    const tablesCpuStart = await threadTime(session);
    const tablesMs = tablesFirst
      ? ((await page.evaluate(() => (globalThis as unknown as { unspunTables: () => number }).unspunTables())) as number)
      : 0;
    const cpuStart = await threadTime(session);
    const timed = (await page.evaluate(
      (list) => (globalThis as unknown as { unspunTextModel: (texts: string[]) => Timed }).unspunTextModel(list),
      texts,
    )) as Timed;
    const cpuEnd = await threadTime(session);
    return {
      loadMs: after - before,
      loadCpuMs: tablesCpuStart - loadCpuStart,
      tablesMs,
      tablesCpuMs: tablesFirst ? cpuStart - tablesCpuStart : 0,
      timed,
      cpuMs: cpuEnd - cpuStart,
    };
  } finally {
    await context.close();
  }
}

interface Timings {
  loads: number[];
  loadsCpu: number[];
  cold: number[];
  coldCpu: number[];
  tablesCpu: number[];
  tables: number[];
  decoded: number[];
  warm: number[];
  passages: number;
}

async function inChromium() {
  const builds = [{ name: 'this build', root: '.' }, ...(against ? [{ name: `build in ${against}`, root: against }] : [])];
  const codes = await Promise.all(builds.map((build) => bundleForPage(ENTRY, { root: build.root })));
  const timings: Timings[] = builds.map(() => ({
    loads: [],
    loadsCpu: [],
    cold: [],
    coldCpu: [],
    tablesCpu: [],
    tables: [],
    decoded: [],
    warm: [],
    passages: 0,
  }));
  const browser = await chromium.launch({ executablePath: await chromiumPath(), headless: true, args: CHROMIUM_ARGS });
  try {
    for (const [index, text] of articles.entries()) {
      // The builds take turns, the first one alternating, so that neither always meets the other's after-effects.
      const order = builds.map((_, at) => at);
      if (index % 2) order.reverse();
      for (const at of order) {
        const timing = timings[at]!;
        const { loadMs, loadCpuMs, timed, cpuMs } = await scoreInPage(browser, codes[at]!, [text]);
        timing.loads.push(loadMs);
        timing.loadsCpu.push(loadCpuMs);
        timing.cold.push(timed[0]!.ms);
        timing.coldCpu.push(cpuMs);
        timing.passages += timed[0]!.passages;
        // The report script's flags read the same n-gram table: the article's first call once the tables are ready.
        const after = await scoreInPage(browser, codes[at]!, [text], true);
        timing.tables.push(after.tablesMs);
        timing.tablesCpu.push(after.tablesCpuMs);
        timing.decoded.push(after.timed[0]!.ms);
      }
    }
    // Warm: every article once to compile, then each timed again (texts differ, so nothing is cached).
    for (const [at, code] of codes.entries()) {
      const { timed } = await scoreInPage(browser, code, [...articles, ...articles.map((text) => `${text} `)]);
      timings[at]!.warm = timed.slice(articles.length).map((item) => item.ms);
    }
    console.log(`Chromium ${browser.version()}: ${articles.length} English articles, at most 8 passages of ~150 words scored each`);
    for (const [at, build] of builds.entries()) {
      const timing = timings[at]!;
      console.log(
        `\n${build.name}: ${(timing.passages / Math.max(1, articles.length)).toFixed(1)} passages per article; bundle ${(codes[at]!.length / 1024).toFixed(0)} KB`,
      );
      console.log(`  load of the scorer's bundle (parse, compile, top level), per fresh page: ${stats(timing.loads)}`);
      console.log(`    the same, main-thread CPU time (the script sent over and run): ${stats(timing.loadsCpu)}`);
      console.log(`  per article, first call in a fresh page (cold, tables made ready in it): ${stats(timing.cold)}`);
      console.log(`    the same, main-thread CPU time (call and its round trip): ${stats(timing.coldCpu)}`);
      console.log(`  making the n-gram and word-frequency tables ready, per fresh page: ${stats(timing.tables)}`);
      console.log(`    the same, main-thread CPU time (call and its round trip): ${stats(timing.tablesCpu)}`);
      console.log(`  per article, first call in a fresh page once the tables are ready: ${stats(timing.decoded)}`);
      console.log(`  per article, in a page that has scored before (warm): ${stats(timing.warm)}`);
      printSizes(build.root);
    }
    console.log('\ntarget: ≤ 20 ms per article, the first one in a fresh page included');
  } finally {
    await browser.close();
  }
}

function printSizes(root: string) {
  const sizes = sizesIn(root);
  for (const { file, raw, gzip, own } of sizes)
    console.log(
      `  ${file}: ${(raw / 1024).toFixed(1)} KB raw, ${(gzip / 1024).toFixed(1)} KB gzip${own ? '' : ' (shared with the flags)'}`,
    );
  const own = sizes.filter((size) => size.own).reduce((sum, { gzip }) => sum + gzip, 0);
  console.log(`  the text model's own data together: ${(own / 1024).toFixed(1)} KB gzip (target ≤ 150 KB added)`);
}

if (browserMode) await inChromium();
else {
  await inNode();
  printSizes('.');
}
