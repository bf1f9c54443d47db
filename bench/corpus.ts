/**
 * The corpora of ../shared/corpus as the benchmarks read them (see its
 * README): readability-pages/<case>/{source,expected}.html and
 * boilerplate-snippets/{cases.json,pages/}. Pages are decoded as the CLI does.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { decodePage } from '../cli/decode';
import { parsePage } from '../cli/load';

export interface Page {
  id: string;
  html: string;
  url: string;
  expectedText?: string;
  expectedMeta?: { title?: string | null; byline?: string | null; publishedTime?: string | null; siteName?: string | null };
  with?: string[];
  without?: string[];
}

export function readPage(path: string): string {
  return decodePage(readFileSync(path)).text;
}

export function loadCorpus(directory: string): { kind: 'readability' | 'snippets'; pages: Page[] } {
  const casesFile = join(directory, 'cases.json');
  if (existsSync(casesFile)) {
    const cases = JSON.parse(readFileSync(casesFile, 'utf8')) as Record<string, { file: string; with: string[]; without: string[] }>;
    const pages = Object.entries(cases).map(([key, entry]) => ({
      id: entry.file,
      html: readPage(join(directory, 'pages', entry.file)),
      url: pathToFileURL(join(directory, 'pages', entry.file)).href,
      with: entry.with,
      without: entry.without,
      key,
    }));
    return { kind: 'snippets', pages };
  }
  const pages: Page[] = [];
  for (const entry of readdirSync(directory, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const source = join(directory, entry.name, 'source.html');
    if (!entry.isDirectory() || !existsSync(source)) continue;
    const expectedFile = join(directory, entry.name, 'expected.html');
    const metaFile = join(directory, entry.name, 'expected-metadata.json');
    pages.push({
      id: entry.name,
      html: readPage(source),
      url: `http://fakehost/test/${entry.name}/`,
      expectedText: existsSync(expectedFile) ? textOfHtml(readPage(expectedFile)) : '',
      expectedMeta: existsSync(metaFile) ? JSON.parse(readFileSync(metaFile, 'utf8')) : undefined,
    });
  }
  if (pages.length === 0) throw new Error(`${directory} holds neither cases.json nor <case>/source.html folders`);
  return { kind: 'readability', pages };
}

export function textOfHtml(html: string): string {
  const { dom } = parsePage(html, 'http://fakehost/');
  const text = dom.window.document.body?.textContent ?? '';
  dom.window.close();
  return text;
}

/** jsdom frees a closed window only once the event loop turns: call between pages. */
export const tick = () => new Promise((resolveTick) => setTimeout(resolveTick, 0));
