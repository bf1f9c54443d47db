/**
 * The reader's flag tools in Chromium, on the seed page: the legend of flag
 * kinds (turned off and on, remembered in the settings), keyboard moves
 * between flags, the list of flags, and "Not a mistake" (remembered for the
 * site).
 */
import type { BrowserContext, Locator, Page, Worker } from '@playwright/test';
import { test, expect, tabIdOf } from './fixtures';

const SEED_PATH = '/seed/kazakhstan-wordpress.html';
// The order of FLAG_CATEGORIES (lib/report.ts), which the legend follows.
const CATEGORY_ORDER = [
  'untranslated',
  'transliteration',
  'false-friend',
  'calque',
  'literal-idiom',
  'wrong-institution-name',
  'grammar',
  'garbled',
  'punctuation',
];

async function openSeed(context: BrowserContext, serviceWorker: Worker, origin: string): Promise<number> {
  const page = await context.newPage();
  await page.goto(origin + SEED_PATH);
  return tabIdOf(serviceWorker, page);
}

async function openReader(context: BrowserContext, extensionId: string, tabId: number, entry: 'popup' | 'reader' = 'popup'): Promise<Page> {
  const reader = await context.newPage();
  await reader.goto(`chrome-extension://${extensionId}/${entry}.html?tabId=${tabId}`);
  await expect(reader.getByTestId('article').locator('mark.unspun-flag').first()).toBeVisible();
  return reader;
}

/** Each flag once (a flag crossing an element boundary has several marks): its key, words and category, in text order. */
async function flagsIn(article: Locator): Promise<Array<{ key: string; text: string; category: string }>> {
  const marks = await article.locator('mark.unspun-flag').evaluateAll((elements) =>
    elements.map((mark) => ({
      key: mark.getAttribute('data-flag-key')!,
      text: mark.textContent ?? '',
      category: mark.getAttribute('data-category')!,
    })),
  );
  const flags: Array<{ key: string; text: string; category: string }> = [];
  for (const mark of marks) {
    const known = flags.find((flag) => flag.key === mark.key);
    if (known) known.text += mark.text;
    else flags.push({ ...mark });
  }
  return flags;
}

const activeFlagKey = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.flagKey ?? null);

test('the legend lists the flag kinds present; one turned off stays off in the popup and the reader tab', async ({
  context,
  serviceWorker,
  extensionId,
  origin,
}) => {
  const tabId = await openSeed(context, serviceWorker, origin);
  const popup = await openReader(context, extensionId, tabId);
  const article = popup.getByTestId('article');
  const legend = popup.getByTestId('flag-legend');

  const flags = await flagsIn(article);
  const present = CATEGORY_ORDER.filter((category) => flags.some((flag) => flag.category === category));
  expect(present).toEqual(expect.arrayContaining(['transliteration', 'wrong-institution-name', 'punctuation']));
  const items = legend.getByRole('button');
  await expect(items).toHaveCount(present.length);
  expect(await items.evaluateAll((buttons) => buttons.map((button) => button.getAttribute('data-category')))).toEqual(present);

  // Plain-words name and count; pressed while shown.
  const names = legend.locator('button[data-category="transliteration"]');
  const transliterations = flags.filter((flag) => flag.category === 'transliteration').length;
  await expect(names).toHaveAccessibleName(`Name spelling ${transliterations} flags`);
  await expect(names).toHaveAttribute('aria-pressed', 'true');
  await expect(legend.locator('button[data-category="wrong-institution-name"]')).toContainText('Institution name');

  // Not by colour alone: every mark says its kind and what is wrong.
  const shoygu = article.locator('mark.unspun-flag', { hasText: 'Shoygu' });
  await expect(shoygu).toHaveAttribute('aria-label', /^Shoygu \(Name spelling\): .*Shoigu/);
  // Each kind has its own colour.
  const colours = await article
    .locator('mark.unspun-flag')
    .evaluateAll((marks) => marks.map((mark) => [mark.getAttribute('data-category'), getComputedStyle(mark).backgroundColor]));
  const byKind = new Map(colours.map(([category, colour]) => [category, colour]));
  expect(new Set(byKind.values()).size).toBe(byKind.size);

  await names.click();
  await expect(names).toHaveAttribute('aria-pressed', 'false');
  await expect(article.locator('mark[data-category="transliteration"]')).toHaveCount(0);
  const others = flags.filter((flag) => flag.category !== 'transliteration');
  expect(
    new Set(await article.locator('mark.unspun-flag').evaluateAll((marks) => marks.map((mark) => mark.getAttribute('data-flag-key')))),
  ).toEqual(new Set(others.map((flag) => flag.key)));
  await expect(article).toContainText('Shoygu');
  await expect(popup.getByTestId('flag-summary')).toContainText(`(${transliterations} more turned off)`);

  // Saved in the settings: reopened, and in the full-tab reader.
  await popup.reload();
  await expect(article.locator('mark.unspun-flag').first()).toBeVisible();
  await expect(legend.locator('button[data-category="transliteration"]')).toHaveAttribute('aria-pressed', 'false');
  await expect(article.locator('mark[data-category="transliteration"]')).toHaveCount(0);
  const reader = await openReader(context, extensionId, tabId, 'reader');
  await expect(reader.getByTestId('flag-legend').locator('button[data-category="transliteration"]')).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  await expect(reader.getByTestId('article').locator('mark[data-category="transliteration"]')).toHaveCount(0);
  const stored = await serviceWorker.evaluate(() => chrome.storage.sync.get('settings'));
  expect((stored.settings as { hiddenFlagCategories: string[] }).hiddenFlagCategories).toEqual(['transliteration']);

  // The options page shows the same switch, and turns it back on: the popup follows.
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const nameSpelling = options.getByRole('checkbox', { name: 'Name spelling' });
  await expect(nameSpelling).not.toBeChecked();
  await nameSpelling.check();
  await expect(article.locator('mark[data-category="transliteration"]')).toHaveCount(transliterations);
  await expect(reader.getByTestId('article').locator('mark[data-category="transliteration"]')).toHaveCount(transliterations);

  // Turned off and on again in the reader tab: the popup follows.
  const readerSwitch = reader.getByTestId('flag-legend').locator('button[data-category="transliteration"]');
  await readerSwitch.click();
  await expect(article.locator('mark[data-category="transliteration"]')).toHaveCount(0);
  await readerSwitch.click();
  await expect(reader.getByTestId('article').locator('mark[data-category="transliteration"]')).toHaveCount(transliterations);
  await expect(article.locator('mark[data-category="transliteration"]')).toHaveCount(transliterations);
});

test('j / k (and Alt+↓ / Alt+↑) move between the flags with a focus ring and the explanation, but not while typing', async ({
  context,
  serviceWorker,
  extensionId,
  origin,
}) => {
  const tabId = await openSeed(context, serviceWorker, origin);
  const popup = await openReader(context, extensionId, tabId);
  const flags = await flagsIn(popup.getByTestId('article'));
  expect(flags.length).toBeGreaterThan(2);
  const bar = popup.getByTestId('flag-bar');
  const tip = popup.getByTestId('flag-tip');

  await popup.keyboard.press('j');
  await expect.poll(() => activeFlagKey(popup)).toBe(flags[0]!.key);
  await expect(bar).toContainText(`1 of ${flags.length}`);
  await expect(tip).toBeVisible();

  await popup.keyboard.press('j');
  await expect.poll(() => activeFlagKey(popup)).toBe(flags[1]!.key);
  await expect(bar).toContainText(`2 of ${flags.length}`);
  await expect(bar).toContainText(flags[1]!.text);
  const focused = popup.locator(`mark.unspun-flag.current[data-flag-key="${flags[1]!.key}"]`).first();
  await expect(focused).toBeFocused();
  await expect(focused).toBeInViewport();
  const ring = await focused.evaluate((mark) => ({
    style: getComputedStyle(mark).outlineStyle,
    width: parseFloat(getComputedStyle(mark).outlineWidth),
  }));
  expect(ring.style).not.toBe('none');
  expect(ring.width).toBeGreaterThanOrEqual(2);

  await popup.keyboard.press('n');
  await expect.poll(() => activeFlagKey(popup)).toBe(flags[2]!.key);
  await popup.keyboard.press('k');
  await expect.poll(() => activeFlagKey(popup)).toBe(flags[1]!.key);
  await popup.keyboard.press('Alt+ArrowDown');
  await expect.poll(() => activeFlagKey(popup)).toBe(flags[2]!.key);
  await popup.keyboard.press('Alt+ArrowUp');
  await popup.keyboard.press('p');
  await expect.poll(() => activeFlagKey(popup)).toBe(flags[0]!.key);
  // The explanation is the current flag's.
  await expect(tip).toBeVisible();
  await expect(bar).toContainText(`1 of ${flags.length}`);

  // In a text field the keys are typing.
  await popup.evaluate(() => {
    const input = document.createElement('input');
    input.setAttribute('data-testid', 'typing');
    document.body.prepend(input);
  });
  const input = popup.getByTestId('typing');
  await input.focus();
  await popup.keyboard.type('jknp');
  await expect(input).toHaveValue('jknp');
  await expect(input).toBeFocused();
  await expect(bar).toContainText(`1 of ${flags.length}`);

  // Out of the field, they move again; Escape closes the current flag's bar.
  await popup.getByTestId('title').click();
  await popup.keyboard.press('j');
  await expect(bar).toContainText(`2 of ${flags.length}`);
  await popup.keyboard.press('Escape');
  await expect(bar).toHaveCount(0);
});

test('the list of flags shows each one and a click goes to it in the article', async ({ context, serviceWorker, extensionId, origin }) => {
  const tabId = await openSeed(context, serviceWorker, origin);
  const reader = await openReader(context, extensionId, tabId, 'reader');
  const flags = await flagsIn(reader.getByTestId('article'));

  const open = reader.getByRole('button', { name: `List all flags (${flags.length})` });
  await expect(open).toHaveAttribute('aria-expanded', 'false');
  await open.click();
  const list = reader.getByTestId('flag-list');
  await expect(list.locator('li')).toHaveCount(flags.length);
  const shoygu = list.locator('li', { hasText: 'Shoygu' });
  await expect(shoygu).toContainText('Name spelling');
  await expect(shoygu).toContainText('Suggestion: Shoigu');
  const ministry = list.locator('li', { hasText: 'Ministry of National Defense' });
  await expect(ministry).toContainText('Institution name');
  await expect(ministry).toContainText('Ministry of Defence');

  const key = flags.find((flag) => flag.text === 'Ministry of National Defense')!.key;
  await ministry.locator('button.flag-jump').click();
  const mark = reader.locator(`mark.unspun-flag[data-flag-key="${key}"]`);
  await expect(mark).toBeFocused();
  await expect(mark).toBeInViewport();
  await expect(mark).toHaveClass(/current/);
  await expect(reader.getByTestId('flag-tip')).toContainText('Ministry of Defence');
  await expect(reader.getByTestId('flag-bar')).toContainText('Ministry of National Defense');
  // And j goes on from there.
  const index = flags.findIndex((flag) => flag.key === key);
  await reader.keyboard.press('j');
  await expect.poll(() => activeFlagKey(reader)).toBe(flags[(index + 1) % flags.length]!.key);
});

test('"Not a mistake" removes a flag, which stays gone on that site after reopening, until flagged again', async ({
  context,
  serviceWorker,
  extensionId,
  origin,
}) => {
  const tabId = await openSeed(context, serviceWorker, origin);
  const popup = await openReader(context, extensionId, tabId);
  const article = popup.getByTestId('article');
  const flags = await flagsIn(article);
  const legendCount = (page: Page) => page.getByTestId('flag-legend').locator('button[data-category="transliteration"] .flag-legend-count');
  const transliterations = flags.filter((flag) => flag.category === 'transliteration').length;
  await expect(legendCount(popup)).toContainText(String(transliterations));

  // From the bar of the current flag.
  const index = flags.findIndex((flag) => flag.text === 'Shoygu');
  for (let step = 0; step <= index; step++) await popup.keyboard.press('j');
  await expect(popup.getByTestId('flag-bar')).toContainText('Shoygu');
  await popup.getByTestId('dismiss-current').click();
  await expect(article.locator('mark.unspun-flag', { hasText: 'Shoygu' })).toHaveCount(0);
  await expect(article).toContainText('Shoygu');
  await expect(legendCount(popup)).toContainText(String(transliterations - 1));
  await expect(popup.getByTestId('flag-bar')).toContainText('“Shoygu” will not be flagged on 127.0.0.1 again.');
  // The bar moved on to the next flag.
  await expect.poll(() => activeFlagKey(popup)).toBe(flags[index + 1]?.key ?? null);

  const stored = await serviceWorker.evaluate(() => chrome.storage.local.get('dismissedFlags'));
  expect(stored.dismissedFlags).toEqual({ '127.0.0.1': ['shoygu'] });

  // Reopened, in the popup and the reader tab: still gone, and listed as dismissed.
  await popup.reload();
  await expect(article.locator('mark.unspun-flag').first()).toBeVisible();
  await expect(article.locator('mark.unspun-flag', { hasText: 'Shoygu' })).toHaveCount(0);
  await expect(popup.getByTestId('dismissed')).toContainText('1 phrase marked “not a mistake” on 127.0.0.1');
  const reader = await openReader(context, extensionId, tabId, 'reader');
  await expect(reader.getByTestId('article').locator('mark.unspun-flag', { hasText: 'Shoygu' })).toHaveCount(0);

  // From the list: every flag of the phrase goes, and Undo brings them back.
  await reader.getByRole('button', { name: /^List all flags/ }).click();
  const kasym = reader.getByTestId('flag-list').locator('li', { hasText: 'Kasym-Żomart' });
  const kasymCount = await kasym.count();
  expect(kasymCount).toBeGreaterThan(0);
  await kasym.first().getByRole('button', { name: 'Not a mistake: “Kasym-Żomart”' }).click();
  await expect(reader.getByTestId('article').locator('mark.unspun-flag', { hasText: 'Kasym-Żomart' })).toHaveCount(0);
  await expect(kasym).toHaveCount(0);
  await reader.getByTestId('flag-bar').getByRole('button', { name: 'Undo' }).click();
  await expect(reader.getByTestId('article').locator('mark.unspun-flag', { hasText: 'Kasym-Żomart' })).toHaveCount(kasymCount);

  // "Flag again" in the list of dismissed phrases.
  await reader.getByTestId('dismissed').locator('summary').click();
  await reader.getByRole('button', { name: 'Flag “shoygu” again' }).click();
  await expect(reader.getByTestId('article').locator('mark.unspun-flag', { hasText: 'Shoygu' })).toHaveCount(1);
  await expect(popup.getByTestId('article').locator('mark.unspun-flag', { hasText: 'Shoygu' })).toHaveCount(1);
  await expect(reader.getByTestId('dismissed')).toHaveCount(0);
});
