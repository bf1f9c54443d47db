/**
 * npm run bench:flags -- --speed ../shared/corpus/mt-real [--readability DIR] [--browser] [--limit N]
 *
 * How long the flags take, model tier included (findFlags on text taken for a
 * translation), per 1000 words of real articles: the English pages of
 * readability-pages (their expected article text, source unknown: the shared
 * trees and the whole-text gate) and real machine translation (MLQE-PE dev MT
 * from ru, ro, et, detokenised, 50 sentences to a text, with its source
 * language: Russian's own trees for ru). And how many bytes the flag data adds
 * to the report script (gzip).
 *
 * --browser: the same in Debian's Chromium (bench/chromium.ts), where the
 * issue's budget (≤ 30 ms per 1000 words) is set. The flags are bundled alone
 * and loaded into a blank page; each text is timed as the first call in a
 * fresh browser context of its own ("cold": nothing compiled, the n-gram table
 * decoded in that call) and again in one page after every text has run once
 * ("warm"). A benchmark, never a pass/fail test: timings on a shared machine vary.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { chromium, type Page } from '@playwright/test';
import { detokenize } from '../lib/text/detokenize';
import { findFlags } from '../lib/flags/engine';
import { bundleForPage, CHROMIUM_ARGS, chromiumPath, inFreshPage, quantile, threadClock } from './chromium';
import { englishArticles } from './mt-real';
import { readJsonl } from '../scripts/jsonl';

interface SpeedText {
  set: string;
  text: string;
  sourceLanguage: string | null;
  words: number;
}

const SENTENCES_PER_TEXT = 50;
/** Fresh pages in which the tables are unpacked before the first call, to tell the two costs apart. */
const TABLE_PAGES = 10;
const countWords = (text: string) => (text.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu) ?? []).length;

function speedTexts(mtReal: string, readability: string, limit: number): SpeedText[] {
  const texts: SpeedText[] = englishArticles(readability, limit).map(({ text }) => ({
    set: 'readability-pages en',
    text,
    sourceLanguage: null,
    words: countWords(text),
  }));
  for (const pair of ['ru-en', 'ro-en', 'et-en']) {
    const file = join(mtReal, 'word-errors', `${pair}.dev.jsonl`);
    if (!existsSync(file)) continue;
    const lines = readJsonl<{ mt_tokens: string[] }>(file).map((record) => detokenize(record.mt_tokens).text);
    for (let at = 0; at < lines.length && at / SENTENCES_PER_TEXT < limit; at += SENTENCES_PER_TEXT) {
      const text = lines.slice(at, at + SENTENCES_PER_TEXT).join(' ');
      texts.push({ set: `mt-real ${pair} dev MT`, text, sourceLanguage: pair.slice(0, 2), words: countWords(text) });
    }
  }
  return texts;
}

/** The data the flags read, gzip: the model tier's own, the rules', and the tables other parts of the report script read too. */
function dataSizes(): Array<{ label: string; files: string[]; gzip: number }> {
  const flagsDir = 'lib/data/flags';
  const modelFiles = [`${flagsDir}/wording-model.json`, `${flagsDir}/wording-gate.json`, 'lib/data/english/ngrams.json'];
  const ruleFiles = readdirSync(flagsDir)
    .filter((name) => name.endsWith('.json') && !name.startsWith('wording-'))
    .map((name) => `${flagsDir}/${name}`);
  const group = (label: string, files: string[]) => ({
    label,
    files,
    gzip: files.reduce((sum, file) => sum + gzipSync(readFileSync(file)).length, 0),
  });
  return [
    group('model tier: trees, gate, n-gram table', modelFiles),
    group('rule tier: phrase data per language', ruleFiles),
    group('shared with the text model (counted there): English lexicon', ['lib/data/english/lexicon.json']),
  ];
}

/** The flags alone, as the report script calls them; `unspunFlags(texts)` times each call in the page. */
const ENTRY = `
import { findFlags } from './lib/flags/engine';
import { englishBands } from './lib/text/english-ngrams';
import { isEnglishWord } from './lib/text/english-lexicon';
globalThis.unspunTables = () => {
  const start = performance.now();
  englishBands();
  const decoded = performance.now();
  isEnglishWord('houses');
  return { ngrams: decoded - start, lexicon: performance.now() - decoded };
};
globalThis.unspunFlags = (items) => items.map(({ text, sourceLanguage }) => {
  const start = performance.now();
  const flags = findFlags({ text, sourceLanguage, translated: true });
  return { ms: performance.now() - start, flags: flags.length };
});
`;

/** Per text: milliseconds by the clock and, in Chromium, of the main thread's CPU; and the number of flags. */
type Timed = Array<{ ms: number; cpuMs?: number; flags: number }>;

const stats = (values: number[]) =>
  `median ${quantile(values, 0.5).toFixed(1)}, p95 ${quantile(values, 0.95).toFixed(1)}, max ${Math.max(...values).toFixed(1)}`;

function report(texts: SpeedText[], rows: Array<{ label: string; timed: Timed }>) {
  for (const set of [...new Set(texts.map((text) => text.set))]) {
    const indices = texts.flatMap((text, index) => (text.set === set ? [index] : []));
    const words = indices.reduce((sum, index) => sum + texts[index]!.words, 0);
    console.log(`${set}: ${indices.length} texts, ${Math.round(words / indices.length)} words each on average`);
    for (const { label, timed } of rows) {
      const per1000 = (value: (item: Timed[number]) => number | undefined) =>
        indices.map((index) => (1000 * (value(timed[index]!) ?? NaN)) / texts[index]!.words);
      const flags = indices.reduce((sum, index) => sum + timed[index]!.flags, 0);
      const cpu = per1000((item) => item.cpuMs);
      const hasCpu = cpu.some((value) => !Number.isNaN(value));
      console.log(
        `  ${label}, ms per 1000 words: clock ${stats(per1000((item) => item.ms))}` +
          `${hasCpu ? `; CPU ${stats(cpu)}` : ''} (${((1000 * flags) / words).toFixed(2)} flags/1000)`,
      );
      // A first call's fixed costs (compiling, unpacking) weigh most on short texts: per call too.
      if (hasCpu) console.log(`    per call, CPU ms: ${stats(indices.map((index) => timed[index]!.cpuMs!))}`);
    }
  }
}

function inNode(texts: SpeedText[]) {
  const run = (items: SpeedText[]): Timed =>
    items.map(({ text, sourceLanguage }) => {
      const cpu = process.cpuUsage();
      const start = performance.now();
      const flags = findFlags({ text, sourceLanguage, translated: true });
      const ms = performance.now() - start;
      const used = process.cpuUsage(cpu);
      return { ms, cpuMs: (used.user + used.system) / 1000, flags: flags.length };
    });
  const first = run(texts.slice(0, 1))[0]!;
  run(texts);
  const warm = run(texts.map((text) => ({ ...text, text: `${text.text} ` })));
  console.log(
    `Node ${process.version}: first call of the process (n-gram table decoded in it) ${first.ms.toFixed(0)} ms (CPU ${first.cpuMs!.toFixed(0)} ms)`,
  );
  report(texts, [{ label: 'warm', timed: warm }]);
}

async function inChromium(texts: SpeedText[]) {
  const code = await bundleForPage(ENTRY);
  const browser = await chromium.launch({ executablePath: await chromiumPath(), headless: true, args: CHROMIUM_ARGS });
  const call = (items: SpeedText[]) =>
    `globalThis.unspunFlags(${JSON.stringify(items.map(({ text, sourceLanguage }) => ({ text, sourceLanguage })))})`;
  /** Each text in its own call, with the main thread's CPU time around it. */
  const timeEach = async (page: Page, items: SpeedText[]): Promise<Timed> => {
    const clock = await threadClock(page);
    const timed: Timed = [];
    for (const item of items) {
      const before = await clock();
      const [result] = (await page.evaluate(call([item]))) as Timed;
      timed.push({ ...result!, cpuMs: (await clock()) - before });
    }
    return timed;
  };
  try {
    const loads: number[] = [];
    const cold: Timed = [];
    for (const text of texts) {
      await inFreshPage(browser, code, async (page, loadMs) => {
        loads.push(loadMs);
        cold.push(...(await timeEach(page, [text])));
      });
    }
    // The first call's parts: the tables unpacked first (n-gram table, English lexicon), then the call, in fresh pages.
    const tables: Array<{ ngrams: number; lexicon: number; cpuMs: number }> = [];
    const afterTables: number[] = [];
    for (const text of texts.slice(0, TABLE_PAGES)) {
      await inFreshPage(browser, code, async (page) => {
        const clock = await threadClock(page);
        const before = await clock();
        const times = (await page.evaluate('globalThis.unspunTables()')) as { ngrams: number; lexicon: number };
        tables.push({ ...times, cpuMs: (await clock()) - before });
        afterTables.push((1000 * (await timeEach(page, [text]))[0]!.cpuMs!) / text.words);
      });
    }
    // Warm: every text once to compile, then each timed again (texts differ by a space, so nothing is cached).
    const warm = await inFreshPage(browser, code, async (page) => {
      await page.evaluate(call(texts));
      return timeEach(
        page,
        texts.map((text) => ({ ...text, text: `${text.text} ` })),
      );
    });
    console.log(
      `Chromium ${browser.version()}: the flags bundled alone, ${(code.length / 1024).toFixed(0)} KB minified, ${(gzipSync(code).length / 1024).toFixed(0)} KB gzip`,
    );
    console.log(`load of the bundle (parse, compile, top level), per fresh page, ms by the clock: ${stats(loads)}`);
    console.log(
      `${tables.length} more fresh pages, the tables made ready before the first call: n-gram table ${stats(tables.map((item) => item.ngrams))} ms by the clock, ` +
        `lexicon ${stats(tables.map((item) => item.lexicon))}; both, CPU ${stats(tables.map((item) => item.cpuMs))} ms; ` +
        `then the first call, CPU per 1000 words ${stats(afterTables)}`,
    );
    report(texts, [
      { label: 'first call in a fresh page (tables made ready in it)', timed: cold },
      { label: 'warm (every text run once before)', timed: warm },
    ]);
  } finally {
    await browser.close();
  }
}

export async function runSpeedBench(argv: string[]) {
  const valueOf = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
  const mtReal = resolve(valueOf('--speed') ?? '../shared/corpus/mt-real');
  const readability = resolve(valueOf('--readability') ?? join(mtReal, '..', 'readability-pages'));
  const limit = Number(valueOf('--limit') ?? Infinity);
  const texts = speedTexts(mtReal, readability, limit);
  if (!texts.length) {
    console.error('Usage: npm run bench:flags -- --speed ../shared/corpus/mt-real [--readability DIR] [--browser] [--limit N]');
    process.exit(2);
  }
  if (argv.includes('--browser')) await inChromium(texts);
  else inNode(texts);
  console.log('target: ≤ 30 ms per 1000 words in Chromium');
  const sizes = dataSizes();
  for (const { label, files, gzip } of sizes)
    console.log(`  ${label}: ${gzip} bytes, ${(gzip / 1024).toFixed(1)} KiB gzip (${files.length} files)`);
  console.log(`target: the model tier's data ≤ 200 KB gzip added to the report script`);
}
