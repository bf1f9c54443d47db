/**
 * npm run bench:perf -- <corpus dir...> [--limit N] [--out file.json] [--scale 1000,3000,...] [--settle ms] [--output dir] [--trace]
 *                        [--mode rule|global|both]
 *
 * What the extension costs the pages it runs in, measured in Debian's
 * Chromium with the built extension (the end-to-end build, which records the
 * content script's own work as User Timing measures: entrypoints/content/timing.ts),
 * against the same page without the extension, in the same run:
 *
 *   added main-thread time   the renderer's TaskDuration (CDP Performance.getMetrics, from an
 *                            empty page of the same origin to: load, our hide list applied,
 *                            then --settle ms) with the extension minus without (the same
 *                            browser and profile, the page served as localhost, which no rule
 *                            covers); and the part measured as ours
 *                            (snapshot slices + sending + applying the hide list)
 *   longest task, ours       the longest of our slices (a slice, and the sending that follows it
 *                            in the same task, count as one)
 *   longest task, page       the longest task the page's Long Tasks observer saw, with and without
 *   DCL → hidden             from DOMContentLoaded to the hide list applied
 *   popup → report           opening popup.html for the tab until the verdict is on screen
 *   popup again              the same, opened a second time on the unchanged page
 *   Readability              Mozilla Readability's parse() on the page, cold, for reference
 *
 * Pages are served from memory on 127.0.0.1 (the e2e build's only host
 * permission; every other request is aborted: no network) with a site rule
 * for 127.0.0.1 that cleans on its own. Before the rule, the first popup of
 * the session is timed on the first page (the analysis host just opened).
 * The scaling series runs synthetic pages of 1k to 300k elements and fits the
 * log-log slope of our time against the number of elements.
 *
 * Corpus dirs: ../shared/corpus/readability-pages, bench/mt-pages/pages.
 * --trace: a Chromium trace of each load, read in CPU time (bench/main-thread-trace.ts).
 * --mode: how the extension is set to clean. rule (the default): the site rule above. global: no rule, and
 * "Clean every page that looks machine-translated" on, as the options page saves it, with the all-sites
 * permission it asks for (given in a copy of the build's manifest: no automation can answer the browser's
 * prompt); each page is analysed and hidden in only where its score reaches the threshold, and the time
 * to the answer is timed on every page (no popups). both: the rule's pages, then the global mode's.
 * --output: another build's output folder (as wxt writes .output, with
 * chrome-mv3 and e2e/chrome-mv3), to compare a build before a change.
 */
import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { loadavg, tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { bundleForPage, CHROMIUM_ARGS, chromiumPath, pagesOf, quantile, type BenchPage } from './chromium';
import { scaleSizes, syntheticPage } from './synthetic-page';
import { benchArguments } from './arguments';
import { createRule, DEFAULT_SETTINGS } from '../lib/rules/model';
import { EVERY_PAGE_SCRIPT_ID, RULES_SCRIPT_ID } from '../lib/rules/auto-clean-scripts';
import { endTrace, mainThreadTime, startTrace, type MainThreadTime } from './main-thread-trace';
import { BLANK_PAGE, onlyFrom, servePages } from './page-server';
import { withAllSites } from '../scripts/all-sites-build';

function parseArguments(argv: string[]) {
  const args = benchArguments(['limit', 'out', 'scale', 'settle', 'output', 'mode'], argv);
  const mode = args.value('mode', 'rule');
  if (mode !== 'rule' && mode !== 'global' && mode !== 'both') {
    console.error('--mode takes rule, global or both');
    process.exit(2);
  }
  const limit = args.has('limit') ? Number(args.value('limit')) : Infinity;
  if (!(limit > 0)) {
    console.error('Usage: npm run bench:perf -- <corpus dir...> (../shared/corpus/readability-pages, bench/mt-pages/pages) [--limit N]');
    process.exit(2);
  }
  return {
    dirs: args.files,
    limit,
    out: args.value('out', ''),
    scale: args.has('scale') ? scaleSizes(args.value('scale')) : [1000, 3000, 10_000, 30_000, 100_000, 300_000],
    settle: Number(args.value('settle', '1000')),
    output: args.value('output', '.output'),
    trace: args.has('trace'),
    mode: mode as 'rule' | 'global' | 'both',
  };
}

/**
 * The bench rule's own selector: it matches nothing, so what is hidden is the
 * built-in detection's alone, but the rule's style sheet is inserted at
 * document_start as any rule's with selectors is, and timed.
 */
const RULE_SELECTOR = '.unspun-bench-rule-selector';

/** Long tasks (50 ms or more, the browser's own count) of the page's main thread, from the start (buffered). */
const LONG_TASKS = `
  window.__longTasks = [];
  new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.__longTasks.push([entry.startTime, entry.duration]); })
    .observe({ type: 'longtask', buffered: true });
`;

interface LoadOutcome {
  taskMs: number;
  longestTaskMs: number;
  /** With --trace: the page's main thread in a Chromium trace of the load (bench/main-thread-trace.ts). */
  trace?: MainThreadTime;
  ours?: {
    totalMs: number;
    longestTaskMs: number;
    slices: number;
    dclToHiddenMs: number | null;
    /**
     * DOMContentLoaded → the host's answer in the page (the first slice of the hide list, or the mark that
     * nothing is to be hidden: the global mode's verdict on a page it leaves alone).
     */
    dclToAnswerMs: number | null;
    /** When the rule's style sheet was in the page, ms before DOMContentLoaded (negative: after). */
    ruleStyleBeforeDclMs: number | null;
    /** Whether it was in before the page's first paint. */
    ruleStyleBeforePaint: boolean | null;
    /**
     * The longest of the browser's long tasks (50 ms or more) that ran one of our measures, 0 when none did: a
     * task of ours over 50 ms as the browser counts it, where `longestTaskMs` joins measures that merely touch.
     */
    longTaskWithOursMs: number;
    /** The host answered with an error (the page stays as it is; the content script marks it "unspun:no-answer"). */
    failed: boolean;
    hidden: number;
    /** Each measure: name, start (ms after navigation), duration. */
    measures: Array<[string, number, number]>;
  };
}

/**
 * Loads the page, waits for our hide list (when `ours`) and then `settle` ms,
 * and reads the main thread's figures. The tab first opens an empty page of
 * the same origin, so that the renderer's task time is counted from there:
 * a renderer may serve several tabs of a site in turn.
 */
async function load(page: Page, url: string, ours: boolean, settle: number, trace = false): Promise<LoadOutcome> {
  await page.addInitScript(LONG_TASKS);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  // Polled over CDP in the page's own world, the same way with and without the extension: Playwright's
  // waitForFunction would first compile its injected script in the page (tens of ms) and poll on every
  // animation frame (a frame drawn each time), and only in the loads that wait for us.
  const applied = async (timeout: number) => {
    const until = Date.now() + timeout;
    for (;;) {
      const { result } = await cdp.send('Runtime.evaluate', {
        expression: `performance.getEntriesByName('unspun:apply').length > 0 || performance.getEntriesByName('unspun:nothing-hidden').length > 0 || performance.getEntriesByName('unspun:no-answer').length > 0`,
        returnByValue: true,
      });
      if (!ours || result.value === true || Date.now() > until) return;
      await new Promise((done) => setTimeout(done, 50));
    }
  };
  await page.goto(new URL('/blank', url).href, { waitUntil: 'load' });
  await applied(10_000);
  const taskMetric = async () =>
    ((await cdp.send('Performance.getMetrics')).metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? 0) * 1000;
  const baseline = await taskMetric();
  if (trace) await startTrace(cdp);
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await applied(60_000);
  await page.waitForTimeout(settle);
  const taskMs = (await taskMetric()) - baseline;
  const traced = trace ? mainThreadTime(await endTrace(cdp), url) : null;
  await cdp.detach();
  const figures = await page.evaluate(() => {
    const measures = performance
      .getEntriesByType('measure')
      .filter((entry) => entry.name.startsWith('unspun:'))
      .map((entry) => ({ name: entry.name, start: entry.startTime, end: entry.startTime + entry.duration }));
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return {
      measures,
      dcl: navigation?.domContentLoadedEventStart ?? null,
      firstPaint: performance.getEntriesByName('first-paint')[0]?.startTime ?? null,
      longTasks: (window as unknown as { __longTasks: Array<[number, number]> }).__longTasks ?? [],
      hidden: document.querySelectorAll('[data-unspun-hidden]').length,
    };
  });
  const outcome: LoadOutcome = { taskMs, longestTaskMs: Math.max(0, ...figures.longTasks.map(([, duration]) => duration)) };
  if (traced) outcome.trace = traced;
  if (ours) {
    // Measures that touch (a slice, then the sending in the same task) are one task.
    const tasks: number[] = [];
    let last: { start: number; end: number } | null = null;
    for (const measure of [...figures.measures].sort((a, b) => a.start - b.start)) {
      if (last && measure.start - last.end < 0.5) {
        tasks[tasks.length - 1]! += measure.end - measure.start;
      } else tasks.push(measure.end - measure.start);
      last = measure;
    }
    const apply = figures.measures.find((measure) => measure.name === 'unspun:apply');
    const answered = figures.measures
      .filter((measure) => ['unspun:apply', 'unspun:apply-part', 'unspun:nothing-hidden'].includes(measure.name))
      .sort((a, b) => a.start - b.start)[0];
    const ruleStyle = figures.measures.find((measure) => measure.name === 'unspun:rule-style');
    outcome.ours = {
      totalMs: figures.measures.reduce((sum, measure) => sum + measure.end - measure.start, 0),
      longestTaskMs: Math.max(0, ...tasks),
      slices: figures.measures.filter((measure) => measure.name === 'unspun:snapshot').length,
      dclToHiddenMs: apply && figures.dcl !== null ? apply.end - figures.dcl : null,
      dclToAnswerMs: answered && figures.dcl !== null ? answered.start - figures.dcl : null,
      ruleStyleBeforeDclMs: ruleStyle && figures.dcl !== null ? figures.dcl - ruleStyle.end : null,
      ruleStyleBeforePaint: ruleStyle ? figures.firstPaint === null || ruleStyle.end <= figures.firstPaint : null,
      longTaskWithOursMs: Math.max(
        0,
        ...figures.longTasks
          .filter(([start, duration]) => figures.measures.some((measure) => measure.start < start + duration && measure.end > start))
          .map(([, duration]) => duration),
      ),
      failed: figures.measures.some((measure) => measure.name === 'unspun:no-answer'),
      hidden: figures.hidden,
      measures: figures.measures.map((measure) => [measure.name.slice(7), round(measure.start)!, round(measure.end - measure.start)!]),
    };
  }
  return outcome;
}

/**
 * Opens the popup for the tab showing `page` and times it until the verdict is on screen;
 * `shells` gets the part of it spent before the popup's own scripts had run (its DOMContentLoaded).
 */
async function popupReport(
  context: BrowserContext,
  page: Page,
  extensionId: string,
  timeout = 60_000,
  shells: number[] = [],
  steps: Array<Record<string, number>> = [],
): Promise<number | null> {
  await page.bringToFront();
  const worker = context.serviceWorkers()[0]!;
  const tabId = await worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? null);
  if (tabId === null) return null;
  const popup = await context.newPage();
  // The frame in which the verdict, and the article, were first drawn, as the popup's own clock saw it: the
  // harness's polling over CDP comes hundreds of milliseconds later on a loaded machine (and waits for the page
  // to be idle), so the popup's steps are read from here.
  await popup.addInitScript(ON_SCREEN);
  // Polled over CDP with a one-line expression, as the page loads are: Playwright's locators would compile its
  // injected script in the popup (hundreds of ms at load 15) while the popup's own first script waits to run,
  // on the main thread the popup shares with the analysis host (one renderer for the extension's pages).
  const cdp = await context.newCDPSession(popup);
  const seen = async (selector: string, within: number): Promise<boolean> => {
    const until = Date.now() + within;
    for (;;) {
      const { result } = await cdp
        .send('Runtime.evaluate', { expression: `!!document.querySelector(${JSON.stringify(selector)})`, returnByValue: true })
        .catch(() => ({ result: { value: false } }));
      if (result.value === true) return true;
      if (Date.now() > until) return false;
      await new Promise((done) => setTimeout(done, 20));
    }
  };
  try {
    const start = Date.now();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`, { waitUntil: 'commit' });
    if (!(await seen('[data-testid="verdict"], [data-testid="error"]', timeout))) throw new Error(`no verdict within ${timeout} ms`);
    const total = Date.now() - start;
    // An error screen is not a report: not timed as one (the analysis failed on 4 corpus pages once, and
    // their error screens were counted as verdicts), and named so that it is seen.
    const { result: failed } = await cdp.send('Runtime.evaluate', {
      expression: `document.querySelector('[data-testid="error"]')?.textContent ?? null`,
      returnByValue: true,
    });
    if (typeof failed.value === 'string') throw new Error(`the popup shows an error on ${page.url()}: ${failed.value}`);
    // The article with its flags may be drawn just after the verdict: when it is on screen as well.
    const article = (await seen('[data-testid="article"]', 10_000)) ? Date.now() - start : null;
    // The popup's clock starts at its navigation (performance.timeOrigin, on the machine's epoch clock as Date.now() is).
    const shellEnd = await popup.evaluate(() => {
      const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      return navigation ? performance.timeOrigin + navigation.domContentLoadedEventEnd : null;
    });
    if (shellEnd !== null) shells.push(Math.max(0, shellEnd - start));
    // Each step of the popup's path (components/timeline.ts) in ms after the popup was opened.
    // (No functions declared inside: tsx would name them with a helper the page does not have.)
    const popupSteps = (await popup.evaluate(() => {
      const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      return [
        ['popup:response end', performance.timeOrigin + (navigation?.responseEnd ?? -Infinity)],
        ['popup:DOMContentLoaded', performance.timeOrigin + (navigation?.domContentLoadedEventEnd ?? -Infinity)],
        ...((globalThis as { unspunTimeline?: Array<[string, number]> }).unspunTimeline ?? []),
        ...((globalThis as { unspunOnScreen?: Array<[string, number]> }).unspunOnScreen ?? []),
      ];
    })) as Array<[string, number] | [string, number, number]>;
    const backgroundSteps = (await worker.evaluate(() => {
      const scope = globalThis as { unspunTimeline?: Array<[string, number]> };
      const timeline = scope.unspunTimeline ?? [];
      scope.unspunTimeline = [];
      return timeline;
    })) as Array<[string, number] | [string, number, number]>;
    // The analysis host's steps (entrypoints/offscreen/main.ts), asked by the service worker as the background asks it.
    const hostSteps = (await worker
      .evaluate(() => chrome.runtime.sendMessage({ type: 'unspun:timeline', target: 'analysis-host' }))
      .catch(() => [])) as Array<[string, number] | [string, number, number]>;
    // The content script's work in the page for this popup (its User Timing measures, entrypoints/content/timing.ts).
    const contentSteps = (await page.evaluate(() =>
      performance
        .getEntriesByType('measure')
        .filter((entry) => entry.name.startsWith('unspun:'))
        .map((entry) => [entry.name, performance.timeOrigin + entry.startTime, entry.duration]),
    )) as Array<[string, number, number]>;
    const ours = contentSteps.filter(([, at]) => at >= start);
    const contentMarks: Array<[string, number]> = ours.length
      ? [
          ['content:snapshot begun', Math.min(...ours.map(([, at]) => at))],
          ['content:snapshot sent', Math.max(...ours.map(([, at, duration]) => at + duration))],
        ]
      : [];
    const step: Record<string, number> = {};
    for (const [name, at, ms] of [...popupSteps, ...backgroundSteps, ...(Array.isArray(hostSteps) ? hostSteps : []), ...contentMarks]) {
      if (at < start) continue;
      // A stage that took time (the host's analysis stages): how long, summed over its runs, under its name.
      if (ms !== undefined) step[`${STAGE}${name}`] = round((step[`${STAGE}${name}`] ?? 0) + ms)!;
      else step[name] ??= round(at - start)!;
    }
    // The content script's own work for the popup, by its clock (its measures' sum: a wall-clock upper bound of its CPU).
    if (ours.length) step[CONTENT_WORK] = round(ours.reduce((sum, [, , duration]) => sum + duration, 0))!;
    step['popup:verdict seen'] = total;
    if (article !== null) step['popup:article seen'] = article;
    steps.push(step);
    return total;
  } catch (error) {
    process.stderr.write(`popup: ${String(error).split('\n')[0]}\n`);
    return null;
  } finally {
    await cdp.detach().catch(() => undefined);
    await popup.close();
  }
}

/** Prefix of the figures that are how long a stage took, not when a step came. */
const STAGE = 'ms of ';

/** Not a step: the sum of the content script's measures for the popup, ms (a wall-clock bound of its CPU). */
const CONTENT_WORK = 'content:work';

/** Records the frame (requestAnimationFrame, just before it is painted) in which the verdict and the article first show. */
const ON_SCREEN = `
  globalThis.unspunOnScreen = [];
  const wanted = { verdict: '[data-testid="verdict"], [data-testid="error"]', article: '[data-testid="article"]' };
  const frame = () => {
    for (const [name, selector] of Object.entries(wanted)) {
      if (document.querySelector(selector)) {
        globalThis.unspunOnScreen.push(['popup:' + name + ' drawn', performance.timeOrigin + performance.now()]);
        delete wanted[name];
      }
    }
    if (Object.keys(wanted).length) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
`;

const READABILITY = `
import { Readability } from '@mozilla/readability';
globalThis.unspunReadability = () => { const start = performance.now(); new Readability(document.cloneNode(true)).parse(); return performance.now() - start; };
`;

function sizes(directory: string) {
  const file = (path: string) => {
    const bytes = readFileSync(join(directory, path));
    return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  };
  return { 'content-scripts/content.js': file('content-scripts/content.js') };
}

/** DOMContentLoaded → hidden in its phases, ms: until our first slice, the snapshot sent, the answer back, the hide list applied. */
interface ScalePhases {
  toFirstSlice: number | null;
  snapshot: number | null;
  answer: number | null;
  apply: number | null;
}

function phasesOf(measures: Array<[string, number, number]>, dclToHiddenMs: number | null): ScalePhases | null {
  const apply = measures.find(([name]) => name === 'apply');
  const work = measures.filter(([name]) => name === 'snapshot' || name === 'send');
  if (!apply || !work.length || dclToHiddenMs === null) return null;
  const dcl = apply[1] + apply[2] - dclToHiddenMs;
  const first = Math.min(...work.map(([, start]) => start));
  const sent = Math.max(...work.filter(([, start]) => start < apply[1]).map(([, start, ms]) => start + ms));
  return { toFirstSlice: round(first - dcl), snapshot: round(sent - first), answer: round(apply[1] - sent), apply: round(apply[2]) };
}

/** Least-squares slope of log(y) against log(x). */
function logLogSlope(points: Array<[number, number]>): number {
  const usable = points.filter(([x, y]) => x > 0 && y > 0).map(([x, y]) => [Math.log(x), Math.log(y)] as const);
  const n = usable.length;
  if (n < 2) return NaN;
  const mx = usable.reduce((sum, [x]) => sum + x, 0) / n;
  const my = usable.reduce((sum, [, y]) => sum + y, 0) / n;
  const sxy = usable.reduce((sum, [x, y]) => sum + (x - mx) * (y - my), 0);
  const sxx = usable.reduce((sum, [x]) => sum + (x - mx) ** 2, 0);
  return sxy / sxx;
}

const round = (value: number | null | undefined) => (value === null || value === undefined ? null : Math.round(value * 10) / 10);

/**
 * Sets the extension to clean as `mode` says, through the storage keys the options page writes (the
 * background re-registers its content script on the change), and waits until the script is registered.
 */
async function setMode(worker: Worker, mode: 'rule' | 'global'): Promise<void> {
  const settings = { ...DEFAULT_SETTINGS, autoCleanAboveThreshold: mode === 'global' };
  // A site rule for the server's host that cleans on its own, or none.
  const rules = mode === 'rule' ? [createRule('http://127.0.0.1/*', { id: 'bench', removeSelectors: [RULE_SELECTOR] })] : [];
  await worker.evaluate(async ([rules, settings]) => chrome.storage.sync.set({ rules, settings }), [rules, settings] as const);
  const wanted = mode === 'rule' ? RULES_SCRIPT_ID : EVERY_PAGE_SCRIPT_ID;
  const registered = async () =>
    worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((script) => script.id));
  for (let attempt = 0; ; attempt++) {
    const ids = await registered();
    // Both keys' changes re-register, one after the other: settled when only the wanted script is there twice running.
    if (ids.length === 1 && ids[0] === wanted) {
      await new Promise((done) => setTimeout(done, 1000));
      const again = await registered();
      if (again.length === 1 && again[0] === wanted) break;
    }
    if (attempt > 100) throw new Error(`the ${mode} mode's content script was not registered`);
    await new Promise((done) => setTimeout(done, 100));
  }
  if (mode === 'global') {
    // Every page is the global mode's: the loads without the extension, served as localhost, are kept from it.
    await worker.evaluate(
      async ([id]) =>
        chrome.scripting.updateContentScripts([{ id, js: ['/content-scripts/content.js'], excludeMatches: ['*://localhost/*'] }]),
      [EVERY_PAGE_SCRIPT_ID] as const,
    );
  }
}

async function main() {
  const options = parseArguments(process.argv.slice(2));
  const modes: Array<'rule' | 'global'> = options.mode === 'both' ? ['rule', 'global'] : [options.mode];
  const EXTENSION_DIR = modes.includes('global')
    ? withAllSites(resolve(options.output, 'e2e/chrome-mv3'))
    : resolve(options.output, 'e2e/chrome-mv3');
  const SHIPPED_DIR = resolve(options.output, 'chrome-mv3');
  const corpus: Array<BenchPage & { set: string }> = [];
  for (const directory of options.dirs) {
    const set = basename(resolve(directory)) === 'pages' ? basename(resolve(directory, '..')) : basename(resolve(directory));
    corpus.push(
      ...pagesOf(directory)
        .slice(0, options.limit)
        .map((page) => ({ ...page, set })),
    );
  }
  const served = new Map<string, string>();
  corpus.forEach((page, index) => served.set(`/page/${index}`, page.html));
  for (const elements of options.scale) served.set(`/scale/${elements}`, syntheticPage(elements));
  served.set('/blank', BLANK_PAGE);
  const server = await servePages((path) => served.get(path));
  const readability = await bundleForPage(READABILITY);

  const withExtension = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'unspun-perf-')), {
    executablePath: await chromiumPath(),
    headless: true,
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`],
  });
  const plain = await chromium.launch({ executablePath: await chromiumPath(), headless: true, args: CHROMIUM_ARGS });
  await onlyFrom(withExtension, server);
  const worker = withExtension.serviceWorkers()[0] ?? (await withExtension.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const version = plain.version();

  const report: Record<string, unknown> = {
    date: new Date().toISOString(),
    chromium: version,
    output: options.output,
    loadAverage: loadavg(),
    sizes: { shipped: sizes(SHIPPED_DIR) },
  };
  try {
    // The first popup of the session, before any page was cleaned: the analysis host has just opened.
    let firstPopupMs: number | null = null;
    if (corpus.length) {
      const page = await withExtension.newPage();
      await page.goto(`${server.origin}/page/0`, { waitUntil: 'load' });
      firstPopupMs = await popupReport(withExtension, page, extensionId);
      await page.close();
    }
    report.firstPopupMs = firstPopupMs;

    type Row = {
      /** How the extension was set to clean (--mode). */
      mode: 'rule' | 'global';
      set: string;
      id: string;
      with?: LoadOutcome;
      without?: LoadOutcome;
      popupMs?: number | null;
      popupAgainMs?: number | null;
      /** Of popupMs, the time until the popup's own scripts had run. */
      popupShellMs?: number | null;
      /** The popup's steps (components/timeline.ts), ms after it was opened. */
      popupSteps?: Record<string, number>;
      readabilityMs?: number;
      errors?: string[];
    };
    const rows: Row[] = [];
    for (const mode of modes) {
      await setMode(worker, mode);
      for (const [index, benchPage] of corpus.entries()) {
        const row: Row = { mode, set: benchPage.set, id: benchPage.id };
        const url = `${server.origin}/page/${index}`;
        const runWith = async () => {
          const page = await withExtension.newPage();
          try {
            row.with = await load(page, url, true, options.settle, options.trace);
            // The global mode pays the auto-clean budget (issue 13), not the popup's: no popups there.
            if (mode === 'global') return;
            const shells: number[] = [];
            const steps: Array<Record<string, number>> = [];
            row.popupMs = await popupReport(withExtension, page, extensionId, 60_000, shells, steps);
            row.popupShellMs = shells[0] ?? null;
            row.popupSteps = steps[0];
            row.popupAgainMs = await popupReport(withExtension, page, extensionId);
          } finally {
            await page.close();
          }
        };
        const runWithout = async () => {
          // The same browser and profile, on a host name no rule covers (nor the e2e build's permission): nothing of ours runs.
          const page = await withExtension.newPage();
          try {
            row.without = await load(page, url.replace('127.0.0.1', 'localhost'), false, options.settle, options.trace);
          } finally {
            await page.close();
          }
          // Readability's reference time, cold: a fresh context of a browser without the extension.
          const context = await plain.newContext();
          try {
            await onlyFrom(context, server);
            const fresh = await context.newPage();
            await fresh.goto(url, { waitUntil: 'domcontentloaded' });
            row.readabilityMs = (await fresh.evaluate(`${readability};unspunReadability()`)) as number;
          } finally {
            await context.close();
          }
        };
        // Alternate the order so that neither side always runs on a warmer machine.
        for (const run of index % 2 ? [runWithout, runWith] : [runWith, runWithout]) {
          try {
            await run();
          } catch (error) {
            (row.errors ??= []).push(String((error as Error).message ?? error).split('\n')[0]!);
          }
        }
        rows.push(row);
        if ((index + 1) % 10 === 0) process.stderr.write(`${mode} ${index + 1}/${corpus.length}\n`);
      }
    }
    // The scaling series under the site rule, as before (the global mode's when it runs alone).
    if (modes.length > 1) await setMode(worker, 'rule');

    const scaling: Array<{
      elements: number;
      oursMs: number | null;
      longestOursMs: number | null;
      longTaskWithOursMs: number | null;
      slices: number | null;
      dclToHiddenMs: number | null;
      hidden: number | null;
      popupMs: number | null;
      /** Where DOMContentLoaded → hidden went (ms, from our measures): see phasesOf. */
      phases: ScalePhases | null;
      /** With --trace: the page's main thread in CPU time (bench/main-thread-trace.ts). */
      trace: MainThreadTime | null;
      measures: Array<[string, number, number]> | null;
    }> = [];
    for (const elements of options.scale) {
      const page = await withExtension.newPage();
      try {
        const outcome = await load(page, `${server.origin}/scale/${elements}`, true, options.settle, options.trace);
        const popupMs = elements <= 100_000 ? await popupReport(withExtension, page, extensionId, 120_000) : null;
        scaling.push({
          elements,
          oursMs: round(outcome.ours?.totalMs),
          longestOursMs: round(outcome.ours?.longestTaskMs),
          longTaskWithOursMs: round(outcome.ours?.longTaskWithOursMs),
          slices: outcome.ours?.slices ?? null,
          dclToHiddenMs: round(outcome.ours?.dclToHiddenMs),
          hidden: outcome.ours?.hidden ?? null,
          popupMs,
          phases: outcome.ours ? phasesOf(outcome.ours.measures, outcome.ours.dclToHiddenMs) : null,
          trace: outcome.trace ?? null,
          measures: outcome.ours?.measures ?? null,
        });
      } finally {
        await page.close();
      }
      process.stderr.write(`scale ${elements}\n`);
    }

    // Summary.
    const lines: string[] = [
      `Chromium ${version}; ${corpus.length} pages, each with the extension (${modes
        .map((mode) => (mode === 'rule' ? 'auto-clean rule' : 'global mode'))
        .join(', then ')}) and without, same run; build ${options.output}`,
      `load average at the start ${(report.loadAverage as number[]).map((value) => value.toFixed(1)).join(', ')}, at the end ${loadavg()
        .map((value) => value.toFixed(1))
        .join(', ')}`,
      '',
    ];
    const stat = (values: Array<number | null | undefined>) => {
      const known = values.filter((value): value is number => typeof value === 'number' && Number.isFinite(value));
      return { n: known.length, median: round(quantile(known, 0.5)), p95: round(quantile(known, 0.95)), max: round(Math.max(...known)) };
    };
    const added = (row: Row, figure: 'busyMs' | 'busyCpuMs') =>
      row.with?.trace && row.without?.trace ? row.with.trace[figure] - row.without.trace[figure] : null;
    const sets = [...new Set(rows.map((row) => row.set))];
    const summary: Record<string, Record<string, ReturnType<typeof stat>>> = {};
    const groups = modes.flatMap((mode) => (sets.length > 1 ? [...sets, 'all'] : sets).map((set) => ({ mode, set })));
    for (const { mode, set: setName } of groups) {
      // The rule's figures under the set's name as before; the global mode's as "global:<set>".
      const set = mode === 'rule' ? setName : `global:${setName}`;
      const subset = rows.filter((row) => row.mode === mode && (setName === 'all' || row.set === setName));
      summary[set] = {
        addedMainThreadMs: stat(subset.map((row) => (row.with && row.without ? row.with.taskMs - row.without.taskMs : null))),
        oursMs: stat(subset.map((row) => row.with?.ours?.totalMs)),
        longestTaskOursMs: stat(subset.map((row) => row.with?.ours?.longestTaskMs)),
        longTaskWithOursMs: stat(subset.map((row) => row.with?.ours?.longTaskWithOursMs)),
        longestTaskWithMs: stat(subset.map((row) => row.with?.longestTaskMs)),
        longestTaskWithoutMs: stat(subset.map((row) => row.without?.longestTaskMs)),
        dclToHiddenMs: stat(subset.map((row) => row.with?.ours?.dclToHiddenMs)),
        dclToAnswerMs: stat(subset.map((row) => row.with?.ours?.dclToAnswerMs)),
        hidden: stat(subset.map((row) => row.with?.ours?.hidden)),
        ruleStyleBeforeDclMs: stat(subset.map((row) => row.with?.ours?.ruleStyleBeforeDclMs)),
        popupMs: stat(subset.map((row) => row.popupMs)),
        popupAgainMs: stat(subset.map((row) => row.popupAgainMs)),
        popupShellMs: stat(subset.map((row) => row.popupShellMs)),
        popupVerdictDrawnMs: stat(subset.map((row) => row.popupSteps?.['popup:verdict drawn'])),
        popupArticleDrawnMs: stat(subset.map((row) => row.popupSteps?.['popup:article drawn'])),
        popupContentWorkMs: stat(subset.map((row) => row.popupSteps?.[CONTENT_WORK])),
        readabilityMs: stat(subset.map((row) => row.readabilityMs)),
        ...(options.trace
          ? {
              traceAddedBusyMs: stat(subset.map((row) => added(row, 'busyMs'))),
              traceAddedCpuMs: stat(subset.map((row) => added(row, 'busyCpuMs'))),
              traceOursMs: stat(subset.map((row) => row.with?.trace?.oursMs)),
              traceOursCpuMs: stat(subset.map((row) => row.with?.trace?.oursCpuMs)),
              traceOursTasks: stat(subset.map((row) => row.with?.trace?.oursTasks)),
              traceOursScriptCpuMs: stat(subset.map((row) => row.with?.trace?.oursScriptCpuMs)),
              traceLongestOursScriptCpuMs: stat(subset.map((row) => row.with?.trace?.longestOursScriptCpuMs)),
              traceLongestOursMs: stat(subset.map((row) => row.with?.trace?.longestOursMs)),
              traceLongestOursCpuMs: stat(subset.map((row) => row.with?.trace?.longestOursCpuMs)),
              traceLongestWithCpuMs: stat(subset.map((row) => row.with?.trace?.longestCpuMs)),
              traceLongestWithoutCpuMs: stat(subset.map((row) => row.without?.trace?.longestCpuMs)),
            }
          : {}),
      };
      lines.push(`${set} (${subset.length} pages, ${subset.filter((row) => row.errors).length} with errors)`);
      const failed = subset.filter((row) => row.with?.ours?.failed);
      if (failed.length)
        lines.push(`  the analysis answered with an error on ${failed.length} pages: ${failed.map((row) => row.id).join(', ')}`);
      if (mode === 'global') {
        const hidOn = subset.filter((row) => (row.with?.ours?.hidden ?? 0) > 0);
        lines.push(
          `  hid boxes on ${hidOn.length} of ${subset.length} pages${hidOn.length ? `: ${hidOn.map((row) => row.id).join(', ')}` : ''}`,
        );
      }
      lines.push('                                  median       p95       max');
      for (const [name, figures] of Object.entries(summary[set]!)) {
        // No popups, and no rule's style sheet, in the global mode's loads.
        if (mode === 'global' && (name.startsWith('popup') || name === 'ruleStyleBeforeDclMs')) continue;
        lines.push(`  ${name.padEnd(28)}${[figures.median, figures.p95, figures.max].map((value) => String(value).padStart(10)).join('')}`);
      }
      const allNames = [...new Set(subset.flatMap((row) => Object.keys(row.popupSteps ?? {})))];
      const stepNames = allNames.filter((name) => name !== CONTENT_WORK && !name.startsWith(STAGE));
      const stepTimes = stepNames
        .map((name) => ({ name, ...stat(subset.map((row) => row.popupSteps?.[name])) }))
        .sort((a, b) => (a.median ?? 0) - (b.median ?? 0));
      lines.push('  popup, step by step (ms after opening)    n    median       p95');
      for (const step of stepTimes)
        lines.push(
          `    ${step.name.padEnd(36)}${String(step.n).padStart(5)}${[step.median, step.p95].map((value) => String(value).padStart(10)).join('')}`,
        );
      const stages = allNames
        .filter((name) => name.startsWith(STAGE))
        .map((name) => ({ name: name.slice(STAGE.length), ...stat(subset.map((row) => row.popupSteps?.[name])) }))
        .sort((a, b) => (b.median ?? 0) - (a.median ?? 0));
      if (stages.length) lines.push('  popup, the analysis stages (ms each, wall clock)  n    median       p95');
      for (const stage of stages)
        lines.push(
          `    ${stage.name.padEnd(36)}${String(stage.n).padStart(5)}${[stage.median, stage.p95].map((value) => String(value).padStart(10)).join('')}`,
        );
      lines.push('');
    }
    const ruleStyles = rows.map((row) => row.with?.ours?.ruleStyleBeforePaint).filter((value) => value !== null && value !== undefined);
    lines.push(`the rule's style sheet in before the first paint on ${ruleStyles.filter(Boolean).length} of ${ruleStyles.length} pages`);
    lines.push(`first popup of the session (analysis host just opened): ${firstPopupMs} ms`);
    const shipped = report.sizes as { shipped: Record<string, { raw: number; gzip: number }> };
    for (const [file, size] of Object.entries(shipped.shipped))
      lines.push(`injected into pages: ${file} ${size.raw} B raw, ${size.gzip} B gzip`);
    lines.push(
      '',
      'scaling (synthetic pages; long task: the longest of 50 ms or more that ran any of ours, 0 if none)',
      '  elements   ours ms  longest long task  slices  DCL→hidden  hidden  popup ms',
    );
    for (const point of scaling) {
      lines.push(
        `  ${String(point.elements).padStart(8)}${[
          point.oursMs,
          point.longestOursMs,
          point.longTaskWithOursMs,
          point.slices,
          point.dclToHiddenMs,
          point.hidden,
          point.popupMs,
        ]
          .map((value) => String(value).padStart(9))
          .join('')}`,
      );
    }
    lines.push(
      '',
      '  DOMContentLoaded → hidden, by phase (ms): to the first slice, snapshot (first slice to sent), answer (sent to apply), apply',
      '  elements  to-first  snapshot    answer     apply' +
        (options.trace ? "   trace, our script's CPU ms: longest task, all, tasks" : ''),
    );
    for (const point of scaling) {
      const phase = point.phases;
      // Our script's own CPU: a task of ours on a large page also holds the page's end of parsing and its first layout.
      const traced = point.trace
        ? `   ${round(point.trace.longestOursScriptCpuMs)}, ${round(point.trace.oursScriptCpuMs)}, ${point.trace.oursTasks}`
        : '';
      lines.push(
        `  ${String(point.elements).padStart(8)}${[phase?.toFirstSlice, phase?.snapshot, phase?.answer, phase?.apply]
          .map((value) => String(value ?? null).padStart(10))
          .join('')}${traced}`,
      );
    }
    const slopes = {
      ours: logLogSlope(scaling.map((point) => [point.elements, point.oursMs ?? 0])),
      dclToHidden: logLogSlope(scaling.map((point) => [point.elements, point.dclToHiddenMs ?? 0])),
    };
    lines.push(`  log-log slope: ours ${slopes.ours.toFixed(2)}, DCL→hidden ${slopes.dclToHidden.toFixed(2)}`);
    for (const row of rows.filter((row) => row.errors)) lines.push(`error ${row.mode} ${row.set}/${row.id}: ${row.errors!.join('; ')}`);
    console.log(lines.join('\n'));
    Object.assign(report, { summary, scaling, slopes, pages: rows });
    const out = options.out || join('bench-results', `perf-${sets.join('+') || 'scale'}.json`);
    mkdirSync(resolve(out, '..'), { recursive: true });
    writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`full result: ${out}`);
  } finally {
    await withExtension.close();
    await plain.close();
    server.close();
  }
}

await main();
