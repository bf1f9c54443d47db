/**
 * npm run bench:profile -- <corpus dir...> [--limit N] [--scale 100000] [--hostile] [--stages] [--profile out.cpuprofile] [--repeat N] [--tasks cleanup,report]
 *
 * Where the analysis host's time goes: the analysis bundle (lib/snapshot-analysis.ts)
 * run in a Chromium page, as the offscreen document runs it, on each page's
 * snapshot: the cleanup task (auto-clean), auto-mt (the global mode), the
 * report (the popup, on the snapshot the popup asks for) and report-kept (the
 * popup on a page cleaned on its own: the report on the cleanup's snapshot,
 * parsed afresh), each timed warm with --repeat 2 (after one run of the same page).
 * With --profile, a V8 CPU profile of one task (--profile-task, the report by default) on every page
 * and the hottest functions by self time. --hostile adds issue 14's enormous
 * pages (500,000 elements, a 50 MB text node) and prints whether each
 * answer was partial and why (the extension's budget, lib/analysis-budget.ts).
 * --stages prints each task's time per stage of the analysis (its last run).
 * --tasks runs only the tasks named (all four by default).
 */
import { chromium } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { bundleForPage, CHROMIUM_ARGS, chromiumPath, pagesOf, quantile } from './chromium';
import { hostilePages, scaleSizes, syntheticPage } from './synthetic-page';

const ENTRY = `
import { runAnalysisTask } from './lib/snapshot-analysis';
import { takeSnapshot } from './lib/dom/snapshot';
import { EXTENSION_BUDGET, snapshotLimits } from './lib/analysis-budget';
const parser = new DOMParser();
globalThis.unspunProfile = (html, url, tasks, repeat) => {
  const stages = {};
  // Each stage's time in the last run of each task (lib/analysis-budget.ts AnalysisClock).
  EXTENSION_BUDGET.onStage = (stage, ms) => {
    stages[currentTask][stage] = (stages[currentTask][stage] ?? 0) + ms;
  };
  let currentTask = '';
  const live = parser.parseFromString(html, 'text/html');
  // As the content script takes them: no more of the body than each task reads (a report's may stop sooner).
  const cleanupSnapshot = takeSnapshot(live, url, snapshotLimits('auto'));
  const reportSnapshot = takeSnapshot(live, url, snapshotLimits('report'));
  const times = {};
  for (const task of tasks) {
    // report-kept: the popup's report on the snapshot a cleanup sent (a page cleaned on its own), parsed afresh.
    const snapshot = task === 'report' ? reportSnapshot : cleanupSnapshot;
    const request = { task: task === 'report-kept' ? 'report' : task, snapshot, rule: null, settings: {}, threshold: 0.5 };
    let best = Infinity;
    let result;
    for (let run = 0; run < repeat; run++) {
      currentTask = task;
      stages[task] = {};
      const start = performance.now();
      result = runAnalysisTask(request, parser, window);
      best = Math.min(best, performance.now() - start);
    }
    times[task] = { ms: best, result: JSON.stringify(result).length, partial: result.ok ? result.value.partial?.reasons ?? null : result.error, stages: stages[task] };
  }
  return times;
};
`;

function parseArguments(argv: string[]) {
  const options = {
    dirs: [] as string[],
    limit: Infinity,
    scale: [] as number[],
    profile: '',
    profileTask: 'report',
    repeat: 2,
    hostile: false,
    stages: false,
    tasks: ['cleanup', 'auto-mt', 'report', 'report-kept'],
  };
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index]!;
    if (argument === '--limit') options.limit = Number(argv[++index]);
    else if (argument === '--profile') options.profile = argv[++index] ?? '';
    else if (argument === '--profile-task') options.profileTask = argv[++index] ?? 'report';
    else if (argument === '--repeat') options.repeat = Number(argv[++index]);
    else if (argument === '--hostile') options.hostile = true;
    else if (argument === '--stages') options.stages = true;
    else if (argument === '--tasks') options.tasks = (argv[++index] ?? '').split(',').filter(Boolean);
    else if (argument === '--scale') options.scale = scaleSizes(argv[++index]);
    else options.dirs.push(argument);
  }
  return options;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

async function main() {
  const options = parseArguments(process.argv.slice(2));
  // Not minified: the profile names our functions.
  const bundle = await bundleForPage(ENTRY, { minify: false });
  const browser = await chromium.launch({ executablePath: await chromiumPath(), headless: true, args: CHROMIUM_ARGS });
  const page = await browser.newPage();
  await page.route('**/*', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>host</title>' }));
  await page.goto('http://unspun.invalid/');
  await page.addScriptTag({ content: bundle });
  const tasks = options.tasks;
  const pages = options.dirs.flatMap((directory) =>
    pagesOf(directory)
      .slice(0, options.limit)
      .map((entry) => ({ id: `${basename(resolve(directory))}/${entry.id}`, html: entry.html })),
  );
  for (const elements of options.scale) pages.push({ id: `synthetic/${elements}`, html: syntheticPage(elements) });
  if (options.hostile) pages.push(...hostilePages());
  const rows: Array<{ id: string; times: Record<string, { ms: number }> }> = [];
  // With --profile, the profile is of each page's first analysis (as a page's first in a session is), untimed.
  for (const entry of options.profile ? [] : pages) {
    const times = (await page.evaluate(
      ([html, tasks, repeat]) =>
        (globalThis as unknown as { unspunProfile: (...args: unknown[]) => unknown }).unspunProfile(
          html,
          'https://example.com/article',
          tasks,
          repeat,
        ),
      [entry.html, tasks, options.repeat] as const,
    )) as Record<string, { ms: number; partial: string[] | string | null; stages: Record<string, number> }>;
    rows.push({ id: entry.id, times });
    console.log(`${entry.id.padEnd(60)}${tasks.map((task) => times[task]!.ms.toFixed(1).padStart(10)).join('')}`);
    if (entry.id.startsWith('hostile/') || entry.id.startsWith('synthetic/'))
      for (const task of tasks) if (times[task]!.partial) console.log(`  ${task}: partial: ${JSON.stringify(times[task]!.partial)}`);
    if (options.stages)
      for (const task of tasks) {
        const stages = Object.entries(times[task]!.stages).map(([stage, ms]) => `${stage} ${ms.toFixed(0)}`);
        console.log(`  ${task} stages (ms, last run): ${stages.join(', ')}`);
      }
  }
  const corpusRows = rows.filter((row) => !row.id.startsWith('synthetic/') && !row.id.startsWith('hostile/'));
  if (corpusRows.length) {
    console.log(`\n${corpusRows.length} pages                                  ${tasks.map((task) => task.padStart(10)).join('')}`);
    for (const q of [0.5, 0.95]) {
      const figures = tasks.map((task) =>
        quantile(
          corpusRows.map((row) => row.times[task]!.ms),
          q,
        )
          .toFixed(1)
          .padStart(10),
      );
      console.log(`${`q${q}`.padEnd(60)}${figures.join('')}`);
    }
    const totals = tasks.map((task) =>
      corpusRows
        .reduce((sum, row) => sum + row.times[task]!.ms, 0)
        .toFixed(0)
        .padStart(10),
    );
    console.log(`${'total'.padEnd(60)}${totals.join('')}`);
  }
  if (options.profile) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    for (const target of pages)
      await page.evaluate(
        ([html, task]) =>
          (globalThis as unknown as { unspunProfile: (...args: unknown[]) => unknown }).unspunProfile(
            html,
            'https://example.com/article',
            [task],
            1,
          ),
        [target.html, options.profileTask] as const,
      );
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
      profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
    };
    writeFileSync(options.profile, JSON.stringify(profile));
    const self = new Map<number, number>();
    profile.samples.forEach((id, index) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)));
    const byName = new Map<string, number>();
    const parent = new Map<number, number>();
    for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const total = new Map<string, number>();
    for (const node of profile.nodes) {
      const name = `${node.callFrame.functionName || '(anonymous)'}:${node.callFrame.lineNumber + 1}`;
      byName.set(name, (byName.get(name) ?? 0) + (self.get(node.id) ?? 0));
      // Inclusive time: each sample counted once per distinct function on its stack.
    }
    profile.samples.forEach((id, index) => {
      const seen = new Set<string>();
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
        const node = byId.get(at)!;
        const name = `${node.callFrame.functionName || '(anonymous)'}:${node.callFrame.lineNumber + 1}`;
        if (seen.has(name)) continue;
        seen.add(name);
        total.set(name, (total.get(name) ?? 0) + (profile.timeDeltas[index] ?? 0));
      }
    });
    const top = (map: Map<string, number>) =>
      [...map.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 40)
        .map(([name, us]) => `  ${(us / 1000).toFixed(1).padStart(9)} ms  ${name}`)
        .join('\n');
    console.log(`\nprofile of ${options.profileTask} on ${pages.length} pages: self time\n${top(byName)}\n\ninclusive\n${top(total)}`);
  }
  await browser.close();
}

await main();
