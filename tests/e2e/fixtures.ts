/**
 * Playwright fixtures: Debian's Chromium with the built extension loaded,
 * and the test pages served on 127.0.0.1.
 */
import { test as base, chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findChromium } from '../../scripts/find-browser.mjs';
import { serveFixtures } from './serve-fixtures';

export { longPage, serveFixtures } from './serve-fixtures';

export const EXTENSION_DIR = resolve('.output/e2e/chrome-mv3');

/** Chromium (scripts/find-browser.mjs says which), headless, with the e2e build of the extension loaded. */
export async function launchWithExtension(): Promise<BrowserContext> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json')))
    throw new Error(`No built extension at ${EXTENSION_DIR}: run "npm run test:e2e", which builds it first.`);
  const browser = await findChromium();
  if (browser.path === null) throw new Error(browser.problem);
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'unspun-e2e-')), {
    executablePath: browser.path,
    headless: true,
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
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
