/**
 * "Clean every page that looks machine-translated" in real Firefox: ticked
 * in the options page, it cleans a machine-translated page that has no rule
 * and leaves an honest page as it is; unticked, it stops.
 *
 * The mode needs the all-sites permission, which the options page asks for
 * when the box is ticked. The test installs a copy of the e2e build that holds
 * it from install (Firefox grants an MV3 build's host permissions then: what
 * the user's "Allow" gives), scripts/all-sites-build.ts, so the request is
 * answered at once.
 */
import type { ElementHandle, Page } from 'puppeteer-core';
import { expect, test } from 'vitest';
import { withAllSites } from '../../scripts/all-sites-build';
import { EVERY_PAGE_SCRIPT_ID } from '../../lib/rules/auto-clean-scripts';
import { EXTENSION_DIR, WAIT, openExtensionPage, openPage, textOf, useFirefox, visible } from './firefox';

const SEED_PATH = '/seed/kazakhstan-wordpress.html';
const HUMAN_PATH = '/human/ars-1.html';

const session = useFirefox({}, withAllSites(EXTENSION_DIR));

const registered = (options: Page) =>
  options.evaluate(async () => (await browser.scripting.getRegisteredContentScripts()).map((script) => script.id));

const hiddenCount = (page: Page) => page.evaluate(() => document.querySelectorAll('[data-unspun-hidden]').length);

test('ticked in the options page, it cleans a machine-translated page with no rule and leaves an honest one alone; unticked, it stops', async () => {
  const options = await openExtensionPage(session.firefox, 'options.html');
  await expect.poll(() => textOf(options, '#rules-heading'), WAIT).toBe('Site rules');
  const box = async () => {
    const handle = await options.evaluateHandle(
      () =>
        [...document.querySelectorAll('label')]
          .find((label) => label.textContent?.includes('Clean every page that looks machine-translated'))
          ?.querySelector('input') ?? null,
    );
    return handle.asElement() as ElementHandle<HTMLInputElement>;
  };
  await (await box()).click();
  await expect.poll(() => registered(options), WAIT).toEqual([EVERY_PAGE_SCRIPT_ID]);

  const farm = await openPage(session.firefox, session.origin + SEED_PATH);
  await expect.poll(() => visible(farm, '.entry-content p', 'Also read:'), WAIT).toBe(false);
  expect(await visible(farm, '*', 'Videogames entered his life')).toBe(false);
  expect(await visible(farm, '*', 'Protests broke out in Kazakhstan')).toBe(true);

  // The honest page: still untouched once a machine-translated one opened after it has been cleaned (the one
  // analysis host answers in turn).
  const honest = await openPage(session.firefox, session.origin + HUMAN_PATH);
  const after = await openPage(session.firefox, `${session.origin}${SEED_PATH}?after=honest`);
  await expect.poll(() => visible(after, '*', 'Videogames entered his life'), WAIT).toBe(false);
  expect(await hiddenCount(honest)).toBe(0);

  await (await box()).click();
  await expect.poll(() => registered(options), WAIT).toEqual([]);
  const again = await openPage(session.firefox, `${session.origin}${SEED_PATH}?after=untick`);
  await new Promise((done) => setTimeout(done, 1000));
  expect(await visible(again, '*', 'Videogames entered his life')).toBe(true);
  expect(await hiddenCount(again)).toBe(0);
});
