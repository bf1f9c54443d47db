/**
 * Keyboard commands and context-menu entries: registered with their default
 * shortcuts (changeable in the browser's shortcut settings), and each one
 * does what its name says on the tab it is used on.
 */
import { test, expect, tabIdOf } from './fixtures';

const SEED_PATH = '/seed/kazakhstan-wordpress.html';

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
