/**
 * Real Firefox for the end-to-end tests, driven over WebDriver BiDi by
 * puppeteer-core, with the e2e build (.output/e2e/firefox-mv3, built by
 * `npm run test:e2e:firefox`) installed as a temporary add-on.
 *
 * Two quirks of Firefox shape these helpers: the BiDi load event never comes
 * for moz-extension:// pages, so they are opened without waiting for it and
 * then polled; and Firefox 140 blocks puppeteer's waitForFunction on
 * extension pages by their CSP (153 does not), so everything that waits polls
 * `evaluate` (until() here, vitest's expect.poll in the tests) instead.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import { findFirefox } from '../../scripts/find-browser.mjs';
import { serveFixtures } from '../e2e/fixtures';

export const EXTENSION_DIR = resolve('.output/e2e/firefox-mv3');
/**
 * Firefox gives each add-on a random internal UUID, which is the host of its
 * moz-extension:// pages; the extensions.webextensions.uuids pref fixes it,
 * so the tests know the popup's address before the add-on is installed.
 */
const EXTENSION_UUID = '0b7e5c52-4c2f-4d8e-9a3b-5e6f7a8b9c0d';

const extensionUrl = (path: string): string => `moz-extension://${EXTENSION_UUID}/${path}`;

/** Generous: two shared cores, and Firefox takes up to half a minute to start under load. */
export const WAIT = { timeout: 30_000, interval: 150 };

/**
 * Reads `read` every WAIT.interval until `ok` holds, and returns that value;
 * after WAIT.timeout, fails saying what it waited for and what it last saw.
 * (vitest's expect.poll does the same inside a test, but not in hooks.)
 */
export async function until<T>(what: string, read: () => Promise<T>, ok: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + WAIT.timeout;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`Waited ${WAIT.timeout / 1000} s for ${what}; last saw ${JSON.stringify(value)}`);
    await new Promise((done) => setTimeout(done, WAIT.interval));
  }
}

function geckoId(): string {
  const manifestPath = join(EXTENSION_DIR, 'manifest.json');
  if (!existsSync(manifestPath))
    throw new Error(`No built extension at ${EXTENSION_DIR}: run "npm run test:e2e:firefox", which builds it first.`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { browser_specific_settings?: { gecko?: { id?: string } } };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${manifestPath} names no gecko id: is it the Firefox build?`);
  return id;
}

/** Firefox (scripts/find-browser.mjs says which), headless, with the e2e build (or `extensionDir`) installed; `prefs` are added to the profile's. */
export async function launchFirefox(prefs: Record<string, unknown> = {}, extensionDir = EXTENSION_DIR): Promise<Browser> {
  const id = geckoId();
  const firefox = await findFirefox();
  if (firefox.path === null) throw new Error(firefox.problem);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefox.path,
    headless: true,
    // Lets installExtension (webExtension.install over BiDi) run: it is a privileged command.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [id]: EXTENSION_UUID }), ...prefs },
    protocolTimeout: 120_000,
  });
  try {
    const installed = await browser.installExtension(extensionDir);
    if (installed !== id) throw new Error(`Firefox installed ${installed}, expected ${id}`);
  } catch (error) {
    await browser.close();
    throw error;
  }
  return browser;
}

/** What every Firefox test file shares: the fixture server, one Firefox, and an extension page to ask its APIs from. */
export interface FirefoxSession {
  /** The fixture server's http://127.0.0.1:port. */
  origin: string;
  firefox: Browser;
  /** An extension page (the options page) kept open to ask the extension's APIs: tab ids, the badge, storage. */
  control: Page;
}

/**
 * One Firefox for the test file that calls this at its top (`prefs` added to the profile's), with the
 * fixtures served, started before its tests and closed after them. The fields are filled in beforeAll.
 */
export function useFirefox(prefs: Record<string, unknown> = {}, extensionDir = EXTENSION_DIR): FirefoxSession {
  const session = {} as FirefoxSession;
  let server: Server | undefined;
  beforeAll(async () => {
    let origin: string;
    ({ server, origin } = await serveFixtures());
    session.origin = origin;
    session.firefox = await launchFirefox(prefs, extensionDir);
    session.control = await openExtensionPage(session.firefox, 'options.html');
  });
  afterAll(async () => {
    await session.firefox?.close();
    server?.close();
  });
  return session;
}

/** Where `page` is once its document is complete, or null (still loading, or between documents). */
const loadedAt = (page: Page): Promise<string | null> =>
  page.evaluate(() => (document.readyState === 'complete' ? location.href : null)).catch(() => null);

/** A web page (the fixture server's), loaded. */
export async function openPage(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(url, { timeout: WAIT.timeout });
  return page;
}

/**
 * An extension page in a new tab: navigated without waiting for the load
 * event that Firefox never sends, then polled until its document is complete.
 */
export async function openExtensionPage(browser: Browser, path: string): Promise<Page> {
  const page = await browser.newPage();
  await navigateExtensionPage(page, path);
  return page;
}

export async function navigateExtensionPage(page: Page, path: string): Promise<void> {
  const url = extensionUrl(path);
  // Never settles by itself; a later navigation or closing the page ends it.
  page.goto(url, { timeout: 0 }).catch(() => undefined);
  await until(
    `${url} to load`,
    () => loadedAt(page),
    (loaded) => loaded === url,
  );
}

/**
 * A page that may never send a load event (Firefox's own about: pages, its
 * PDF viewer): navigated, then polled until the tab has left about:blank.
 */
export async function openUnloadedPage(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  page.goto(url, { timeout: 0 }).catch(() => undefined);
  await until(
    `${url} to open`,
    () => loadedAt(page),
    (loaded) => loaded !== null && loaded !== 'about:blank',
  );
  return page;
}

/**
 * The browser's id for the tab showing `page`, whatever its URL: brought to
 * the front, it is the active tab.
 */
export async function activeTabIdOf(extensionPage: Page, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await extensionPage.evaluate(async () => (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? null);
  if (id === null) throw new Error('no active tab');
  return id;
}

/**
 * The extension page at `path` that the extension opened itself (a tab from
 * the popup), once it has loaded. puppeteer cannot say which tab it is: it
 * learns URLs from the navigation events Firefox does not send for
 * moz-extension:// pages, so each tab is asked where it is.
 */
export async function openedExtensionPage(browser: Browser, path: string): Promise<Page> {
  const url = extensionUrl(path);
  const find = async () => {
    for (const page of await browser.pages()) if ((await loadedAt(page)) === url) return page;
    return null;
  };
  return (await until(`a tab at ${url}`, find, (page) => page !== null))!;
}

/**
 * The browser's id for the one tab showing `url`, asked from an extension
 * page: the e2e build's 127.0.0.1 host permission lets it read those tabs' URLs.
 */
export async function tabIdOf(extensionPage: Page, url: string): Promise<number> {
  const ids = await extensionPage.evaluate(
    async (wanted) => (await browser.tabs.query({})).filter((tab) => tab.url === wanted).map((tab) => tab.id),
    url,
  );
  if (ids.length !== 1 || ids[0] === undefined) throw new Error(`${ids.length} tabs show ${url}: give each its own query string`);
  return ids[0];
}

/** The text of the element `selector` matches, or null while there is none. */
export const textOf = (page: Page, selector: string): Promise<string | null> =>
  page.evaluate((css) => document.querySelector(css)?.textContent ?? null, selector).catch(() => null);

/** The element `selector` matches, once there is one. */
export async function element(page: Page, selector: string): Promise<ElementHandle<Element>> {
  return (await until(
    selector,
    () => page.$(selector).catch(() => null),
    (found) => found !== null,
  ))!;
}

/** The button whose text is `name`, once there is one. */
export async function button(page: Page, name: string): Promise<ElementHandle<HTMLButtonElement>> {
  const find = async () => {
    const handle = await page
      .evaluateHandle(
        (text) => [...document.querySelectorAll('button')].find((candidate) => candidate.textContent?.trim() === text) ?? null,
        name,
      )
      .catch(() => null);
    if (!handle) return null;
    const found = handle.asElement() as ElementHandle<HTMLButtonElement> | null;
    if (!found) await handle.dispose();
    return found;
  };
  return (await until(`a button "${name}"`, find, (found) => found !== null))!;
}

/**
 * Whether the user sees the element `selector` matches or, with `text`, the
 * innermost one of those whose text contains it; null while there is none.
 */
export const visible = (page: Page, selector: string, text?: string): Promise<boolean | null> =>
  page
    .evaluate(
      (css, words) => {
        const matches = [...document.querySelectorAll(css)].filter((element) => words === null || element.textContent?.includes(words));
        const element = matches.find((candidate) => !matches.some((other) => other !== candidate && candidate.contains(other)));
        return element ? element.checkVisibility({ visibilityProperty: true, opacityProperty: true }) : null;
      },
      selector,
      text ?? null,
    )
    .catch(() => null);
