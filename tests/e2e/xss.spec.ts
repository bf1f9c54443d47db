/**
 * Hostile article markup in the real browser: every injection vector of
 * tests/e2e/xss/vectors.ts sits in an article page; the popup and the
 * full-tab reader open on it. Nothing may execute in the extension's pages
 * (canary function, dialogs, CSP violation reports, console) and they may
 * request nothing but images (Playwright's request events, and a canary
 * server that records every request its vectors point at).
 */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { Page } from '@playwright/test';
import { test, expect, tabIdOf } from './fixtures';
import { buildVectors, type Vector } from './xss/vectors';

/** A 1×1 transparent PNG: the article's own image. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

interface Hit {
  path: string;
  headers: IncomingHttpHeaders;
}

/** Serves the vector pages and records every request made for a vector's canary URL. */
function canaryServer(pages: Map<string, string>) {
  const hits: Hit[] = [];
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    if (path.startsWith('/hit/')) hits.push({ path, headers: request.headers });
    const page = pages.get(path);
    if (page !== undefined) {
      // The hostile page's own scripts stay off in its tab: what we watch is the extension, not the page.
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "script-src 'none'" });
      response.end(page);
    } else if (path.endsWith('.png')) {
      response.writeHead(200, { 'content-type': 'image/png' });
      response.end(PNG);
    } else {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
    }
  });
  return new Promise<{ origin: string; hits: Hit[]; close: () => void }>((done) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      done({ origin: `http://127.0.0.1:${port}`, hits, close: () => server.close() });
    }),
  );
}

const marker = (id: number) => `Vector ${id}:`;

function articlePage(number: number, vectors: Vector[]): string {
  const items = vectors
    .map(
      (vector) =>
        `<p>${marker(vector.id)} the council heard item ${vector.id} of the agenda, and members asked detailed questions about the harbour budget before the vote.</p>\n${vector.html}`,
    )
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour budget, part ${number}</title></head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<article><h1>The council approves the harbour budget, part ${number}</h1>
<p>The city council approved the harbour budget on Tuesday after a long debate that ran late into the evening, with several members asking for more money for dredging and for the ferry terminal.</p>
<img src="/img/harbour-${number}.png" alt="The harbour at dawn">
<p>The mayor said the plan would be reviewed again in the spring, once the engineers have finished their survey of the old quay walls and the costs are clearer.</p>
${items}
</article></body></html>`;
}

/** Canary, dialogs and CSP reports, installed before any of the page's own code runs. */
const INSTRUMENT = () => {
  const record = (name: string, value: unknown) => {
    const store = window as unknown as Record<string, unknown[]>;
    (store[name] ??= []).push(value);
  };
  Object.defineProperty(window, '__xssCanary', { value: (id: number) => record('__xssHits', id), configurable: false });
  document.addEventListener('securitypolicyviolation', (event) =>
    record('__cspViolations', `${event.violatedDirective} ${event.blockedURI}`),
  );
};

interface Observed {
  hits: unknown[];
  violations: unknown[];
  dialogs: string[];
  console: string[];
  requests: string[];
  markers: number;
}

/** Opens `url` with every way of noticing an execution or a request, nudges the article (hover, focus), and reports. */
async function observe(page: Page, url: string, vectors: Vector[]): Promise<Observed> {
  const dialogs: string[] = [];
  const consoleLines: string[] = [];
  const requests: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    // A broken image (<img src=x>) logs a failed load: images are allowed, and other requests are caught below.
    if (/^Failed to load resource/.test(message.text())) return;
    if (message.type() === 'error' || /Content Security Policy|Refused/i.test(message.text())) consoleLines.push(message.text());
  });
  page.on('pageerror', (error) => consoleLines.push(String(error)));
  page.on('request', (request) => {
    const requested = new URL(request.url());
    if (requested.protocol === 'chrome-extension:') return;
    if (request.resourceType() !== 'image') requests.push(`${request.resourceType()} ${request.url()}`);
  });
  await page.addInitScript(INSTRUMENT);
  await page.goto(url);
  const article = page.getByTestId('article');
  await expect(article).toContainText(marker(vectors[0]!.id));
  // Handlers that need a reader: hover over the article, and move the focus through it.
  await article.hover();
  for (let step = 0; step < 10; step++) await page.keyboard.press('Tab');
  // Error and load events of images and media arrive after the render.
  await page.waitForTimeout(1500);
  const text = (await article.textContent()) ?? '';
  const markers = vectors.filter((vector) => text.includes(marker(vector.id))).length;
  const found = await page.evaluate(() => {
    const store = window as unknown as Record<string, unknown[] | undefined>;
    return { hits: store.__xssHits ?? [], violations: store.__cspViolations ?? [], canary: typeof store.__xssCanary };
  });
  // The harness itself must work, or a silent page would pass.
  expect(found.canary).toBe('function');
  return { hits: found.hits, violations: found.violations, dialogs, console: consoleLines, requests, markers };
}

/** The harness sees what it is meant to see: a handler slipped into the page is reported as blocked. */
async function expectHarnessToNotice(page: Page): Promise<void> {
  await page.evaluate(() => {
    const image = document.createElement('img');
    image.setAttribute('onerror', '__xssCanary(-1)');
    image.src = 'x.png';
    document.body.append(image);
  });
  await expect
    .poll(() => page.evaluate(() => ((window as unknown as Record<string, unknown[] | undefined>).__cspViolations ?? []).length))
    .toBeGreaterThan(0);
}

test('no injection vector runs or makes a request in the popup or the full-tab reader', async ({ context, serviceWorker, extensionId }) => {
  test.setTimeout(600_000);
  const pages = new Map<string, string>();
  const server = await canaryServer(pages);
  try {
    const vectors = buildVectors(server.origin);
    expect(vectors.length).toBeGreaterThanOrEqual(300);
    // Vectors that take in the rest of the document each close a page of their own.
    const swallowing = vectors.filter((vector) => vector.swallows);
    const plain = vectors.filter((vector) => !vector.swallows);
    const perPage = Math.ceil(plain.length / swallowing.length);
    const batches = swallowing.map((last, index) => [...plain.slice(index * perPage, (index + 1) * perPage), last]);
    batches.forEach((batch, index) => pages.set(`/xss/${index + 1}.html`, articlePage(index + 1, batch)));

    const problems: string[] = [];
    let shown = 0;
    for (const [index, batch] of batches.entries()) {
      const tab = await context.newPage();
      await tab.goto(`${server.origin}/xss/${index + 1}.html`);
      const tabId = await tabIdOf(serviceWorker, tab);
      for (const view of ['popup', 'reader']) {
        const page = await context.newPage();
        const seen = await observe(page, `chrome-extension://${extensionId}/${view}.html?tabId=${tabId}`, batch);
        shown += seen.markers;
        const where = `${view}, page ${index + 1}`;
        for (const id of seen.hits) problems.push(`${where}: vector ${String(id)} ran`);
        for (const message of seen.dialogs) problems.push(`${where}: a dialog opened (${message})`);
        for (const violation of seen.violations) problems.push(`${where}: CSP violation ${String(violation)}`);
        for (const line of seen.console) problems.push(`${where}: console: ${line}`);
        for (const request of seen.requests) problems.push(`${where}: requested ${request}`);
        if (index === 0) await expectHarnessToNotice(page);
        await page.close();
      }
      await tab.close();
    }
    // Requests the canary server saw from anywhere but the hostile page's own tab, other than images.
    for (const hit of server.hits) {
      const fromTab = hit.headers['sec-fetch-site'] === 'same-origin';
      if (!fromTab && hit.headers['sec-fetch-dest'] !== 'image')
        problems.push(`canary server: ${hit.path} (${hit.headers['sec-fetch-dest']})`);
    }
    expect(problems).toEqual([]);
    // The vectors reached the reader: their neighbouring paragraphs are shown (a few are rightly swallowed by the parsing tricks).
    expect(shown).toBeGreaterThan(vectors.length * 2 * 0.9);
    console.log(
      `${vectors.length} vectors: 0 executions, 0 unexpected requests; ${shown} of ${vectors.length * 2} neighbouring paragraphs shown`,
    );
  } finally {
    server.close();
  }
});
