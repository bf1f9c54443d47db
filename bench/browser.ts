/**
 * npm run bench:browser -- <corpus dir...> [--limit N] [--out file.json]
 *
 * What a reader waits for, measured where it runs: in Debian's Chromium
 * (/usr/bin/chromium), not in jsdom, whose selector engine and DOM are many
 * times slower than a browser's and skew bench:extract's timings. Each page
 * is served from memory at a fake http origin (every other request is
 * aborted: no network), loaded afresh for each measurement, and timed on the
 * first call in that page, as the extension runs it: report.js is injected
 * anew into each page, so V8 compiles our code and RegExps every time.
 *
 *   summarizePage  the badge and the automatic cleanup (detection + boilerplate)
 *   analyzePage    the popup (that + Readability + DOMPurify + metadata + flags)
 *   Readability    Mozilla Readability 0.6 parse() on a clone of the page (the peer)
 *
 * Corpus dirs: ../shared/corpus/readability-pages, ../shared/corpus/boilerplate-snippets
 * (bench/corpus.ts), or any folder of .html files (bench/mt-pages/pages).
 */
import { build } from 'esbuild';
import { chromium, type Page as BrowserPage } from '@playwright/test';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { loadCorpus, readPage } from './corpus';

interface BenchPage {
  id: string;
  html: string;
}

function parseArguments(argv: string[]) {
  const options = { dirs: [] as string[], limit: Infinity, out: '' };
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index]!;
    if (argument === '--limit') options.limit = Number(argv[++index]);
    else if (argument === '--out') options.out = argv[++index] ?? '';
    else options.dirs.push(argument);
  }
  if (!options.dirs.length || !(options.limit > 0)) {
    console.error(
      'Usage: npm run bench:browser -- <corpus dir...> (../shared/corpus/readability-pages, bench/mt-pages/pages) [--limit N] [--out file]',
    );
    process.exit(2);
  }
  return options;
}

function pagesOf(directory: string): BenchPage[] {
  const plain = readdirSync(directory).filter((name) => name.endsWith('.html') && statSync(join(directory, name)).isFile());
  if (plain.length && !existsSync(join(directory, 'cases.json'))) {
    return plain.sort().map((name) => ({ id: name, html: readPage(join(directory, name)) }));
  }
  return loadCorpus(directory).pages.map((page) => ({ id: page.id, html: page.html }));
}

const ENTRY = `
import { analyzePage, summarizePage } from './lib/analyze';
import { Readability } from '@mozilla/readability';
const time = (work) => { const start = performance.now(); const result = work(); return { ms: performance.now() - start, result }; };
globalThis.unspunBench = {
  summarize: () => { const { ms, result } = time(() => summarizePage(document, {})); return { ms, verdict: result.mt.verdict }; },
  analyze: () => { const { ms, result } = time(() => analyzePage(document, {})); return { ms, words: (result.article.text.match(/\\S+/g) ?? []).length, flags: result.flags.length }; },
  readability: () => { const { ms, result } = time(() => new Readability(document.cloneNode(true)).parse()); return { ms, words: ((result && result.textContent) || '').split(/\\s+/).filter(Boolean).length }; },
};
`;

async function bundle(): Promise<string> {
  const result = await build({
    stdin: { contents: ENTRY, resolveDir: resolve('.'), loader: 'ts' },
    bundle: true,
    format: 'iife',
    write: false,
    minify: true,
    logLevel: 'error',
    alias: { '@': resolve('.') },
  });
  return result.outputFiles[0]!.text;
}

type Measure = 'summarize' | 'analyze' | 'readability';
const MEASURES: Measure[] = ['summarize', 'analyze', 'readability'];
const ORIGIN = 'http://unspun.bench';

type Outcome = { ms: number; words?: number; verdict?: string; flags?: number } | { error: string };

async function measure(page: BrowserPage, code: string, html: string, what: Measure): Promise<Outcome> {
  await page.route('**/*', (route) =>
    route.request().url() === `${ORIGIN}/page` && route.request().resourceType() === 'document'
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
      : route.abort(),
  );
  try {
    await page.goto(`${ORIGIN}/page`, { waitUntil: 'domcontentloaded', timeout: 30_000 });
    await page.evaluate(code);
    return await page.evaluate(
      (name) => (globalThis as unknown as { unspunBench: Record<string, () => Outcome> }).unspunBench[name]!(),
      what,
    );
  } catch (error) {
    return { error: String((error as Error).message ?? error).split('\n')[0]! };
  } finally {
    await page.unrouteAll({ behavior: 'ignoreErrors' });
  }
}

function quantile(values: readonly number[], q: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

async function main() {
  const options = parseArguments(process.argv.slice(2));
  const code = await bundle();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  type Row = {
    set: string;
    id: string;
    words?: number;
    readabilityWords?: number;
    verdict?: string;
    flags?: number;
    errors?: string[];
  } & Partial<Record<Measure, number>>;
  const results: Row[] = [];
  try {
    const page = await browser.newPage();
    for (const directory of options.dirs) {
      const set = basename(resolve(directory)) === 'pages' ? basename(resolve(directory, '..')) : basename(resolve(directory));
      const pages = pagesOf(directory).slice(0, options.limit);
      for (const [index, benchPage] of pages.entries()) {
        const row: Row = { set, id: benchPage.id };
        // Alternate the order so that neither side always runs on a warmer machine.
        const order = index % 2 ? [...MEASURES].reverse() : MEASURES;
        for (const what of order) {
          const outcome = await measure(page, code, benchPage.html, what);
          if ('error' in outcome) {
            (row.errors ??= []).push(`${what}: ${outcome.error}`);
            continue;
          }
          row[what] = Math.round(outcome.ms * 10) / 10;
          if (what === 'summarize') row.verdict = outcome.verdict;
          if (what === 'analyze') Object.assign(row, { words: outcome.words, flags: outcome.flags });
          if (what === 'readability') row.readabilityWords = outcome.words;
        }
        results.push(row);
        if ((index + 1) % 25 === 0) process.stderr.write(`${set}: ${index + 1}/${pages.length}\n`);
      }
    }
  } finally {
    await browser.close();
  }

  const lines: string[] = [`Chromium ${browser.version()}; each figure is the first call in a freshly loaded page`, ''];
  const sets = [...new Set(results.map((row) => row.set))];
  const summary: Record<string, unknown> = {};
  for (const set of sets.length > 1 ? [...sets, 'all'] : sets) {
    const rows = results.filter((row) => set === 'all' || row.set === set);
    const stat = (what: Measure) => {
      const values = rows.map((row) => row[what]).filter((value): value is number => value !== undefined);
      return { n: values.length, median: quantile(values, 0.5), p95: quantile(values, 0.95), max: Math.max(...values) };
    };
    const paired = rows.filter((row) => row.analyze !== undefined && row.readability !== undefined && row.readability > 0);
    const ratios = paired.map((row) => row.analyze! / row.readability!);
    const figures = {
      summarize: stat('summarize'),
      analyze: stat('analyze'),
      readability: stat('readability'),
      medianRatio: quantile(ratios, 0.5),
    };
    summary[set] = figures;
    lines.push(`${set} (${rows.length} pages, ${rows.filter((row) => row.errors).length} with errors)`);
    lines.push('                     median ms    p95 ms    max ms');
    for (const what of MEASURES) {
      const { median, p95, max } = figures[what];
      lines.push(`  ${what.padEnd(18)}${median.toFixed(1).padStart(10)}${p95.toFixed(1).padStart(10)}${max.toFixed(1).padStart(10)}`);
    }
    lines.push(`  analyzePage / Readability, median of per-page ratios: ${figures.medianRatio.toFixed(2)}`, '');
  }
  for (const row of results.filter((row) => row.errors)) lines.push(`error ${row.set}/${row.id}: ${row.errors!.join('; ')}`);
  console.log(lines.join('\n'));
  const out = options.out || join('bench-results', `browser-${sets.join('+')}.json`);
  mkdirSync(resolve(out, '..'), { recursive: true });
  writeFileSync(
    out,
    `${JSON.stringify({ date: new Date().toISOString(), chromium: browser.version(), summary, pages: results }, null, 2)}\n`,
  );
  console.log(`full result: ${out}`);
}

await main();
