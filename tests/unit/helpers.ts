/** Small helpers for unit tests: documents from HTML snippets, fixtures from disk. */
import { JSDOM } from 'jsdom';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function documentFrom(html: string, url = 'https://news.example/2024/05/01/story/'): Document {
  return new JSDOM(html, { url }).window.document;
}

export function domFrom(html: string, url = 'https://news.example/2024/05/01/story/'): JSDOM {
  return new JSDOM(html, { url });
}

// Tests run from the project root (npm test, vitest).
export const FIXTURES = join(process.cwd(), 'tests/fixtures/');

export function fixture(path: string): string {
  return readFileSync(`${FIXTURES}${path}`, 'utf8');
}

/** A page with a real article (for classifiers that need a main content to protect). */
export function articlePage(articleInner: string, around = ''): string {
  const paragraphs = Array.from(
    { length: 4 },
    (_, index) =>
      `<p>Paragraph ${index + 1} of the story tells readers what happened in the city council, with enough words to count as prose for the extractor to find it.</p>`,
  ).join('');
  return `<!doctype html><html lang="en"><head><title>Story</title></head><body><main><article><h1>Story</h1><div class="entry-content">${paragraphs}${articleInner}</div></article></main>${around}</body></html>`;
}
