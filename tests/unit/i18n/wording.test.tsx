/**
 * lib's sentences (the detector's reasons, the flags' explanations, why a
 * block was left out) in the interface's language, from their message ids,
 * on the seed content-farm page (tests/fixtures/seed): Polish in a Polish
 * browser, lib's own English in an English one, and lib's English, marked
 * as English, where the interface has no words for them.
 */
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { analyzePage } from '@/lib/analyze';
import type { PageReport } from '@/lib/report';
import { say } from '@/components/i18n';
import { inEnglish } from '@/lib/wording-english';
import { LANGUAGE_PROFILES, languageName } from '@/lib/language/profiles';
import { VerdictPanel } from '@/components/VerdictPanel';
import { FlagMessage } from '@/components/FlagTools';
import { flagAriaLabel } from '@/components/words';
import { checkPattern } from '@/lib/rules/patterns';
import { parseExtendedSelector } from '@/lib/rules/extended-selector';
import { unanalysableReason, unanalysableWording } from '@/lib/unanalysable';
import { documentFrom, domFrom, fixture, FIXTURES } from '../helpers';
import { useMessages } from './fake-messages';

const report: PageReport = (() => {
  const dom = domFrom(fixture('seed/kazakhstan-wordpress.html'), `file://${FIXTURES}seed/kazakhstan-wordpress.html`);
  return analyzePage(dom.window.document, { window: dom.window as unknown as Window & typeof globalThis });
})();

function rendered(node: preact.ComponentChild): HTMLElement {
  const root = document.createElement('div');
  render(node, root);
  return root;
}

describe('lib’s sentences in the interface’s language', () => {
  it('are all worded by id on the seed page, and the English file says exactly what lib says', () => {
    const said = [
      ...report.mt.reasons.map((reason) => [reason.detailWording, reason.detail] as const),
      ...report.flags.filter((flag) => flag.messageWording).map((flag) => [flag.messageWording, flag.message] as const),
      ...report.removed.map((block) => [block.reasonWording, block.reason] as const),
    ];
    expect(report.mt.reasons.every((reason) => reason.detailWording)).toBe(true);
    expect(report.removed.every((block) => block.reasonWording)).toBe(true);
    expect(said.length).toBeGreaterThan(20);
    for (const [wording, english] of said) expect(say(wording, english)).toEqual({ text: english });
  });

  it('gives the verdict panel’s reasons in Polish, with Polish plurals, quotation marks and language names', () => {
    useMessages('pl');
    const panel = rendered(<VerdictPanel mt={report.mt} language="en" />);
    const items = [...panel.querySelectorAll('.reasons li')];
    expect(items).toHaveLength(report.mt.reasons.length);
    for (const item of items) expect(item.getAttribute('lang')).toBeNull();
    const texts = items.map((item) => item.textContent);
    expect(texts).toContain('Słowa pozostawione bez tłumaczenia: „[WIDEO]” (język: polski; po angielsku „[VIDEO]”).');
    expect(texts).toContain('Części strony są wciąż w innym języku: nazwa pliku obrazu „putin-szojgu.jpg” (język: polski).');
    expect(texts).toContain(
      'Cytaty otwiera myślnik zamiast cudzysłowu (1 raz), jak w tekstach polskich, rosyjskich, ukraińskich i czeskich.',
    );
    expect(texts).toContain(
      'Nazwy zapisano tak, jak w innym języku – polski: Kasym-Żomart (zwykle Kassym-Jomart) i Shoygu (zwykle Shoigu).',
    );
    expect(panel.textContent).not.toContain('Words left untranslated');
  });

  it('picks the Polish plural of a counted reason', () => {
    useMessages('pl');
    const dashes = (count: number) =>
      say({ id: 'reason_dialogueDashes', params: { count } }, 'English').text.match(/\((\d+ \p{L}+)\)/u)?.[1];
    expect([1, 2, 5, 22].map(dashes)).toEqual(['1 raz', '2 razy', '5 razy', '22 razy']);
    const links = (count: number) => say({ id: 'removed_shareLinks', params: { count } }, 'English').text;
    expect([2, 5, 22].map(links)).toEqual([
      '2 linki do udostępniania w serwisach społecznościowych',
      '5 linków do udostępniania w serwisach społecznościowych',
      '22 linki do udostępniania w serwisach społecznościowych',
    ]);
  });

  it('explains a flag in Polish, in the tooltip and the list and to screen readers', () => {
    useMessages('pl');
    const dash = report.flags.find((flag) => flag.ruleId === 'punctuation/dialogue-dash')!;
    const message = rendered(<FlagMessage flag={dash} class="flag-message" element="div" />).querySelector('.flag-message')!;
    expect(message.getAttribute('lang')).toBeNull();
    expect(message.textContent).toMatch(/^Ten cytat otwiera myślnik, jak w tekstach polskich/);
    expect(flagAriaLabel(dash)).toContain('Ten cytat otwiera myślnik');
    const name = report.flags.find((flag) => flag.text === 'Kasym-Żomart')!;
    expect(say(name.messageWording, name.message).text).toBe(
      '„Kasym-Żomart” to zapis typowy dla innego języka (język: polski); anglojęzyczne media piszą zwykle „Kassym-Jomart”.',
    );
  });

  it('says why a block was left out in Polish', () => {
    useMessages('pl');
    const reasons = report.removed.map((block) => say(block.reasonWording, block.reason).text);
    expect(reasons).toContain('klasa lub id „author-info”');
    expect(reasons).toContain('zaczyna się od „Also read” i składa się głównie z linków');
    expect(reasons).toContain('element <footer> poza artykułem');
  });

  it('names languages in English as the language data does', () => {
    for (const { code } of LANGUAGE_PROFILES)
      expect(inEnglish({ id: 'reason_hreflangAlternates', params: { languages: { list: [{ language: code }], join: 'and' } } })).toContain(
        ` in ${languageName(code)},`,
      );
  });

  it('refuses patterns and selectors with the same English as lib/wordings.ts (written apart for the content script)', () => {
    const doc = documentFrom('<p>x</p>');
    const patterns = ['', '<all_urls>', 'exa mple', 'ftp://example.com/*', '*://*/*', 'http://example.com'];
    const selectors = [
      '',
      'div[',
      ':has-text(x)',
      'a, b:has-text(x)',
      'div:xpath(//a)',
      'div:-abp-has(.a)',
      'div:nth-ancestor(2)',
      'div:not(:has-text(x))',
      'div:has-text()',
      'div:has-text(/a/g)',
      'div:has-text(/(/)',
      'div:upward(0)',
      'div:upward()',
      'div:upward(a[)',
      'div:has-text(x))',
      'div:has-text(x) p',
      'div:has-text(x',
      'div:remove():upward(1)',
      'div:remove(x)',
      'div:not(.a',
    ];
    let refused = 0;
    for (const result of [
      ...patterns.map((pattern) => checkPattern(pattern)),
      ...selectors.map((selector) => parseExtendedSelector(selector, doc)),
    ]) {
      if (result.ok) continue;
      refused++;
      expect(inEnglish(result.errorWording)).toBe(result.error);
    }
    expect(refused).toBe(patterns.length + selectors.length);
  });

  it('says why a rule’s pattern or selector was refused in Polish', () => {
    useMessages('pl');
    const pattern = checkPattern('<all_urls>');
    expect(pattern.ok).toBe(false);
    if (!pattern.ok)
      expect(say(pattern.errorWording, pattern.error).text).toBe('Reguła dotyczy jednej witryny: <all_urls> pasowałoby do każdej strony.');
    const selector = parseExtendedSelector('div:-abp-has(.ad)', documentFrom('<p>x</p>'));
    expect(selector.ok).toBe(false);
    if (!selector.ok)
      expect(say(selector.errorWording, selector.error).text).toBe(
        '„:-abp-has()” nie jest obsługiwane (to samo robi :has() z CSS); Unspun rozumie :has-text(), :upward() i :remove()',
      );
  });

  it('says in Polish that a page is empty or a PDF, and in English what lib always said', () => {
    const empty = documentFrom('<html><body> </body></html>');
    expect(say(unanalysableWording(empty)!, 'x')).toEqual({ text: unanalysableReason(empty) });
    useMessages('pl');
    expect(say(unanalysableWording(empty)!, 'x').text).toBe('Ta strona jest pusta: nie ma w niej tekstu do analizy.');
    expect(say(unanalysableWording(empty, 'application/pdf')!, 'x').text).toBe(
      'To jest PDF. Unspun czyta strony internetowe, nie dokumenty PDF.',
    );
  });

  it('keeps lib’s English, marked as English, where a flag’s words come from language data or an id is unknown', () => {
    useMessages('pl');
    const data = report.flags.find((flag) => flag.ruleId === 'wrong-institution-name/pl')!;
    expect(data.messageWording).toBeUndefined();
    const message = rendered(<FlagMessage flag={data} class="flag-message" element="div" />).querySelector('.flag-message')!;
    expect(message.getAttribute('lang')).toBe('en');
    expect(message.textContent).toBe(data.message);
    expect(say({ id: 'reason_fromANewerVersion' as 'quoted' }, 'English words')).toEqual({ text: 'English words', lang: 'en' });
  });
});
