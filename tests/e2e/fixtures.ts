/**
 * Playwright fixtures: Debian's Chromium with the built extension loaded,
 * and the test pages served on 127.0.0.1.
 */
import { test as base, chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, normalize, resolve } from 'node:path';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/find-browser.mjs';

export const EXTENSION_DIR = resolve('.output/e2e/chrome-mv3');
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
    // ?delay=N holds the answer back (a parser-blocking script that keeps DOMContentLoaded waiting).
    const delay = Number(url.searchParams.get('delay') ?? 0);
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(delay, 5000)));
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    try {
      const body = await readFile(join(FIXTURES, path));
      const type = path.endsWith('.html')
        ? 'text/html; charset=utf-8'
        : path.endsWith('.pdf')
          ? 'application/pdf'
          : path.endsWith('.js')
            ? 'text/javascript'
            : path.endsWith('.png')
              ? 'image/png'
              : 'application/octet-stream';
      response.writeHead(200, { 'content-type': type });
      // ?pause=N sends an HTML page up to its `<!-- pause -->` marker, then the rest N ms later,
      // the way a page arrives over a real network (a page served from memory in one packet can
      // be parsed to its end before any extension's storage read returns).
      const pause = Number(url.searchParams.get('pause') ?? 0);
      const marker = body.indexOf('<!-- pause -->');
      if (pause > 0 && marker >= 0) {
        response.write(body.subarray(0, marker));
        await new Promise((resolve) => setTimeout(resolve, Math.min(pause, 5000)));
        response.end(body.subarray(marker));
        return;
      }
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

/** Chromium (scripts/find-browser.mjs says which), headless, with the e2e build of the extension loaded. */
export async function launchWithExtension(extraArgs: readonly string[] = [], extensionDir = EXTENSION_DIR): Promise<BrowserContext> {
  if (!existsSync(join(extensionDir, 'manifest.json')))
    throw new Error(`No built extension at ${extensionDir}: run "npm run test:e2e", which builds it first.`);
  const browser = await findChromium();
  if (browser.path === null) throw new Error(browser.problem);
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'unspun-e2e-')), {
    executablePath: browser.path,
    headless: true,
    args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...CHROMIUM_ARGS, ...extraArgs],
  });
}

interface Fixtures {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  origin: string;
}

export const test = base.extend<Fixtures, { server: { origin: string } }>({
  server: [
    async ({}, use) => {
      const { server, origin } = await serveFixtures();
      await use({ origin });
      server.close();
    },
    { scope: 'worker' },
  ],
  origin: async ({ server }, use) => use(server.origin),
  context: async ({}, use) => {
    const context = await launchWithExtension();
    await use(context);
    await context.close();
  },
  serviceWorker: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(worker);
  },
  extensionId: async ({ serviceWorker }, use) => use(new URL(serviceWorker.url()).host),
});

export const expect = test.expect;

/**
 * The browser's id for the tab showing `page`: brought to the front, it is
 * the active tab (its URL is not readable without host access, e.g. chrome://).
 */
export async function tabIdOf(serviceWorker: Worker, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await serviceWorker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? null;
  });
  if (id === null) throw new Error(`no active tab for ${page.url()}`);
  return id;
}

/** Opens `url` in a new tab and returns it with the browser's id for it. */
export async function openTab(context: BrowserContext, serviceWorker: Worker, url: string): Promise<{ page: Page; tabId: number }> {
  const page = await context.newPage();
  await page.goto(url);
  return { page, tabId: await tabIdOf(serviceWorker, page) };
}

/** The popup or the full-tab reader, opened as a page on the tab `tabId`. */
export async function openView(context: BrowserContext, extensionId: string, view: 'popup' | 'reader', tabId: number): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/${view}.html?tabId=${tabId}`);
  return page;
}
