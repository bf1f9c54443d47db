/**
 * The reader's appearance: theme, type and images, saved once and shared by
 * the popup and the reader tab; with images off, the article's images are
 * never requested; dark and sepia pass the accessibility check too.
 */
import AxeBuilder from '@axe-core/playwright';
import { test, expect, openTab, openView } from './fixtures';

const SEED_PATH = '/seed/kazakhstan-wordpress.html';
/** A real article with images of its own (Readability's test suite, Apache-2.0: tests/fixtures/human/NOTICE). */
const IMAGES_PATH = '/human/bbc-1.html';

test('theme and type are chosen in the reader, saved, and shared with the popup, which stays within 800×600', async ({
  context,
  serviceWorker,
  extensionId,
  origin,
}) => {
  const { tabId } = await openTab(context, serviceWorker, origin + SEED_PATH);
  const reader = await openView(context, extensionId, 'reader', tabId);
  await expect(reader.getByTestId('reading-time')).toHaveText(/^\d+ min read$/);

  const menu = reader.getByTestId('appearance');
  await menu.locator('summary').click();
  await menu.getByLabel('Theme').selectOption('dark');
  await expect(reader.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(reader.locator('body')).toHaveCSS('background-color', 'rgb(31, 41, 51)');
  await menu.getByLabel('Font').selectOption('sans');
  await menu.getByLabel('Width').selectOption('wide');
  await expect(reader.locator('main.reader')).toHaveCSS('max-width', '900px');
  await menu.getByLabel(/Show images/).uncheck();
  // The flags are drawn again on the rebuilt article.
  await expect(reader.getByTestId('article').locator('mark.unspun-flag')).toHaveCount(5);

  const popup = await openView(context, extensionId, 'popup', tabId);
  await expect(popup.getByTestId('article')).toContainText('Kazakhstan');
  await expect(popup.locator('html')).toHaveAttribute('data-theme', 'dark');
  // The popup keeps within the browser's 800×600 limit.
  const size = await popup.evaluate(() => ({
    width: document.querySelector('main')!.getBoundingClientRect().width,
    height: document.querySelector('main')!.getBoundingClientRect().height,
  }));
  expect(size.width).toBeLessThanOrEqual(800);
  expect(size.height).toBeLessThanOrEqual(600);

  // Printed, the reader gives the article and its header on white, without the controls.
  for (const controls of ['.reader-tools', '.actions', '.flag-legend']) await expect(reader.locator(controls).first()).toBeVisible();
  await reader.emulateMedia({ media: 'print' });
  for (const controls of ['.reader-tools', '.actions', '.flag-legend']) await expect(reader.locator(controls).first()).toBeHidden();
  await expect(reader.getByTestId('title')).toBeVisible();
  await expect(reader.getByTestId('article')).toContainText('Kazakhstan');
  await expect(reader.locator('main.reader')).toHaveCSS('font-size', '16px');
  await expect(reader.locator('main.reader')).toHaveCSS('color', 'rgb(0, 0, 0)');
});

test('with images off, the reader shows and requests none of the article’s images', async ({
  context,
  serviceWorker,
  extensionId,
  origin,
}) => {
  const { tabId } = await openTab(context, serviceWorker, origin + IMAGES_PATH);
  const images = async (appearance: object) => {
    await serviceWorker.evaluate((value) => chrome.storage.local.set({ readerAppearance: value }), appearance);
    const reader = await context.newPage();
    const requested: string[] = [];
    reader.on('request', (request) => {
      if (request.resourceType() === 'image' && !request.url().startsWith('chrome-extension:')) requested.push(request.url());
    });
    await reader.goto(`chrome-extension://${extensionId}/reader.html?tabId=${tabId}`);
    await expect(reader.getByTestId('article')).toContainText('Iran');
    await reader.waitForTimeout(1000);
    const shown = await reader.getByTestId('article').locator('img').count();
    await reader.close();
    return { shown, requested: requested.length };
  };
  const on = await images({ images: true });
  expect(on.shown).toBeGreaterThan(0);
  expect(on.requested).toBeGreaterThan(0);
  expect(await images({ images: false })).toEqual({ shown: 0, requested: 0 });
});

/** Every theme on the page's root while the reader's view is on screen, from its first drawing (recorded as the page changes, not timed). */
const RECORD_THEMES = () => {
  const seen: (string | null)[] = [];
  (window as unknown as { themesSeen: typeof seen }).themesSeen = seen;
  new MutationObserver(() => {
    if (document.getElementById('app')?.firstChild) seen.push(document.documentElement.dataset.theme ?? null);
  }).observe(document, { childList: true, subtree: true, attributes: true });
};

test('a reader who chose dark never sees the popup or the reader tab drawn in another theme, not even the verdict', async ({
  context,
  serviceWorker,
  extensionId,
  origin,
}) => {
  await serviceWorker.evaluate(() => chrome.storage.local.set({ readerAppearance: { theme: 'dark' } }));
  const { tabId } = await openTab(context, serviceWorker, origin + SEED_PATH);
  for (const view of ['popup', 'reader'] as const) {
    const page = await context.newPage();
    await page.addInitScript(RECORD_THEMES);
    await page.goto(`chrome-extension://${extensionId}/${view}.html?tabId=${tabId}`);
    await expect(page.getByTestId('article')).toContainText('Kazakhstan');
    const seen = await page.evaluate(() => (window as unknown as { themesSeen: (string | null)[] }).themesSeen);
    expect(seen.length, view).toBeGreaterThan(0);
    expect(new Set(seen), view).toEqual(new Set(['dark']));
    await page.close();
  }
});

for (const theme of ['dark', 'sepia'] as const) {
  test(`the reader in the ${theme} theme has no serious or critical accessibility violation`, async ({
    context,
    serviceWorker,
    extensionId,
    origin,
  }) => {
    await serviceWorker.evaluate((chosen) => chrome.storage.local.set({ readerAppearance: { theme: chosen } }), theme);
    const { tabId } = await openTab(context, serviceWorker, origin + SEED_PATH);
    for (const view of ['popup', 'reader'] as const) {
      const reader = await openView(context, extensionId, view, tabId);
      await expect(reader.locator('html')).toHaveAttribute('data-theme', theme);
      await expect(reader.getByTestId('article').locator('mark.unspun-flag').first()).toBeVisible();
      const results = await new AxeBuilder({ page: reader }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(results.passes.length).toBeGreaterThan(10);
      const serious = results.violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
      expect(serious, `${view}, ${theme}`).toEqual([]);
      await reader.close();
    }
  });
}
