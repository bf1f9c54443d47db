/**
 * The test pages served on 127.0.0.1, for the Chromium (Playwright) and the
 * Firefox (puppeteer-core) end-to-end tests alike: kept apart from the
 * Playwright fixtures so that the Firefox suite does not load Playwright.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, normalize, resolve } from 'node:path';

const FIXTURES = resolve('tests/fixtures');

/** An honest English article of `paragraphs` paragraphs (20,000: 3.9 MB, 620,000 words) with one related-posts box. */
export function longPage(paragraphs: number): string {
  const body = Array.from(
    { length: paragraphs },
    (_, index) =>
      `<p>Paragraph ${index + 1}: the city council met again on Tuesday, and the mayor said that the budget would grow by ${index % 9} percent next year while taxes stayed as they are. <a href="/notes/${index}">Notes</a></p>`,
  ).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A very long council report</title></head><body><article><h1>A very long council report</h1>${body}</article><div class="related-posts"><h3>Related posts</h3><ul><li><a href="/a">Another report</a></li></ul></div></body></html>`;
}

export function serveFixtures(): Promise<{ server: Server; origin: string }> {
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    if (url.pathname === '/generated/long.html') {
      // A very long page, made on request rather than kept as a multi-megabyte fixture.
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(longPage(Number(url.searchParams.get('paragraphs') ?? 20_000)));
      return;
    }
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    try {
      const body = await readFile(join(FIXTURES, path));
      const type = path.endsWith('.html')
        ? 'text/html; charset=utf-8'
        : path.endsWith('.pdf')
          ? 'application/pdf'
          : 'application/octet-stream';
      response.writeHead(200, { 'content-type': type });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
    }
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      done({ server, origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` });
    }),
  );
}
