/**
 * npm run bench:snapshot -- <corpus dir...> [--limit N] [--repeat N] [--before file.ts] [--part chars] [--part-before chars] [--hostile] [--purpose report]
 *
 * The page's side of a snapshot alone, in Chromium without the extension:
 * lib/dom/snapshot.ts's takeSnapshotInChunks on each page, capped as the
 * content script caps it (each slice timed as the task it is), then the
 * body copied out in parts by postMessage on a
 * MessageChannel (a structured clone, as the port's message is). With
 * --before, another version of snapshot.ts (e.g. `git show REV:lib/dom/snapshot.ts
 * > /tmp/before.ts`) runs on the same page in the same tab, alternately, so
 * that both meet the same load; --part-before sets its part size. Per page,
 * the best of --repeat runs of the longest slice and the longest part
 * (the least preempted run), and their sums. --hostile adds issue 14's
 * enormous pages (500,000 elements, a 50 MB text node). --purpose report
 * takes the popup's snapshot (the same as a cleanup's since session 6,
 * snapshotLimits); by default, a cleanup's. --only keeps the pages whose
 * id holds the text given (--only 500000). Each row also says which slice
 * was the longest (its index, from 0), so that a long task can be placed.
 */
import { chromium } from '@playwright/test';
import { resolve } from 'node:path';
import { bundleForPage, CHROMIUM_ARGS, chromiumPath, pagesOf, quantile } from './chromium';
import { hostilePages } from './synthetic-page';
import { servePages } from './page-server';

function parseArguments(argv: string[]) {
  const options = {
    dirs: [] as string[],
    limit: Infinity,
    repeat: 5,
    before: '',
    part: 32 * 1024,
    partBefore: 128 * 1024,
    hostile: false,
    purpose: 'auto' as 'auto' | 'report',
    only: '',
  };
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index]!;
    if (argument === '--limit') options.limit = Number(argv[++index]);
    else if (argument === '--repeat') options.repeat = Number(argv[++index]);
    else if (argument === '--before') options.before = resolve(argv[++index] ?? '');
    else if (argument === '--part') options.part = Number(argv[++index]);
    else if (argument === '--part-before') options.partBefore = Number(argv[++index]);
    else if (argument === '--hostile') options.hostile = true;
    else if (argument === '--purpose') options.purpose = argv[++index] === 'report' ? 'report' : 'auto';
    else if (argument === '--only') options.only = argv[++index] ?? '';
    else options.dirs.push(argument);
  }
  return options;
}

// As the content script does: the analysis budget's caps for the purpose, its clock, and the body sent in the chunks it was
// taken in (takeSnapshotInChunks) where the version has them, else joined and cut into parts.
const runner = (module: string, name: string, purpose: string) => `
import * as snapshots from '${module}';
import { snapshotLimits } from '${resolve('lib/analysis-budget.ts')}';
globalThis['${name}'] = async (part) => {
  const slices = [];
  let start = performance.now();
  const pause = () => new Promise((done) => setTimeout(done, 0));
  const timedPause = async () => { slices.push(performance.now() - start); await pause(); start = performance.now(); };
  // The content script's clock as well (a version without one ignores it): a slice ends after 8 ms.
  const options = { ...snapshotLimits('${purpose}'), clock: { now: () => performance.now(), sliceMs: 8 } };
  const chunks = snapshots.takeSnapshotInChunks
    ? (await snapshots.takeSnapshotInChunks(document, location.href, timedPause, options)).chunks
    : [(await snapshots.takeSnapshotInSlices(document, location.href, timedPause, options)).body];
  slices.push(performance.now() - start);
  const channel = new MessageChannel();
  channel.port2.onmessage = () => {};
  const parts = [];
  let chars = 0;
  for (const chunk of chunks) {
    chars += chunk.length;
    for (let offset = 0; offset < chunk.length; offset += part) {
      const at = performance.now();
      channel.port1.postMessage({ type: 'snapshot-part', part: chunk.slice(offset, offset + part) });
      parts.push(performance.now() - at);
      await pause();
    }
  }
  channel.port1.close();
  return { chars, slices, parts };
};`;

const options = parseArguments(process.argv.slice(2));
const after = await bundleForPage(runner(resolve('lib/dom/snapshot.ts'), 'unspunAfter', options.purpose));
const before = options.before ? await bundleForPage(runner(options.before, 'unspunBefore', options.purpose)) : null;
let current = '';
const server = await servePages(() => current);
const origin = `${server.origin}/`;
const browser = await chromium.launch({ executablePath: await chromiumPath(), headless: true, args: CHROMIUM_ARGS });
const page = await browser.newPage();
type Run = { chars: number; slices: number[]; parts: number[] };
const rows: Array<{ id: string; chars: number; after: number[]; before: number[] | null }> = [];
const benchPages = [
  ...options.dirs.flatMap((directory) => pagesOf(directory).slice(0, options.limit)),
  ...(options.hostile ? hostilePages() : []),
].filter((benchPage) => benchPage.id.includes(options.only));
{
  for (const benchPage of benchPages) {
    current = benchPage.html;
    await page.goto(origin, { waitUntil: 'load', timeout: 600_000 });
    await page.evaluate(`${after};${before ?? ''}`);
    const best = { after: [Infinity, Infinity, Infinity, Infinity, 0], before: [Infinity, Infinity, Infinity, Infinity, 0] };
    let chars = 0;
    for (let round = 0; round < options.repeat; round++) {
      for (const side of before ? (['before', 'after'] as const) : (['after'] as const)) {
        const run = (await page.evaluate(
          `unspun${side === 'after' ? 'After' : 'Before'}(${side === 'after' ? options.part : options.partBefore})`,
        )) as Run;
        chars = run.chars;
        const longest = Math.max(...run.slices);
        const figures = [
          longest,
          Math.max(0, ...run.parts),
          run.slices.reduce((a, b) => a + b, 0),
          run.slices.length,
          run.slices.indexOf(longest),
        ];
        // The least preempted run: the smallest longest slice, with its figures.
        if (figures[0]! + figures[1]! < best[side][0]! + best[side][1]!) best[side] = figures;
      }
    }
    rows.push({ id: benchPage.id, chars, after: best.after, before: before ? best.before : null });
  }
}
await browser.close();
server.close();
const r = (value: number) => (Math.round(value * 10) / 10).toFixed(1);
console.log(`page                          chars   ${before ? 'before: slice  part  total  n at | ' : ''}after: slice  part  total  n at`);
for (const row of rows) {
  const cells = (figures: number[]) =>
    `${r(figures[0]!).padStart(6)}${r(figures[1]!).padStart(6)}${r(figures[2]!).padStart(7)}${String(figures[3]).padStart(3)}${String(figures[4]).padStart(4)}`;
  console.log(
    `${row.id.slice(0, 28).padEnd(28)}${String(row.chars).padStart(8)}   ${row.before ? `${cells(row.before)}  | ` : ''}${cells(row.after)}`,
  );
}
const summary = (pick: (row: (typeof rows)[number]) => number[] | null, index: number) => {
  const values = rows
    .map(pick)
    .filter((figures): figures is number[] => !!figures)
    .map((figures) => figures[index]!);
  return `median ${r(quantile(values, 0.5))} p95 ${r(quantile(values, 0.95))} max ${r(Math.max(...values))}`;
};
for (const [index, name] of ['longest slice', 'longest part', 'slices total'].entries()) {
  console.log(`${name}: ${before ? `before ${summary((row) => row.before, index)}; ` : ''}after ${summary((row) => row.after, index)}`);
}
