/** What the browser benchmarks share: Chromium (found as the tests find it) and its flags (no network of its own), the corpus pages, quantiles. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import type { Browser, Page } from '@playwright/test';
import { loadCorpus, readPage } from './corpus';
import { CHROMIUM_ARGS, findChromium } from '../scripts/find-browser.mjs';

/** The Chromium executable, or an error that says how to get one. */
export async function chromiumPath(): Promise<string> {
  const found = await findChromium();
  if (found.path === null) throw new Error(found.problem);
  return found.path;
}
export { CHROMIUM_ARGS };

/** Code for a page: `entry` (TypeScript, imports resolved from the repository or `root`, `@/` as in the app) as one script. */
export async function bundleForPage(entry: string, { minify = true, root = '.' } = {}): Promise<string> {
  const result = await build({
    stdin: { contents: entry, resolveDir: resolve(root), loader: 'ts' },
    bundle: true,
    format: 'iife',
    write: false,
    minify,
    logLevel: 'error',
    alias: { '@': resolve(root) },
    // Another build's sources (`root`, e.g. an older commit unpacked aside) take their packages from this checkout.
    nodePaths: [resolve('node_modules')],
  });
  return result.outputFiles[0]!.text;
}

/**
 * `code` loaded into a blank page of a browser context of its own (V8's caches of compiled code start empty, as in a
 * page the script has just been injected into; every request is aborted), then `run` on that page with the time the
 * load took (parse, compile, top level), in the page's own clock. The context is closed afterwards.
 */
export async function inFreshPage<T>(browser: Browser, code: string, run: (page: Page, loadMs: number) => Promise<T>): Promise<T> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.route('**/*', (route) => route.abort());
    await page.setContent('<!doctype html><title>bench</title>');
    const before = (await page.evaluate(() => performance.now())) as number;
    const after = (await page.evaluate(`${code};performance.now()`)) as number;
    return await run(page, after - before);
  } finally {
    await context.close();
  }
}

/**
 * The CPU time of `page`'s main thread so far, in ms (DevTools' ThreadTime): on a loaded machine the clock also counts
 * the time other processes held the cores, this does not.
 */
export async function threadClock(page: Page): Promise<() => Promise<number>> {
  const session = await page.context().newCDPSession(page);
  await session.send('Performance.enable');
  return async () => {
    const { metrics } = await session.send('Performance.getMetrics');
    return 1000 * (metrics.find((metric) => metric.name === 'ThreadTime')?.value ?? NaN);
  };
}

export interface BenchPage {
  id: string;
  html: string;
}

/** A corpus folder (bench/corpus.ts) or any folder of .html files. */
export function pagesOf(directory: string): BenchPage[] {
  const plain = readdirSync(directory).filter((name) => name.endsWith('.html') && statSync(join(directory, name)).isFile());
  if (plain.length && !existsSync(join(directory, 'cases.json'))) {
    return plain.sort().map((name) => ({ id: name, html: readPage(join(directory, name)) }));
  }
  return loadCorpus(directory).pages.map((page) => ({ id: page.id, html: page.html }));
}

export function quantile(values: readonly number[], q: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}
