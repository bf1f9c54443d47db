/**
 * The two tiers of flags in Chromium: on a page of real machine translation
 * (tests/fixtures/pages/mt-wording.html, MLQE-PE ro-en dev, CC0) whose site
 * rule names its source language, the model's hints show in their
 * own group of the legend, with a softer mark and their confidence, and
 * have their own switch, in the legend and in the settings.
 */
import { test, expect, tabIdOf } from './fixtures';

const PAGE_PATH = '/pages/mt-wording.html';

test('model hints have their own legend group, a softer mark, a confidence and their own switch', async ({
  context,
  serviceWorker,
  extensionId,
  origin,
}) => {
  // The hints show on text taken for a translation: here the user's site rule names its source language.
  await serviceWorker.evaluate(async (pattern) => {
    const rule = {
      id: 'e2e-ro',
      pattern,
      enabled: true,
      autoClean: false,
      removeSelectors: [],
      keepSelectors: [],
      sourceLanguage: 'ro',
      note: '',
    };
    await chrome.storage.sync.set({ rules: [rule] });
  }, new URL(origin).hostname);
  const page = await context.newPage();
  await page.goto(origin + PAGE_PATH);
  const tabId = await tabIdOf(serviceWorker, page);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  const article = popup.getByTestId('article');
  const legend = popup.getByTestId('flag-legend');
  const hints = article.locator('mark.unspun-flag[data-tier="model"]');
  await expect(hints.first()).toBeVisible();

  // Its own group and switch in the legend.
  const modelGroup = legend.locator('ul[data-tier="model"]');
  await expect(modelGroup).toHaveAttribute('aria-label', /Model hints/);
  const modelSwitch = modelGroup.locator('button[data-category="unusual-wording"]');
  await expect(modelSwitch).toHaveAttribute('aria-pressed', 'true');
  await expect(modelSwitch).toContainText('Unusual wording');

  // A softer mark than a rule's (one-pixel dotted line), and the tooltip gives the model's confidence.
  const mark = hints.first();
  expect(await mark.evaluate((element) => getComputedStyle(element).borderBottomStyle)).toBe('dotted');
  expect(await mark.evaluate((element) => getComputedStyle(element).borderBottomWidth)).toBe('1px');
  await expect(mark).toHaveAttribute('aria-label', /\(Unusual wording; model hint, confidence \d+%\)/);
  await mark.hover();
  await expect(popup.getByTestId('flag-tip')).toContainText(/Model hint, confidence \d+%/);

  // Switched off in the legend: no hint left, and the settings remember it.
  await modelSwitch.click();
  await expect(modelSwitch).toHaveAttribute('aria-pressed', 'false');
  await expect(hints).toHaveCount(0);
  const stored = await serviceWorker.evaluate(() => chrome.storage.sync.get('settings'));
  expect((stored.settings as { hiddenFlagCategories: string[] }).hiddenFlagCategories).toEqual(['unusual-wording']);

  // The settings page has the same switch: turned back on there, the hints come back.
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const optionSwitch = options.getByRole('checkbox', { name: /Unusual wording \(model hints/ });
  await expect(optionSwitch).not.toBeChecked();
  await optionSwitch.check();
  await expect(modelSwitch).toHaveAttribute('aria-pressed', 'true');
  await expect(hints.first()).toBeVisible();
});
