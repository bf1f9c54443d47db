/** What the browser benchmarks share: Chromium (found as the tests find it) and its flags (no network of its own), the corpus pages, quantiles. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
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
