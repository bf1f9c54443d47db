/**
 * Everything local, checked: a whole session (analyse in the popup, clean
 * and restore the page, the reader tab with and without images, export,
 * the options page with an import and an export) runs with every request
 * the browser makes routed through a recording proxy, and the only
 * requests are the page's own and the article's images. The page holds
 * links, a template, a tracking pixel in <noscript> and a ping that a
 * careless extension page would fetch; none is fetched.
 */
import { createServer, request as forward, type Server } from 'node:http';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { test, expect, launchWithExtension, openTab, openView, EXTENSION_DIR } from './fixtures';

/**
 * Chromium's own services (component and time updates, account checks; since Chromium 150 also its
 * default search engine, at start-up and with each new page), which it calls whatever the flags say.
 * Set apart by host; that our own code never names these hosts is checked below.
 */
const BROWSER_SERVICE_HOSTS = String.raw`googleapis\.com|gvt1\.com|accounts\.google\.com|clients\d*\.google\.com|www\.google\.com`;
const BROWSER_SERVICES = new RegExp(String.raw`^(CONNECT )?(https?:\/\/)?([a-z0-9-]+\.)*(${BROWSER_SERVICE_HOSTS})(:\d+)?(\/|$)`);

/** Every file of the built extension, as text. */
function builtFiles(directory: string): Array<{ name: string; text: string }> {
  return readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(js|html|json|css)$/.test(entry.name))
    .map((entry) => ({ name: join(entry.parentPath, entry.name), text: readFileSync(join(entry.parentPath, entry.name), 'utf8') }));
}

interface Recorder {
  port: number;
  requests: string[];
  close(): void;
}

/** An HTTP proxy that records every request; those for the fixture server are passed on, the rest refused. */
function recordingProxy(origin: string): Promise<Recorder> {
  const requests: string[] = [];
  const target = new URL(origin);
  const server: Server = createServer((incoming, outgoing) => {
    const url = incoming.url ?? '';
    requests.push(url);
    const parsed = new URL(url, origin);
    if (parsed.host !== target.host) {
      outgoing.writeHead(403).end();
      return;
    }
    const upstream = forward(
      {
        host: target.hostname,
        port: target.port,
        path: parsed.pathname + parsed.search,
        method: incoming.method,
        headers: incoming.headers,
      },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    upstream.on('error', () => outgoing.writeHead(502).end());
    incoming.pipe(upstream);
  });
  // HTTPS goes through CONNECT: recorded and refused.
  server.on('connect', (incoming, socket) => {
    requests.push(`CONNECT ${incoming.url ?? ''}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      done({ port: typeof address === 'object' && address ? address.port : 0, requests, close: () => server.close() });
    }),
  );
}

test('a full session requests nothing but the page and its article images', async ({ origin }) => {
  test.setTimeout(120_000);
  const proxy = await recordingProxy(origin);
  // <-loopback> sends even 127.0.0.1 through the proxy, so the page's own requests are seen as well.
  const context: BrowserContext = await launchWithExtension([
    `--proxy-server=http://127.0.0.1:${proxy.port}`,
    '--proxy-bypass-list=<-loopback>',
  ]);
  try {
    const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionId = new URL(serviceWorker.url()).host;
    const pageUrl = `${origin}/pages/network-session.html`;

    const { page, tabId } = await openTab(context, serviceWorker, pageUrl);
    const share = page.getByText('Share on Facebook');
    await expect(share).toBeVisible();

    // The popup: report, cleanup, restore.
    const popup = await openView(context, extensionId, 'popup', tabId);
    await expect(popup.getByTestId('verdict')).toBeVisible();
    await expect(popup.getByTestId('article')).toContainText('The harbour reopened on Friday');
    await popup.getByRole('button', { name: 'Clean this page' }).click();
    await expect(share).toBeHidden();
    await popup.getByRole('button', { name: 'Show original' }).click();
    await expect(share).toBeVisible();

    // The reader tab shows the article's images, then none when asked; and exports.
    const reader = await openView(context, extensionId, 'reader', tabId);
    await expect(reader.getByTestId('article').locator('img')).toHaveCount(2);
    await expect
      .poll(() =>
        reader
          .getByTestId('article')
          .locator('img')
          .evaluateAll((images) => images.every((image) => (image as HTMLImageElement).complete)),
      )
      .toBe(true);
    await reader.getByTestId('appearance').locator('summary').click();
    await reader.getByLabel(/Show\s+images/).uncheck();
    await expect(reader.getByTestId('article').locator('img')).toHaveCount(0);
    const exportMenu = reader.getByTestId('export');
    await exportMenu.locator('summary').click();
    const [markdown] = await Promise.all([reader.waitForEvent('download'), exportMenu.getByRole('button', { name: 'Save .md' }).click()]);
    expect(markdown.suggestedFilename()).toMatch(/\.md$/);
    const [html] = await Promise.all([reader.waitForEvent('download'), exportMenu.getByRole('button', { name: 'Save .html' }).click()]);
    expect(html.suggestedFilename()).toMatch(/\.html$/);

    // The options page: import a filter list, export the rules.
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    const filters = join(mkdtempSync(join(tmpdir(), 'unspun-network-')), 'filters.txt');
    writeFileSync(filters, 'news.example##.related-posts\n');
    await options.getByTestId('import-file').setInputFiles(filters);
    await options.getByTestId('import-preview').getByRole('button', { name: 'Apply import' }).click();
    await expect(options.locator('[data-testid="rule"][data-pattern="news.example"]')).toBeVisible();
    const [rules] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export rules and settings' }).click(),
    ]);
    expect(rules.suggestedFilename()).toMatch(/\.json$/);

    // Let anything late (beacons, prefetches) arrive before counting.
    await page.waitForTimeout(1000);
    const allowed = new Set([pageUrl, `${origin}/pages/harbour.png`, `${origin}/pages/breakwater.png`, `${origin}/favicon.ico`]);
    expect(proxy.requests.filter((url) => !allowed.has(url) && !BROWSER_SERVICES.test(url))).toEqual([]);
    // The hosts set apart as the browser's own: our built code names none of them.
    const naming = builtFiles(EXTENSION_DIR).filter((file) => new RegExp(BROWSER_SERVICE_HOSTS).test(file.text));
    expect(naming.map((file) => file.name)).toEqual([]);
    // The page was requested once (by its tab): no extension page fetched it again.
    expect(proxy.requests.filter((url) => url === pageUrl)).toHaveLength(1);
  } finally {
    await context.close();
    proxy.close();
  }
});
