/**
 * Accessibility: axe-core (through @axe-core/playwright) finds no serious or
 * critical violation in the popup, the full-tab reader and the options page,
 * each with content in it (a report with flags, a rule in the list), in the
 * light theme and in the system's dark one; and each works from the keyboard
 * alone (Tab, Enter, Space, typing).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { test, expect, openTab, openView } from './fixtures';

const SEED_PATH = '/seed/kazakhstan-wordpress.html';

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  // axe ran its rules on this page (a page it could not reach would pass nothing and fail nothing).
  expect(results.passes.length).toBeGreaterThan(10);
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

test('the popup and the full-tab reader have no serious or critical accessibility violation', async ({
  context,
  serviceWorker,
  extensionId,
  origin,
}) => {
  const { tabId } = await openTab(context, serviceWorker, origin + SEED_PATH);
  for (const view of ['popup', 'reader'] as const) {
    const reader = await openView(context, extensionId, view, tabId);
    await expect(reader.getByTestId('article').locator('mark.unspun-flag').first()).toBeVisible();
    expect(await seriousViolations(reader), view).toEqual([]);
    // The flags are named for screen readers, not shown by colour alone.
    await expect(reader.getByTestId('article').locator('mark.unspun-flag').first()).toHaveAttribute('aria-label', /.+/);
    await reader.close();
  }
});

test('the options page has no serious or critical accessibility violation', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByRole('heading', { name: 'Site rules' })).toBeVisible();
  await options.getByRole('button', { name: 'Add a rule' }).click();
  expect(await seriousViolations(options)).toEqual([]);
});

test('in the system’s dark theme the popup, the reader and the options page have no serious or critical violation', async ({
  context,
  serviceWorker,
  extensionId,
  origin,
}) => {
  // Three axe runs: on two shared cores each can take half a minute.
  test.setTimeout(180_000);
  const { tabId } = await openTab(context, serviceWorker, origin + SEED_PATH);
  const dark = async (page: Page) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    // "Follow the system" (no theme chosen): the page's own colours are the dark ones.
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.+/);
    await expect(page.locator('html')).toHaveCSS('background-color', 'rgb(31, 41, 51)');
  };
  for (const view of ['popup', 'reader'] as const) {
    const reader = await openView(context, extensionId, view, tabId);
    await dark(reader);
    await expect(reader.getByTestId('article').locator('mark.unspun-flag').first()).toBeVisible();
    expect(await seriousViolations(reader), view).toEqual([]);
    await reader.close();
  }
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await dark(options);
  await options.getByRole('button', { name: 'Add a rule' }).click();
  expect(await seriousViolations(options), 'options').toEqual([]);
});

/** Presses Tab until `target` has the focus (at most 80 times), as someone without a mouse would. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  // There to be reached first: a view that never draws it, or draws it disabled (which Tab skips), fails here
  // saying what it waited for, not at the test's timeout.
  try {
    await expect(target).toBeVisible();
    await expect(target).toBeEnabled();
  } catch (error) {
    const shown = await page
      .locator('body')
      .innerText()
      .catch(() => '(unreadable)');
    throw new Error(`${String(error)}\nThe view shows: ${shown.slice(0, 600)}`);
  }
  for (let presses = 0; presses < 80; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

test('the popup, the reader and the options page work with the keyboard alone', async ({ context, serviceWorker, extensionId, origin }) => {
  // Three views and up to 80 key presses per control, each a round trip to the browser: on two busy cores
  // this takes 25 s and more (it ran out of the default 60 s in a CI run), while no single step is slow.
  test.setTimeout(150_000);
  const { tabId } = await openTab(context, serviceWorker, origin + SEED_PATH);
  const popup = await openView(context, extensionId, 'popup', tabId);
  await tabTo(popup, popup.getByRole('button', { name: 'Clean this page' }));
  await popup.keyboard.press('Enter');
  await expect(popup.locator('.clean-count')).toHaveText(/^\d+ blocks? hidden$/);
  await tabTo(popup, popup.getByRole('button', { name: 'Show original' }));
  await popup.keyboard.press('Enter');
  await expect(popup.getByRole('button', { name: 'Clean this page' })).toBeVisible();
  await popup.close();

  const reader = await openView(context, extensionId, 'reader', tabId);
  await expect(reader.getByTestId('article').locator('mark.unspun-flag').first()).toBeVisible();
  const exportMenu = reader.getByTestId('export');
  await tabTo(reader, exportMenu.locator('summary'));
  await reader.keyboard.press('Enter');
  await expect(exportMenu).toHaveAttribute('open', '');
  await tabTo(reader, exportMenu.getByLabel('Flags as footnotes'));
  await reader.keyboard.press('Space');
  await expect(exportMenu.getByLabel('Flags as footnotes')).toBeChecked();
  const appearance = reader.getByTestId('appearance');
  await tabTo(reader, appearance.locator('summary'));
  await reader.keyboard.press('Enter');
  await tabTo(reader, appearance.getByLabel('Theme'));
  await reader.keyboard.press('ArrowDown');
  await expect(reader.locator('html')).toHaveAttribute('data-theme', /.+/);
  await reader.close();

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await tabTo(options, options.getByRole('button', { name: 'Add a rule' }));
  await options.keyboard.press('Enter');
  const editor = options.getByTestId('rule-editor');
  await tabTo(options, editor.locator('input[name="pattern"]'));
  await options.keyboard.type('keyboard.example');
  // Cleaning on its own would ask for the site's permission in a browser prompt, which no test can answer.
  await tabTo(options, editor.locator('input[name="autoClean"]'));
  await options.keyboard.press('Space');
  await expect(editor.locator('input[name="autoClean"]')).not.toBeChecked();
  await tabTo(options, editor.getByRole('button', { name: 'Save rule' }));
  await options.keyboard.press('Enter');
  await expect(options.locator('[data-testid="rule"][data-pattern="keyboard.example"]')).toBeVisible();
  // Importing a file: the file chooser opens from the keyboard.
  await tabTo(options, options.getByTestId('import-file'));
  const [chooser] = await Promise.all([options.waitForEvent('filechooser'), options.keyboard.press('Space')]);
  expect(chooser.isMultiple()).toBe(false);
});
