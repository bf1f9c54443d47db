/**
 * Site rules in real Firefox: a rule added on the options page cleans its
 * site without a click (late content included); disabled, it stops; the
 * popup's "Always clean this site" adds one and cleans the page.
 *
 * The e2e build holds the 127.0.0.1 host permission, which Firefox grants at
 * install, so saving an auto-clean rule for it needs no permission prompt.
 */
import type { Page } from 'puppeteer-core';
import { expect, test } from 'vitest';
import { WAIT, button, element, navigateExtensionPage, openExtensionPage, openPage, tabIdOf, textOf, useFirefox, visible } from './firefox';

const SEED_PATH = '/seed/kazakhstan-wordpress.html';
const LATE_PATH = '/pages/late-comments.html';
const PATTERN = 'http://127.0.0.1/*';

const session = useFirefox();

/** The match patterns the background has registered the cleanup for. */
const registered = (options: Page) =>
  options.evaluate(async () => (await browser.scripting.getRegisteredContentScripts()).flatMap((script) => script.matches ?? []));

const ruleText = (options: Page) => textOf(options, `[data-testid="rule"][data-pattern="${PATTERN}"]`);

test('a rule added on the options page cleans its site without a click, late comments included; disabled, it stops', async () => {
  const options = await openExtensionPage(session.firefox, 'options.html');
  await expect.poll(() => textOf(options, '#rules-heading'), WAIT).toBe('Site rules');

  await (await button(options, 'Add a rule')).click();
  const pattern = await element(options, '[data-testid="rule-editor"] input[name="pattern"]');
  await pattern.type(PATTERN);
  await pattern.press('Tab');
  expect(await options.evaluate(() => document.querySelector<HTMLInputElement>('input[name="autoClean"]')?.checked)).toBe(true);
  await (await element(options, '[data-testid="rule-editor"] textarea[name="removeSelectors"]')).type('.site-description');
  await (await button(options, 'Save rule')).click();

  await expect.poll(() => ruleText(options), WAIT).toContain('auto-clean');
  expect(await options.$('[data-testid="permission-missing"]')).toBeNull();
  await expect.poll(() => registered(options), WAIT).toEqual([PATTERN]);

  // Opened afresh, the page is cleaned with no click anywhere.
  const page = await openPage(session.firefox, session.origin + SEED_PATH);
  await expect.poll(() => visible(page, '.entry-content p', 'Also read:'), WAIT).toBe(false);
  expect(await visible(page, '*', 'Videogames entered his life')).toBe(false);
  expect(await visible(page, '#respond')).toBe(false);
  // The rule's own selector, on top of the built-in detection.
  expect(await visible(page, '.site-description')).toBe(false);
  expect(await visible(page, '*', 'Protests broke out in Kazakhstan')).toBe(true);

  // Comments that arrive after the page has loaded are hidden too.
  const late = await openPage(session.firefox, session.origin + LATE_PATH);
  await expect.poll(() => visible(late, '#commentform'), WAIT).not.toBeNull();
  await expect.poll(() => visible(late, '#comments'), WAIT).toBe(false);
  expect(await visible(late, 'p.read-also')).toBe(false);
  expect(await visible(late, '*', 'The town council voted on Tuesday')).toBe(true);

  await (await button(options, 'Disable')).click();
  await expect.poll(() => registered(options), WAIT).toEqual([]);
  const again = await openPage(session.firefox, `${session.origin}${SEED_PATH}?after=disable`);
  expect(await visible(again, '*', 'Videogames entered his life')).toBe(true);
  // Still untouched a moment later: nothing registered is left to clean it.
  await new Promise((done) => setTimeout(done, 1000));
  expect(await again.evaluate(() => document.querySelectorAll('[data-unspun-hidden]').length)).toBe(0);
});

test('"Always clean this site" in the popup adds a rule and cleans the page', async () => {
  const page = await openPage(session.firefox, `${session.origin}${SEED_PATH}?from=popup`);
  const tabId = await tabIdOf(session.control, page.url());
  const popup = await openExtensionPage(session.firefox, `popup.html?tabId=${tabId}`);
  await (await button(popup, 'Always clean this site')).click();
  await expect.poll(() => textOf(popup, '[data-testid="rule-message"]'), WAIT).toContain('127.0.0.1 will be cleaned automatically');
  await expect.poll(() => visible(page, '*', 'Videogames entered his life'), WAIT).toBe(false);

  await navigateExtensionPage(session.control, 'options.html');
  await expect.poll(() => textOf(session.control, '[data-testid="rule"][data-pattern="127.0.0.1"]'), WAIT).toContain('auto-clean');
  // And the next page of the site is cleaned on its own.
  const next = await openPage(session.firefox, `${session.origin}${SEED_PATH}?next=1`);
  await expect.poll(() => visible(next, '*', 'Videogames entered his life'), WAIT).toBe(false);
});
