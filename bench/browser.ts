/**
 * npm run bench:browser -- <corpus dir...> [--limit N] [--out file.json]
 *
 * What a reader waits for, measured where it runs: in Debian's Chromium
 * (/usr/bin/chromium), not in jsdom, whose selector engine and DOM are many
 * times slower than a browser's and skew bench:extract's timings. Each page
 * is served from memory on 127.0.0.1 (bench/page-server.ts; every other
 * request is aborted: no network) into a browser context of its own for each
 * measurement (contexts share no renderer, so V8's caches start empty, as in
 * a page the extension has not touched), and two times are taken: loading
 * the bundle (parse, compile, top level: report.js is injected anew into
 * each page) and the first call.
 *
 *   summarizePage  the badge and the automatic cleanup (detection + boilerplate)
 *   analyzePage    the popup (that + Readability + DOMPurify + metadata + flags)
 *   Readability    Mozilla Readability 0.6 parse() on a clone of the page (the
 *                  peer, bundled alone)
 *
 * Corpus dirs: ../shared/corpus/readability-pages, ../shared/corpus/boilerplate-snippets
 * (bench/corpus.ts), or any folder of .html files (bench/mt-pages/pages).
 */
import { chromium, type Browser } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { bundleForPage, CHROMIUM_ARGS, chromiumPath, pagesOf, quantile } from './chromium';
import { onlyFrom, servePages, type PageServer } from './page-server';

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

/** Ours and the peer are bundled apart, so that each page loads (and V8 compiles) only the code it times. */
const ENTRIES = {
  ours: `
import { analyzePage, summarizePage } from './lib/analyze';
const time = (work) => { const start = performance.now(); const result = work(); return { ms: performance.now() - start, result }; };
globalThis.unspunBench = {
  summarize: () => { const { ms, result } = time(() => summarizePage(document, {})); return { ms, verdict: result.mt.verdict }; },
  analyze: () => { const { ms, result } = time(() => analyzePage(document, {})); return { ms, words: (result.article.text.match(/\\S+/g) ?? []).length, flags: result.flags.length }; },
};
`,
  peer: `
import { Readability } from '@mozilla/readability';
globalThis.unspunBench = {
  readability: () => { const start = performance.now(); const result = new Readability(document.cloneNode(true)).parse(); return { ms: performance.now() - start, words: ((result && result.textContent) || '').split(/\\s+/).filter(Boolean).length }; },
};
`,
};

type Measure = 'summarize' | 'analyze' | 'readability';
const MEASURES: Measure[] = ['summarize', 'analyze', 'readability'];

type Outcome = { ms: number; injectMs: number; words?: number; verdict?: string; flags?: number } | { error: string };

/**
 * One measurement in a browser context of its own: contexts never share a
 * renderer, so V8's caches of compiled scripts and RegExps start empty, as in
 * a page the extension has not touched yet. `injectMs` is the time to load the
 * bundle (parse, compile, run its top level), timed in the page.
 */
async function measure(browser: Browser, server: PageServer, code: string, path: string, what: Measure): Promise<Outcome> {
  const context = await browser.newContext();
  try {
    await onlyFrom(context, server);
    const page = await context.newPage();
    await page.goto(`${server.origin}${path}`, { waitUntil: 'domcontentloaded', timeout: 30_000 });
    const before = await page.evaluate(() => performance.now());
    const after = (await page.evaluate(`${code};performance.now()`)) as number;
    const outcome = await page.evaluate(
      (name) => (globalThis as unknown as { unspunBench: Record<string, () => { ms: number }> }).unspunBench[name]!(),
      what,
    );
    return { ...outcome, injectMs: after - before };
  } catch (error) {
    return { error: String((error as Error).message ?? error).split('\n')[0]! };
  } finally {
    await context.close();
  }
}

async function main() {
  const options = parseArguments(process.argv.slice(2));
  const code = { ours: await bundleForPage(ENTRIES.ours), peer: await bundleForPage(ENTRIES.peer) };
  const browser = await chromium.launch({
    executablePath: await chromiumPath(),
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const version = browser.version();
  type Row = {
    set: string;
    id: string;
    words?: number;
    readabilityWords?: number;
    verdict?: string;
    flags?: number;
    errors?: string[];
    /** Milliseconds of the first call, and of loading the bundle before it. */
    ms: Partial<Record<Measure, number>>;
    injectMs: Partial<Record<Measure, number>>;
  };
  const results: Row[] = [];
  const round = (value: number) => Math.round(value * 10) / 10;
  const served = new Map<string, string>();
  const server = await servePages((path) => served.get(path));
  try {
    for (const directory of options.dirs) {
      const set = basename(resolve(directory)) === 'pages' ? basename(resolve(directory, '..')) : basename(resolve(directory));
      const pages = pagesOf(directory).slice(0, options.limit);
      for (const [index, benchPage] of pages.entries()) {
        const row: Row = { set, id: benchPage.id, ms: {}, injectMs: {} };
        const path = `/page/${served.size}`;
        served.set(path, benchPage.html);
        // Alternate the order so that neither side always runs on a warmer machine.
        const order = index % 2 ? [...MEASURES].reverse() : MEASURES;
        for (const what of order) {
          const outcome = await measure(browser, server, what === 'readability' ? code.peer : code.ours, path, what);
          if ('error' in outcome) {
            (row.errors ??= []).push(`${what}: ${outcome.error}`);
            continue;
          }
          row.ms[what] = round(outcome.ms);
          row.injectMs[what] = round(outcome.injectMs);
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
    server.close();
  }

  const lines: string[] = [
    `Chromium ${version}; each measurement in a fresh browser context: load the bundle ("load"), then the first call ("call")`,
    '',
  ];
  const sets = [...new Set(results.map((row) => row.set))];
  const summary: Record<string, unknown> = {};
  const total = (row: Row, what: Measure) =>
    row.ms[what] === undefined || row.injectMs[what] === undefined ? undefined : row.ms[what]! + row.injectMs[what]!;
  for (const set of sets.length > 1 ? [...sets, 'all'] : sets) {
    const rows = results.filter((row) => set === 'all' || row.set === set);
    const stat = (values: Array<number | undefined>) => {
      const known = values.filter((value): value is number => value !== undefined);
      return { n: known.length, median: quantile(known, 0.5), p95: quantile(known, 0.95), max: Math.max(...known) };
    };
    const figures = Object.fromEntries(
      MEASURES.map((what) => [
        what,
        {
          load: stat(rows.map((row) => row.injectMs[what])),
          call: stat(rows.map((row) => row.ms[what])),
          total: stat(rows.map((row) => total(row, what))),
        },
      ]),
    ) as Record<Measure, Record<'load' | 'call' | 'total', ReturnType<typeof stat>>>;
    const ratio = (of: (row: Row, what: Measure) => number | undefined) =>
      quantile(
        rows
          .map((row) => [of(row, 'analyze'), of(row, 'readability')])
          .filter((pair): pair is [number, number] => pair[0] !== undefined && pair[1] !== undefined && pair[1] > 0)
          .map(([ours, peer]) => ours / peer),
        0.5,
      );
    const ratios = { total: ratio(total), call: ratio((row, what) => row.ms[what]) };
    summary[set] = { ...figures, medianRatioAnalyzeToReadability: ratios };
    lines.push(`${set} (${rows.length} pages, ${rows.filter((row) => row.errors).length} with errors)`);
    lines.push('                    load median   call median  call p95   total median  total p95   total max');
    for (const what of MEASURES) {
      const { load, call, total: sum } = figures[what];
      lines.push(
        `  ${what.padEnd(16)}${[load.median, call.median, call.p95, sum.median, sum.p95, sum.max].map((value) => value.toFixed(1).padStart(12)).join('')}`,
      );
    }
    lines.push(
      `  analyzePage / Readability, median of per-page ratios: ${ratios.total.toFixed(2)} load + call, ${ratios.call.toFixed(2)} call alone`,
      '',
    );
  }
  for (const row of results.filter((row) => row.errors)) lines.push(`error ${row.set}/${row.id}: ${row.errors!.join('; ')}`);
  console.log(lines.join('\n'));
  const out = options.out || join('bench-results', `browser-${sets.join('+')}.json`);
  mkdirSync(resolve(out, '..'), { recursive: true });
  writeFileSync(out, `${JSON.stringify({ date: new Date().toISOString(), chromium: version, summary, pages: results }, null, 2)}\n`);
  console.log(`full result: ${out}`);
}

await main();
