/** What the browser benchmarks share: Debian's Chromium and its flags (no network of its own), the corpus pages, quantiles. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadCorpus, readPage } from './corpus';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

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
