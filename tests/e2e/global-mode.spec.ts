/**
 * "Clean every page that looks machine-translated" end to end: turned on in
 * the options page, it cleans a machine-translated page on its own, with no
 * rule for its site, and sets the badge; an honest page is left exactly as it
 * is; turned off, nothing is cleaned any more.
 *
 * The mode needs the all-sites permission, asked for when the box is ticked;
 * headless Chromium cannot answer that prompt, so the test loads a copy of the
 * end-to-end build that holds the permission from install (what the user's
 * "Allow" gives), scripts/all-sites-build.ts. The options page still asks, and
 * the browser answers at once.
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { test, expect, launchWithExtension, tabIdOf, EXTENSION_DIR } from './fixtures';
import { withAllSites } from '../../scripts/all-sites-build';
import { EVERY_PAGE_SCRIPT_ID } from '../../lib/rules/auto-clean-scripts';

const SEED_PATH = '/seed/kazakhstan-wordpress.html';
const HUMAN_PATH = '/human/bbc-1.html';
const HIDDEN = '[data-unspun-hidden]';

async function registeredIds(worker: Worker): Promise<string[]> {
  return worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((script) => script.id));
}

/** Whether the content script's answer came back for this page (the end-to-end build marks it even when nothing is hidden). */
async function answered(page: Page): Promise<boolean> {
  return page.evaluate(() =>
    ['unspun:apply', 'unspun:nothing-hidden', 'unspun:no-answer'].some((name) => performance.getEntriesByName(name).length > 0),
  );
}

test.describe('the global mode', () => {
  let context: BrowserContext;
  let worker: Worker;
  let extensionId: string;

  test.beforeEach(async () => {
    context = await launchWithExtension([], withAllSites(EXTENSION_DIR));
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    extensionId = new URL(worker.url()).host;
  });

  test.afterEach(async () => context.close());

  test('ticked in the options page, it cleans a machine-translated page with no rule and leaves an honest one alone; unticked, it stops', async ({
    origin,
  }) => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    const box = options.getByLabel('Clean every page that looks machine-translated', { exact: false });
    await box.check();
    await expect.poll(() => registeredIds(worker)).toEqual([EVERY_PAGE_SCRIPT_ID]);
    await expect(options.getByText('it stays off')).toHaveCount(0);

    const farm = await context.newPage();
    await farm.goto(origin + SEED_PATH);
    await expect(farm.locator('.entry-content p', { hasText: 'Also read:' }).first()).toBeHidden();
    await expect(farm.getByText('Videogames entered his life')).toBeHidden();
    await expect(farm.locator('#respond')).toBeHidden();
    await expect(farm.getByText('Protests broke out in Kazakhstan', { exact: false })).toBeVisible();
    const tabId = await tabIdOf(worker, farm);
    await expect.poll(() => worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).not.toBe('');

    const honest = await context.newPage();
    await honest.goto(origin + HUMAN_PATH);
    await expect.poll(() => answered(honest), { timeout: 15_000 }).toBe(true);
    expect(await honest.locator(HIDDEN).count()).toBe(0);

    await options.bringToFront();
    await box.uncheck();
    await expect.poll(() => registeredIds(worker)).toEqual([]);
    const again = await context.newPage();
    await again.goto(origin + SEED_PATH);
    await again.waitForTimeout(1000);
    await expect(again.getByText('Videogames entered his life')).toBeVisible();
    expect(await again.locator(HIDDEN).count()).toBe(0);
  });
});
