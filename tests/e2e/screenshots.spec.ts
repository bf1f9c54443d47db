/**
 * The README's screenshots, taken from the real extension on the seed page:
 * the popup, the reader tab in light and dark, and the options page. Every
 * run writes them to test-results/screenshots; `npm run screenshots` writes
 * them to docs/screenshots, where the README shows them.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, openTab, openView } from './fixtures';

const OUT = process.env.UNSPUN_SCREENSHOTS ?? 'test-results/screenshots';
const SEED_PATH = '/seed/kazakhstan-wordpress.html';

async function theme(reader: Page, value: 'light' | 'dark'): Promise<void> {
  const menu = reader.getByTestId('appearance');
  await menu.locator('summary').click();
  await menu.getByLabel('Theme').selectOption(value);
  await menu.locator('summary').click();
  await expect(reader.locator('html')).toHaveAttribute('data-theme', value);
}

test('screenshots of the popup, the reader in light and dark, and the options page', async ({
  context,
  serviceWorker,
  extensionId,
  origin,
}) => {
  mkdirSync(OUT, { recursive: true });
  const { tabId } = await openTab(context, serviceWorker, origin + SEED_PATH);

  const popup = await openView(context, extensionId, 'popup', tabId);
  // A toolbar popup is at most 800×600; this one is as wide as its content.
  await popup.setViewportSize({ width: 800, height: 600 });
  await expect(popup.getByTestId('article').locator('mark.unspun-flag')).toHaveCount(5);
  const width = Math.ceil(await popup.locator('main').evaluate((main) => main.getBoundingClientRect().right));
  expect(width).toBeLessThanOrEqual(800);
  await popup.setViewportSize({ width, height: 600 });
  await popup.screenshot({ path: join(OUT, 'popup.png') });

  const reader = await openView(context, extensionId, 'reader', tabId);
  await reader.setViewportSize({ width: 1100, height: 1500 });
  await expect(reader.getByTestId('article').locator('mark.unspun-flag')).toHaveCount(5);
  await theme(reader, 'light');
  await expect(reader.locator('body')).not.toHaveCSS('background-color', 'rgb(31, 41, 51)');
  await reader.screenshot({ path: join(OUT, 'reader-light.png') });
  await theme(reader, 'dark');
  await expect(reader.locator('body')).toHaveCSS('background-color', 'rgb(31, 41, 51)');
  await reader.screenshot({ path: join(OUT, 'reader-dark.png') });
  // Back to the default for whoever reads next.
  await theme(reader, 'light');

  const options = await context.newPage();
  await options.setViewportSize({ width: 1000, height: 900 });
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByRole('button', { name: 'Add a rule' }).click();
  const editor = options.getByTestId('rule-editor');
  await editor.locator('input[name="pattern"]').fill('farm.example');
  await editor.locator('textarea[name="removeSelectors"]').fill('.also-read\n.author-box');
  await editor.locator('input[name="autoClean"]').uncheck();
  await editor.getByRole('button', { name: 'Save rule' }).click();
  await expect(options.locator('[data-testid="rule"][data-pattern="farm.example"]')).toBeVisible();
  await options.screenshot({ path: join(OUT, 'options.png') });
});
