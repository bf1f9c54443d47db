/**
 * Site rules end to end: a rule added on the options page cleans matching
 * pages on their own (late content included), a disabled rule does not, a
 * broken import changes nothing, and the popup adds a rule in one click.
 *
 * The e2e build holds the host permission for 127.0.0.1 from install (see
 * wxt.config.ts), so the permission request on save resolves without the
 * prompt that headless Chromium cannot answer.
 */
import { writeFileSync, mkdtempSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { test, expect, tabIdOf } from './fixtures';

const SEED_PATH = '/seed/kazakhstan-wordpress.html';
const LATE_PATH = '/pages/late-comments.html';
const HIDDEN = '[data-unspun-hidden]';

async function openOptions(context: BrowserContext, extensionId: string): Promise<Page> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByRole('heading', { name: 'Site rules' })).toBeVisible();
  return options;
}

async function addRule(options: Page, pattern: string, removeSelectors = '', autoClean = true): Promise<void> {
  await options.getByRole('button', { name: 'Add a rule' }).click();
  const editor = options.getByTestId('rule-editor');
  await editor.locator('input[name="pattern"]').fill(pattern);
  // Only 127.0.0.1 is granted in the e2e build; auto-clean elsewhere would open a prompt headless Chromium cannot answer.
  if (!autoClean) await editor.locator('input[name="autoClean"]').uncheck();
  if (removeSelectors) await editor.locator('textarea[name="removeSelectors"]').fill(removeSelectors);
  await editor.getByRole('button', { name: 'Save rule' }).click();
  await expect(options.locator(`[data-testid="rule"][data-pattern="${pattern}"]`)).toBeVisible();
}

/** Waits until the background has registered the cleanup for `pattern`. */
async function registered(serviceWorker: Worker, pattern: string | null): Promise<void> {
  await expect
    .poll(async () =>
      serviceWorker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).flatMap((script) => script.matches ?? [])),
    )
    .toEqual(pattern ? [pattern] : []);
}

test('a rule from the options page cleans its site without a click, late comments included; disabled, it stops', async ({
  context,
  extensionId,
  serviceWorker,
  origin,
}) => {
  const options = await openOptions(context, extensionId);
  await addRule(options, 'http://127.0.0.1/*', '.site-description');
  await expect(options.getByTestId('permission-missing')).toHaveCount(0);
  await registered(serviceWorker, 'http://127.0.0.1/*');

  const page = await context.newPage();
  await page.goto(origin + SEED_PATH);
  await expect(page.locator('.entry-content p', { hasText: 'Also read:' }).first()).toBeHidden();
  await expect(page.getByText('Videogames entered his life')).toBeHidden();
  await expect(page.locator('#respond')).toBeHidden();
  // The rule's own selector applies on top of the built-in detection.
  await expect(page.locator('.site-description')).toBeHidden();
  await expect(page.getByText('Protests broke out in Kazakhstan', { exact: false })).toBeVisible();

  const late = await context.newPage();
  await late.goto(origin + LATE_PATH);
  await expect(late.locator('p.read-also')).toBeHidden();
  await expect(late.locator('#commentform')).toBeAttached({ timeout: 5000 });
  await expect(late.locator('#comments')).toBeHidden();
  await expect(late.getByText('The town council voted on Tuesday')).toBeVisible();

  await options.bringToFront();
  await options.locator('[data-testid="rule"][data-pattern="http://127.0.0.1/*"]').getByRole('button', { name: 'Disable' }).click();
  await registered(serviceWorker, null);
  const again = await context.newPage();
  await again.goto(origin + SEED_PATH);
  await expect(again.getByText('Videogames entered his life')).toBeVisible();
  await again.waitForTimeout(500);
  expect(await again.locator(HIDDEN).count()).toBe(0);
});

test('the editor refuses an invalid pattern or selector and previews what a selector matches', async ({ context, extensionId, origin }) => {
  const page = await context.newPage();
  await page.goto(origin + SEED_PATH);
  const options = await openOptions(context, extensionId);
  await options.getByRole('button', { name: 'Add a rule' }).click();
  const editor = options.getByTestId('rule-editor');
  const save = editor.getByRole('button', { name: 'Save rule' });

  await editor.locator('input[name="pattern"]').fill('*://exa*mple.com/*');
  await expect(editor.getByRole('alert')).toContainText('not a valid match pattern');
  await expect(save).toBeDisabled();

  await editor.locator('input[name="pattern"]').fill('http://127.0.0.1/*');
  await editor.locator('textarea[name="removeSelectors"]').fill('div[');
  await expect(editor.getByRole('alert')).toContainText('Line 1');
  await expect(save).toBeDisabled();

  await editor.locator('textarea[name="removeSelectors"]').fill('.sd-button\n.entry-content p:has-text(Also read)');
  await expect(save).toBeEnabled();
  const preview = editor.getByTestId('selector-preview');
  await expect(preview).toContainText('.sd-button (hidden): 8 elements');
  await expect(preview).toContainText('.entry-content p:has-text(Also read) (hidden): 2 elements');
});

test('an import with a broken line is refused with the line, and nothing changes', async ({ context, extensionId }) => {
  const options = await openOptions(context, extensionId);
  await addRule(options, 'kept.example', '', false);
  const directory = mkdtempSync(join(tmpdir(), 'unspun-import-'));

  const broken = join(directory, 'broken.json');
  writeFileSync(
    broken,
    '{\n  "format": "unspun-rules",\n  "version": 1,\n  "rules": [\n    { "id": "a", "pattern": "new.example", "enabled": true, "autoClean": true,\n      "removeSelectors": [".x"], "keepSelectors": [], "sourceLanguage": null, "note": "" }\n    { "id": "b" }\n  ]\n}\n',
  );
  await options.getByTestId('import-file').setInputFiles(broken);
  await expect(options.getByTestId('import-error')).toContainText('line 7');
  await expect(options.getByTestId('import-error')).toContainText('nothing was changed');
  await expect(options.getByTestId('rule')).toHaveCount(1);

  const filters = join(directory, 'filters.txt');
  writeFileSync(filters, '! my list\nnews.example##.related-posts\nnews.example##div:xpath(//p)\n||ads.example^\n');
  await options.getByTestId('import-file').setInputFiles(filters);
  const preview = options.getByTestId('import-preview');
  await expect(preview).toContainText('1 added: news.example');
  await expect(preview).toContainText('2 lines skipped');
  await expect(preview).toContainText('line 3');
  await expect(options.getByTestId('rule')).toHaveCount(1);
  await preview.getByRole('button', { name: 'Apply import' }).click();
  await expect(options.getByTestId('rule')).toHaveCount(2);
  const imported = options.locator('[data-testid="rule"][data-pattern="news.example"]');
  await expect(imported).toContainText('1 to hide');
  // Imported rules carry no permission: the list says so and offers to grant it.
  await expect(imported.getByTestId('permission-missing')).toBeVisible();
  await expect(imported.getByRole('button', { name: 'Grant permission' })).toBeVisible();
});

test('"Always clean this site" in the popup adds a rule and cleans the page', async ({ context, serviceWorker, extensionId, origin }) => {
  const page = await context.newPage();
  await page.goto(origin + SEED_PATH);
  const tabId = await tabIdOf(serviceWorker, page);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  await popup.getByRole('button', { name: 'Always clean this site' }).click();
  await expect(popup.getByTestId('rule-message')).toContainText('127.0.0.1 will be cleaned automatically');
  await expect(page.getByText('Videogames entered his life')).toBeHidden();

  const options = await openOptions(context, extensionId);
  await expect(options.locator('[data-testid="rule"][data-pattern="127.0.0.1"]')).toContainText('auto-clean');
});

test('damaged stored rules and settings: the options page says so, keeps the good rules, and gives the damaged ones back', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  await serviceWorker.evaluate(async () => {
    const good = {
      id: 'rule-good',
      pattern: 'good.example',
      enabled: true,
      autoClean: false,
      removeSelectors: ['.promo'],
      keepSelectors: [],
      sourceLanguage: null,
      note: '',
    };
    await chrome.storage.sync.set({
      rules: [good, { pattern: 404 }, 'tampered'],
      settings: { badge: 'maybe', flagCategories: ['grammar'] },
    });
  });
  const options = await openOptions(context, extensionId);
  const warning = options.getByTestId('storage-damage');
  await expect(warning).toContainText('2 stored rules could not be read');
  await expect(warning).toContainText('your other rules work as before');
  await expect(warning).toContainText('back to their defaults: the toolbar badge.');
  await expect(options.getByTestId('rule')).toHaveCount(1);
  await expect(options.locator('[data-testid="rule"][data-pattern="good.example"]')).toBeVisible();

  const [download] = await Promise.all([options.waitForEvent('download'), warning.getByRole('button', { name: 'Download them' }).click()]);
  const saved = JSON.parse(await readFile((await download.path())!, 'utf8')) as unknown[];
  expect(saved).toEqual([{ pattern: 404 }, 'tampered']);

  await warning.getByRole('button', { name: 'Discard' }).click();
  await expect(options.getByText('stored rules could not be read')).toHaveCount(0);
  await expect(options.getByTestId('rule')).toHaveCount(1);
});

test('a rule’s own selectors are hidden before the page’s scripts run, and "Show original" shows them again', async ({
  context,
  extensionId,
  serviceWorker,
  origin,
}) => {
  const options = await openOptions(context, extensionId);
  await addRule(options, 'http://127.0.0.1/*', '.sponsor-strip');
  await registered(serviceWorker, 'http://127.0.0.1/*');

  const page = await context.newPage();
  // The rest of the page arrives 1 s after the block, as over a slow network: long before
  // DOMContentLoaded, so a cleanup that waited for the parsed DOM would still show the block here.
  // The style waits on one storage read; 150 ms was not always enough for it on a CI machine
  // under load (it failed 2 runs of ~10), and a page's second chunk is not bound to come sooner.
  await page.goto(origin + '/pages/rule-early.html?pause=1000');
  // The page's inline script right after the block saw it hidden: it was never painted.
  expect(
    await page.evaluate(() => (window as unknown as { sponsorDisplayWhenPageScriptRan: string }).sponsorDisplayWhenPageScriptRan),
  ).toBe('none');
  await expect(page.locator('#sponsor')).toBeHidden();
  await expect(page.getByText('The harbour reopened on Friday')).toBeVisible();

  const tabId = await tabIdOf(serviceWorker, page);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  await popup.getByRole('button', { name: 'Show original' }).click();
  await expect(page.locator('#sponsor')).toBeVisible();
});

test('a block the page changed between the snapshot and the answer is left alone; the rest is hidden', async ({
  context,
  extensionId,
  serviceWorker,
  origin,
}) => {
  const options = await openOptions(context, extensionId);
  await addRule(options, 'http://127.0.0.1/*');
  await registered(serviceWorker, 'http://127.0.0.1/*');

  const page = await context.newPage();
  await page.goto(origin + '/pages/changes-after-load.html');
  await expect(page.locator('#share')).toBeHidden();
  await expect(page.locator('#related h3')).toHaveText('Readers also liked');
  await expect(page.locator('#related')).toBeVisible();
  await expect(page.getByText('The town library will stay open')).toBeVisible();
});
