/**
 * Keyboard commands and context-menu entries: registered with their default
 * shortcuts (changeable in the browser's shortcut settings), and each one
 * does what its name says on the tab it is used on.
 */
import { readFileSync } from 'node:fs';
import { test, expect, tabIdOf } from './fixtures';

const SEED_PATH = '/seed/kazakhstan-wordpress.html';
const seed = JSON.parse(readFileSync('tests/fixtures/seed/expected.json', 'utf8')) as { articleParagraphs: string[] };

test('the commands are registered with shortcuts, open the reader, and clean and restore the page', async ({
  context,
  serviceWorker,
  origin,
}) => {
  const commands = await serviceWorker.evaluate(() => chrome.commands.getAll());
  expect(
    Object.fromEntries(commands.filter((command) => command.name !== '_execute_action').map((command) => [command.name, command.shortcut])),
  ).toEqual({
    'open-reader': 'Alt+Shift+U',
    'toggle-clean': 'Alt+Shift+K',
  });

  const page = await context.newPage();
  await page.goto(origin + SEED_PATH);
  const tabId = await tabIdOf(serviceWorker, page);
  const run = (name: string) =>
    serviceWorker.evaluate(
      ([command, tab]) =>
        (globalThis as unknown as { unspunCommand: (name: string, tabId: number) => Promise<string> }).unspunCommand(command, tab),
      [name, tabId] as const,
    );

  const authorBox = page.getByText('Videogames entered his life');
  await expect(authorBox).toBeVisible();
  expect(await run('toggle-clean')).toBe('cleaned');
  await expect(authorBox).toBeHidden();
  expect(await run('toggle-clean')).toBe('restored');
  await expect(authorBox).toBeVisible();

  const [reader] = await Promise.all([context.waitForEvent('page'), run('open-reader')]);
  await expect(reader).toHaveURL(new RegExp(`/reader\\.html\\?tabId=${tabId}$`));
  await expect(reader.getByTestId('title')).toHaveText('Peacekeeping has completed its mission in Kazakhstan');
});

test('the context menu has an entry to open the reader and one to clean or restore the page, and each does so on its tab', async ({
  context,
  serviceWorker,
  origin,
}) => {
  // Headless Chromium draws no context menu, so none can be right-clicked here. What the browser can be asked
  // is asked: the entries the background added once installed (recorded by the e2e build as the browser
  // accepted them), that the browser holds each (updating an entry it lacks fails), and the background's
  // own click listener run with a real tab, as the browser would call it.
  const made = () => serviceWorker.evaluate(() => (globalThis as unknown as { unspunMenu: { made: unknown[] } }).unspunMenu.made.slice());
  await expect.poll(made).toEqual([
    { id: 'open-reader', title: 'Open in Unspun’s reader', contexts: ['page'] },
    { id: 'toggle-clean', title: 'Clean this page or show the original (Unspun)', contexts: ['page'] },
  ]);
  const held = (id: string) =>
    serviceWorker.evaluate(
      (entry) => new Promise<boolean>((done) => chrome.contextMenus.update(entry, {}, () => done(!chrome.runtime.lastError))),
      id,
    );
  expect(await held('open-reader')).toBe(true);
  expect(await held('toggle-clean')).toBe(true);
  expect(await held('no-such-entry')).toBe(false);

  const page = await context.newPage();
  await page.goto(`${origin}${SEED_PATH}?menu=1`);
  const tabId = await tabIdOf(serviceWorker, page);
  const click = (id: string) =>
    serviceWorker.evaluate(
      ([entry, tab]) =>
        (globalThis as unknown as { unspunMenu: { click: (id: string, tabId: number) => Promise<string | null> } }).unspunMenu.click(
          entry,
          tab,
        ),
      [id, tabId] as const,
    );

  const authorBox = page.getByText('Videogames entered his life');
  await expect(authorBox).toBeVisible();
  expect(await click('toggle-clean')).toBe('cleaned');
  await expect(authorBox).toBeHidden();
  await expect(page.getByText(seed.articleParagraphs[0]!)).toBeVisible();
  expect(await click('toggle-clean')).toBe('restored');
  await expect(authorBox).toBeVisible();
  // An entry that is not ours does nothing.
  expect(await click('someone-else')).toBeNull();

  const [reader] = await Promise.all([context.waitForEvent('page'), click('open-reader')]);
  await expect(reader).toHaveURL(new RegExp(`/reader\\.html\\?tabId=${tabId}$`));
  await expect(reader.getByTestId('verdict')).toContainText('Machine-translated');
  await expect(reader.getByTestId('title')).toHaveText('Peacekeeping has completed its mission in Kazakhstan');
});
