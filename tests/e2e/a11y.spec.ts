/**
 * Accessibility: axe-core (through @axe-core/playwright) finds no serious or
 * critical violation in the popup, the full-tab reader and the options page,
 * each with content in it (a report with flags, a rule in the list).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
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
