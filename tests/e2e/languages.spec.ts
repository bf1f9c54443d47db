/**
 * Languages end to end: Chromium started in Polish (--lang=pl) shows the
 * popup, the reader and the options page in Polish, with Polish plurals and
 * language names; an article written right to left (Hebrew, a page of the
 * project's own) is laid out right to left in the reader, its lines flush
 * with the right edge, while the English interface around it stays left to right.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Worker } from '@playwright/test';
import { test as base, expect, launchWithExtension, openTab, openView } from './fixtures';

const SEED_PATH = '/seed/kazakhstan-wordpress.html';

/** The same fixtures, with the browser's language set to Polish. */
const test = base.extend<{ context: BrowserContext }>({
  context: async ({}, use) => {
    const context = await launchWithExtension(['--lang=pl', '--accept-lang=pl']);
    await use(context);
    await context.close();
  },
});

/** The message file the browser picked (each file names its language). */
async function messageLanguage(serviceWorker: Worker): Promise<string> {
  return serviceWorker.evaluate(() => chrome.i18n.getMessage('locale'));
}

test('in a Polish browser the popup, the reader and the options page speak Polish', async ({
  context,
  serviceWorker,
  extensionId,
  origin,
}) => {
  // --lang picks the extension's message file; getUILanguage(), @@ui_locale and navigator.language stay en-US in headless Chromium.
  expect(await messageLanguage(serviceWorker)).toBe('pl');
  const { tabId } = await openTab(context, serviceWorker, origin + SEED_PATH);

  const popup = await openView(context, extensionId, 'popup', tabId);
  await expect(popup.locator('html')).toHaveAttribute('lang', 'pl');
  await expect(popup.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(popup.getByTestId('verdict-label')).toHaveText('Przetłumaczone maszynowo; język oryginału: polski');
  await expect(popup.getByTestId('source-language')).toHaveText('Prawdopodobny język oryginału: polski');
  await expect(popup.getByRole('button', { name: 'Wyczyść tę stronę' })).toBeVisible();
  await expect(popup.getByRole('button', { name: 'Otwórz w karcie' })).toBeVisible();
  // A count in Polish: "Oznaczono 5 dziwnych sformułowań", "Oznaczono 3 dziwne sformułowania".
  await expect(popup.getByTestId('flag-summary')).toHaveText(/^Oznaczono \d+ dziwn(e|ych) sformułowa(nia|ń|nie)/);
  // The detector's reasons in Polish too, from their message ids: none is left in English.
  await expect(popup.getByTestId('reasons')).toContainText(
    'Słowa pozostawione bez tłumaczenia: „[WIDEO]” (język: polski; po angielsku „[VIDEO]”).',
  );
  await expect(popup.getByTestId('reasons')).toContainText('Cytaty otwiera myślnik zamiast cudzysłowu (1 raz)');
  await expect(popup.locator('.reasons li[lang="en"]')).toHaveCount(0);

  await popup.getByRole('button', { name: 'Wyczyść tę stronę' }).click();
  await expect(popup.getByRole('button', { name: 'Pokaż oryginał' })).toBeVisible();
  await expect(popup.locator('.clean-count')).toHaveText(/^Ukryto \d+ blok(i|ów)?$/);

  const reader = await openView(context, extensionId, 'reader', tabId);
  await expect(reader.getByTestId('verdict-label')).toHaveText('Przetłumaczone maszynowo; język oryginału: polski');
  await expect(reader.getByTestId('appearance').locator('summary')).toHaveText('Wygląd');
  await expect(reader.getByTestId('export').locator('summary')).toHaveText('Eksport');
  await expect(reader.getByTestId('reading-time')).toHaveText(/^\d+ min czytania$/);
  // A flag's explanation in Polish, in the tooltip (j goes to the first flag) and in the list of flags. The flags
  // are drawn after the verdict and the appearance menu (their code is a chunk of its own): press j once they show.
  await expect(reader.getByTestId('flag-summary')).toBeVisible();
  await expect(reader.getByTestId('article').locator('mark.unspun-flag').first()).toBeVisible();
  await reader.keyboard.press('j');
  await expect(reader.getByTestId('flag-tip')).toContainText('„Kasym-Żomart” to zapis typowy dla innego języka (język: polski)');
  await reader.getByRole('button', { name: /^Lista wszystkich oznaczeń/ }).click();
  await expect(reader.getByTestId('flag-list').locator('.flag-item-message', { hasText: 'Ten cytat otwiera myślnik' })).toHaveCount(1);
  // Why a block was left out.
  await expect(reader.locator('.removed .why', { hasText: 'klasa lub id „author-info”' })).toHaveCount(1);
  // The export's header and the flags' notes in Polish; the article stays as it was written.
  const exportMenu = reader.getByTestId('export');
  await exportMenu.locator('summary').click();
  await exportMenu.getByLabel('Oznaczenia jako przypisy').check();
  const [markdownFile] = await Promise.all([
    reader.waitForEvent('download'),
    exportMenu.getByRole('button', { name: 'Zapisz .md' }).click(),
  ]);
  const markdown = await readFile((await markdownFile.path())!, 'utf8');
  expect(markdown).toContain('*Autor: Banner Leon*');
  expect(markdown).toContain(`*Źródło: ${origin}${SEED_PATH}*`);
  expect(markdown).toMatch(/\*Unspun: Przetłumaczone maszynowo; język oryginału: polski \(wynik: \d+%\)\*/);
  expect(markdown).toMatch(/\[\^\d\]: “Kasym-Żomart”: „Kasym-Żomart” to zapis typowy dla innego języka/);
  expect(markdown).not.toMatch(/\*By |Source:|score|Suggestion:/);

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByRole('heading', { level: 1 })).toHaveText('Ustawienia Unspun');
  await expect(options).toHaveTitle('Ustawienia Unspun');
  await expect(options.getByRole('button', { name: 'Dodaj regułę' })).toBeVisible();
  // A rule refused, in Polish.
  await options.getByRole('button', { name: 'Dodaj regułę' }).click();
  await options.locator('input[name="pattern"]').fill('<all_urls>');
  await expect(options.locator('#pattern-error')).toHaveText('Reguła dotyczy jednej witryny: <all_urls> pasowałoby do każdej strony.');
  // A broken rules file and a filter list's skipped lines, in Polish.
  const directory = mkdtempSync(join(tmpdir(), 'unspun-import-'));
  const broken = join(directory, 'broken.json');
  writeFileSync(
    broken,
    '{\n  "format": "unspun-rules",\n  "version": 1,\n  "rules": [{ "id": "a", "pattern": "x", "enabled": "yes", "autoClean": true }]\n}\n',
  );
  await options.getByTestId('import-file').setInputFiles(broken);
  await expect(options.getByTestId('import-error')).toContainText('niczego nie zmieniono');
  await expect(options.getByTestId('import-error')).toContainText(
    'rules[0].enabled (wiersz 4): musi mieć wartość true albo false; znaleziono: "yes".',
  );
  const filters = join(directory, 'filters.txt');
  writeFileSync(filters, 'news.example##.related-posts\n||ads.example^\n');
  await options.getByTestId('import-file').setInputFiles(filters);
  await expect(options.getByTestId('import-preview')).toContainText(
    'blokuje lub dopuszcza żądania sieciowe (filtr sieciowy); Unspun nie blokuje żądań',
  );

  // A page with nothing to read says so in Polish.
  const empty = await openTab(context, serviceWorker, origin + '/pages/empty.html');
  const emptyPopup = await openView(context, extensionId, 'popup', empty.tabId);
  await expect(emptyPopup.getByTestId('error')).toHaveText('Ta strona jest pusta: nie ma w niej tekstu do analizy.');

  // The browser's own places: the commands' descriptions in its shortcut settings.
  const commands = await serviceWorker.evaluate(() => chrome.commands.getAll());
  expect(commands.find((command) => command.name === 'open-reader')?.description).toBe('Otwórz tę stronę w czytniku Unspun');
});
