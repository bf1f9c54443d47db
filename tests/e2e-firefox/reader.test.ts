/**
 * The product end to end in real Firefox: the popup reads the seed page
 * (verdict, source language, flags), cleans the page and restores it, and
 * opens the full-tab reader, whose theme and type are saved and shared with
 * the popup. It runs on the installed Firefox and on the oldest the manifest
 * accepts (scripts/run-tests.mjs), and checks which one it ran on.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { expect, test } from 'vitest';
import {
  EXTENSION_DIR,
  WAIT,
  activeTabIdOf,
  button,
  element,
  navigateExtensionPage,
  openUnloadedPage,
  openExtensionPage,
  openedExtensionPage,
  openPage,
  tabIdOf,
  textOf,
  until,
  useFirefox,
  visible,
} from './firefox';

const SEED_PATH = '/seed/kazakhstan-wordpress.html';
const seed = JSON.parse(readFileSync('tests/fixtures/seed/expected.json', 'utf8')) as { articleParagraphs: string[] };

// A dark system, so that "follow the system" (the reader's default theme) is seen to follow it.
const session = useFirefox({ 'ui.systemUsesDarkTheme': 1 });

let opened = 0;

test('this Firefox is one the manifest accepts, and its oldest when that is the run (UNSPUN_FIREFOX_OLDEST=1)', async () => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
    browser_specific_settings: { gecko: { strict_min_version: string } };
  };
  const oldest = Number.parseInt(manifest.browser_specific_settings.gecko.strict_min_version, 10);
  // "firefox/140.12.0esr" or the like.
  const version = await session.firefox.version();
  const major = Number(/(\d+)\./.exec(version)?.[1]);
  if (process.env.UNSPUN_FIREFOX_OLDEST === '1') expect(major, version).toBe(oldest);
  else expect(major, version).toBeGreaterThanOrEqual(oldest);
});

/** The seed page in a tab of its own (its URL too, so that its tab id is found), and the popup opened as a page for that tab. */
async function seedAndPopup(): Promise<{ page: Page; tabId: number; popup: Page }> {
  const page = await openPage(session.firefox, `${session.origin}${SEED_PATH}?tab=${++opened}`);
  const tabId = await tabIdOf(session.control, page.url());
  const popup = await openExtensionPage(session.firefox, `popup.html?tabId=${tabId}`);
  await expect.poll(() => textOf(popup, '[data-testid="verdict"]'), WAIT).toContain('Machine-translated');
  return { page, tabId, popup };
}

const marksIn = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll('[data-testid="article"] mark.unspun-flag')].map((mark) => mark.textContent));

test('the popup reads the seed page: verdict, source language, article and flags, and badges the tab', async () => {
  const { tabId, popup } = await seedAndPopup();

  expect(await textOf(popup, '[data-testid="source-language"]')).toContain('Polish');
  expect(await textOf(popup, '[data-testid="verdict"]')).toContain('Kasym-Żomart (usually Kassym-Jomart)');
  // The verdict is drawn first; the article (its title and byline) follows in the report's second part.
  await expect.poll(() => textOf(popup, '[data-testid="title"]'), WAIT).toBe('Peacekeeping has completed its mission in Kazakhstan');
  expect(await textOf(popup, '[data-testid="byline"]')).toBe('Banner Leon');

  const article = (await textOf(popup, '[data-testid="article"]')) ?? '';
  for (const paragraph of seed.articleParagraphs) expect(article).toContain(paragraph);
  expect(article).not.toContain('Also read');
  expect(article).not.toContain('Videogames entered his life');
  expect(article).not.toContain('Leave a Reply');

  expect(await marksIn(popup)).toEqual([
    'Kasym-Żomart',
    '– Overall, it’s time to go home.',
    'Shoygu',
    'Ministry of National Defense',
    'Kasym-Żomart',
  ]);
  // Not by colour alone: the mark says its kind and the usual spelling.
  const shoygu = await popup.evaluate(
    () =>
      [...document.querySelectorAll('mark.unspun-flag')].find((mark) => mark.textContent === 'Shoygu')?.getAttribute('aria-label') ?? '',
  );
  expect(shoygu).toMatch(/^Shoygu \(Name spelling\): .*Shoigu/);

  await expect.poll(() => session.control.evaluate((id) => browser.action.getBadgeText({ tabId: id }), tabId), WAIT).toBe('MT');
  await popup.close();
});

test('"Clean this page" hides the boilerplate in the page and "Show original" restores it exactly', async () => {
  const { page, popup } = await seedAndPopup();
  const original = await page.evaluate(() => document.documentElement.outerHTML);
  const alsoRead = () => visible(page, '.entry-content p', 'Also read:');
  const authorBox = () => visible(page, '*', 'Videogames entered his life');
  expect(await alsoRead()).toBe(true);
  expect(await authorBox()).toBe(true);

  await (await button(popup, 'Clean this page')).click();
  await button(popup, 'Show original');
  await expect.poll(alsoRead, WAIT).toBe(false);
  expect(await authorBox()).toBe(false);
  expect(await visible(page, '#respond')).toBe(false);
  expect(await visible(page, '*', 'Check Also')).toBe(false);
  for (const paragraph of seed.articleParagraphs) expect(await visible(page, '*', paragraph), paragraph).toBe(true);
  // Site navigation stays usable.
  expect(await visible(page, '#site-navigation')).toBe(true);

  await (await button(popup, 'Show original')).click();
  await button(popup, 'Clean this page');
  await expect.poll(alsoRead, WAIT).toBe(true);
  expect(await authorBox()).toBe(true);
  expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(original);
  await popup.close();
  await page.close();
});

test('"Open in a tab" shows the article, verdict and flags in the full-tab reader', async () => {
  const { page, tabId, popup } = await seedAndPopup();
  // The popup closes itself as it opens the tab; on Firefox 140 that can come before the click's last input event.
  await (await button(popup, 'Open in a tab')).click().catch((error: unknown) => {
    if (!/no such frame|BrowsingContext does no longer exist/.test(String(error))) throw error;
  });
  const reader = await openedExtensionPage(session.firefox, `reader.html?tabId=${tabId}`);

  await expect.poll(() => textOf(reader, '[data-testid="title"]'), WAIT).toBe('Peacekeeping has completed its mission in Kazakhstan');
  expect(await textOf(reader, '[data-testid="verdict"]')).toContain('Machine-translated');
  expect(await textOf(reader, '[data-testid="source-language"]')).toContain('Polish');
  const article = (await textOf(reader, '[data-testid="article"]')) ?? '';
  for (const paragraph of seed.articleParagraphs) expect(article).toContain(paragraph);
  expect(article).not.toContain('Leave a Reply');
  expect(await marksIn(reader)).toHaveLength(5);
  // The full tab is the reader layout, not the popup's.
  expect(await reader.evaluate(() => document.querySelector('main.reader')?.className)).toBe('reader tab');

  // j moves to the first flag, and the bar names it.
  await reader.keyboard.press('j');
  await expect.poll(() => reader.evaluate(() => document.activeElement?.textContent ?? null), WAIT).toBe('Kasym-Żomart');
  expect(await textOf(reader, '[data-testid="flag-bar"]')).toContain('1 of 5');
  await reader.close();
  await page.close();
});

test('pages with nothing to analyse get a useful message: empty, a PDF in Firefox’s viewer, a Firefox page', async () => {
  const popup = await openExtensionPage(session.firefox, 'options.html');
  const errorFor = async (page: Page) => {
    const tabId = await activeTabIdOf(session.control, page);
    await navigateExtensionPage(popup, `popup.html?tabId=${tabId}`);
    return until(
      'the popup’s message',
      () => textOf(popup, '[data-testid="error"]'),
      (text) => text !== null,
    );
  };

  const empty = await openPage(session.firefox, `${session.origin}/pages/empty.html`);
  expect(await errorFor(empty)).toMatch(/^This page is empty/);
  // Firefox shows PDFs in its own viewer, which no extension may script, whatever its permissions.
  const pdf = await openUnloadedPage(session.firefox, `${session.origin}/pages/hello.pdf`);
  expect(await errorFor(pdf)).toMatch(/^This is a PDF/);
  const firefoxPage = await openUnloadedPage(session.firefox, 'about:robots');
  expect(await errorFor(firefoxPage)).toMatch(/^Browser pages cannot be analysed/);
  for (const page of [popup, empty, pdf, firefoxPage]) await page.close();
});

test('the reader follows the system’s dark theme, then takes the theme and type chosen, saves them, and the popup shares them', async () => {
  const page = await openPage(session.firefox, `${session.origin}${SEED_PATH}?tab=${++opened}`);
  const tabId = await tabIdOf(session.control, page.url());
  const reader = await openExtensionPage(session.firefox, `reader.html?tabId=${tabId}`);
  await expect.poll(() => textOf(reader, '[data-testid="reading-time"]'), WAIT).toMatch(/^\d+ min read$/);
  const look = (view: Page) =>
    view.evaluate(() => {
      const main = getComputedStyle(document.querySelector('main.reader')!);
      return {
        theme: document.documentElement.dataset.theme ?? 'system',
        // The page's own background (:root's; the body's is transparent).
        background: getComputedStyle(document.documentElement).backgroundColor,
        fontSize: main.fontSize,
        maxWidth: main.maxWidth,
      };
    });
  // Nothing chosen yet: the system's theme, which this profile makes dark.
  expect(await look(reader)).toEqual({ theme: 'system', background: 'rgb(31, 41, 51)', fontSize: '18px', maxWidth: '720px' });

  await (await element(reader, '[data-testid="appearance"] summary')).click();
  /** The control inside the Appearance menu's field labelled `label`. */
  const field = async (label: string, control: string) => {
    const handle = await reader.evaluateHandle(
      (name, css) =>
        [...document.querySelectorAll('[data-testid="appearance"] label')]
          .find((field) => field.textContent?.trim().startsWith(name))
          ?.querySelector(css) ?? null,
      label,
      control,
    );
    const found = handle.asElement() as ElementHandle<HTMLSelectElement | HTMLInputElement> | null;
    if (!found) throw new Error(`no ${control} labelled "${label}" in the Appearance menu`);
    return found;
  };
  await (await field('Theme', 'select')).select('sepia');
  await expect.poll(() => look(reader), WAIT).toMatchObject({ theme: 'sepia', background: 'rgb(244, 236, 216)' });
  await (await field('Theme', 'select')).select('light');
  await expect.poll(() => look(reader), WAIT).toMatchObject({ theme: 'light', background: 'rgb(255, 255, 255)' });
  await (await field('Width', 'select')).select('wide');
  // The font size by keyboard, as a reader without a mouse would: two steps up.
  const size = await field('Size', 'input');
  await size.focus();
  await reader.keyboard.press('ArrowRight');
  await reader.keyboard.press('ArrowRight');
  await expect
    .poll(() => look(reader), WAIT)
    .toEqual({ theme: 'light', background: 'rgb(255, 255, 255)', fontSize: '20px', maxWidth: '900px' });
  // The flags are drawn again on the restyled article.
  expect(await marksIn(reader)).toHaveLength(5);

  await expect
    .poll(() => session.control.evaluate(async () => (await browser.storage.local.get('readerAppearance')).readerAppearance), WAIT)
    .toMatchObject({ theme: 'light', width: 'wide', fontSize: 20 });
  const popup = await openExtensionPage(session.firefox, `popup.html?tabId=${tabId}`);
  await expect.poll(() => textOf(popup, '[data-testid="verdict"]'), WAIT).toContain('Machine-translated');
  expect(
    await popup.evaluate(() => [document.documentElement.dataset.theme, getComputedStyle(document.documentElement).backgroundColor]),
  ).toEqual(['light', 'rgb(255, 255, 255)']);
  for (const view of [popup, reader, page]) await view.close();
});

test('Firefox holds the keyboard commands with their shortcuts and the two context-menu entries', async () => {
  const commands = await session.control.evaluate(async () =>
    (await browser.commands.getAll()).filter((command) => command.name !== '_execute_action').map(({ name, shortcut }) => [name, shortcut]),
  );
  expect(Object.fromEntries(commands)).toEqual({ 'open-reader': 'Alt+Shift+U', 'toggle-clean': 'Alt+Shift+K' });
  // No menu is drawn headless, and none can be listed: updating an entry Firefox does not hold fails.
  const held = (id: string) =>
    session.control.evaluate(
      (entry) =>
        browser.contextMenus.update(entry, {}).then(
          () => true,
          () => false,
        ),
      id,
    );
  await expect.poll(() => held('open-reader'), WAIT).toBe(true);
  expect(await held('toggle-clean')).toBe(true);
  expect(await held('no-such-entry')).toBe(false);
});
