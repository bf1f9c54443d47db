/**
 * The Polish interface in real Firefox: a profile that asks for Polish
 * (intl.locale.requested) gets the extension's Polish message file, as a
 * Polish Firefox would. Firefox gives an extension the language of its own
 * interface, which must be installed: Debian's firefox-esr-l10n-pl (.ci/run
 * installs it); without it Firefox stays English and this file says so.
 */
import { beforeAll, expect, test } from 'vitest';
import { WAIT, button, element, openExtensionPage, openPage, tabIdOf, textOf, useFirefox } from './firefox';

const SEED_PATH = '/seed/kazakhstan-wordpress.html';

const session = useFirefox({ 'intl.locale.requested': 'pl' });

beforeAll(async () => {
  const language = await session.control.evaluate(() => browser.i18n.getUILanguage());
  if (!language.startsWith('pl'))
    throw new Error(
      `Firefox's interface is ${language}, not Polish: install its Polish language pack (apt-get install firefox-esr-l10n-pl).`,
    );
});

test('in a Polish Firefox the popup and the options page speak Polish', async () => {
  const page = await openPage(session.firefox, `${session.origin}${SEED_PATH}?language=pl`);
  const tabId = await tabIdOf(session.control, page.url());
  const popup = await openExtensionPage(session.firefox, `popup.html?tabId=${tabId}`);

  await expect.poll(() => textOf(popup, '[data-testid="verdict-label"]'), WAIT).toBe('Przetłumaczone maszynowo; język oryginału: polski');
  expect(await popup.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['pl', 'ltr']);
  expect(await textOf(popup, '[data-testid="source-language"]')).toBe('Prawdopodobny język oryginału: polski');
  // The detector's reasons from their message ids, with Polish plurals; none left in English.
  const reasons = (await textOf(popup, '[data-testid="reasons"]')) ?? '';
  expect(reasons).toContain('Słowa pozostawione bez tłumaczenia: „[WIDEO]” (język: polski; po angielsku „[VIDEO]”).');
  expect(reasons).toContain('Cytaty otwiera myślnik zamiast cudzysłowu (1 raz)');
  expect(await popup.$$eval('.reasons li[lang="en"]', (items) => items.length)).toBe(0);
  expect(await textOf(popup, '[data-testid="flag-summary"]')).toMatch(/^Oznaczono \d+ dziwn(e|ych) sformułowa(nia|ń|nie)/);

  await (await button(popup, 'Wyczyść tę stronę')).click();
  await button(popup, 'Pokaż oryginał');
  await expect.poll(() => textOf(popup, '.clean-count'), WAIT).toMatch(/^Ukryto \d+ blok(i|ów)?$/);
  await popup.close();
  await page.close();

  const options = await openExtensionPage(session.firefox, 'options.html');
  await expect.poll(() => options.title(), WAIT).toBe('Ustawienia Unspun');
  await (await button(options, 'Dodaj regułę')).click();
  await (await element(options, '[data-testid="rule-editor"] input[name="pattern"]')).type('<all_urls>');
  await expect
    .poll(() => textOf(options, '#pattern-error'), WAIT)
    .toBe('Reguła dotyczy jednej witryny: <all_urls> pasowałoby do każdej strony.');
  await options.close();
});
