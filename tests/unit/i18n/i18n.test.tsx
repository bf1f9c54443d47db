import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { applyUiLanguage, languageLabel, t, tp, uiDirection, uiLocale } from '@/components/i18n';
import { VerdictPanel } from '@/components/VerdictPanel';
import type { MtAssessment } from '@/lib/report';
import { useMessages } from './fake-messages';

const machineTranslated: MtAssessment = {
  score: 0.9,
  verdict: 'machine-translated',
  sourceLanguage: 'pl',
  reasons: [{ signal: 'translation-plugins', weight: 0.9, detail: 'The page carries the marks of machine translation: GTranslate.' }],
  translation: { likely: true, sourceLanguage: 'pl', score: 0.9 },
  machine: { score: 0.9, textModel: 0.8, readsAsMachine: true },
  verdictKind: 'machine-translated',
  summary: 'Machine-translated from Polish',
};

function shown(mt: MtAssessment): HTMLElement {
  const root = document.createElement('div');
  render(<VerdictPanel mt={mt} language="en" />, root);
  return root;
}

describe('the interface in the browser’s language', () => {
  it('shows the verdict, the answers and the source language in Polish in a Polish browser; a reason without a message id (an older report) stays English, marked so', () => {
    useMessages('pl');
    const panel = shown(machineTranslated);
    expect(panel.querySelector('.verdict-label')?.textContent).toBe('Przetłumaczone maszynowo; język oryginału: polski');
    expect(panel.textContent).toContain('Przetłumaczone?Prawdopodobnie; język oryginału: polski');
    expect(panel.textContent).toContain('Przez maszynę?Tak: strona nosi ślady');
    expect(panel.querySelector('[data-testid="source-language"]')?.textContent).toBe('Prawdopodobny język oryginału: polski');
    expect(panel.querySelector('.reasons li')?.getAttribute('lang')).toBe('en');
    expect(panel.querySelector('.reasons')?.textContent).toContain('GTranslate');
  });

  it('says the same in English, from the English file, with the English language name', () => {
    const panel = shown(machineTranslated);
    expect(panel.querySelector('.verdict-label')?.textContent).toBe('Machine-translated from Polish');
    expect(panel.querySelector('[data-testid="source-language"]')?.textContent).toBe('Probably translated from Polish');
  });

  it('picks the plural form with the rules of the file’s language', () => {
    expect([1, 2, 5].map((count) => tp('blocksHidden', count))).toEqual(['1 block hidden', '2 blocks hidden', '5 blocks hidden']);
    useMessages('pl');
    expect([1, 2, 5, 22, 25, 112].map((count) => tp('blocksHidden', count))).toEqual([
      'Ukryto 1 blok',
      'Ukryto 2 bloki',
      'Ukryto 5 bloków',
      'Ukryto 22 bloki',
      'Ukryto 25 bloków',
      'Ukryto 112 bloków',
    ]);
    // A browser in a language without a file gets the English one, and English plural rules with it.
    useMessages('en', 'de');
    expect(uiLocale()).toBe('en');
    expect(tp('blocksHidden', 1)).toBe('1 block hidden');
  });

  it('lays the interface out right to left when the file in use is a right-to-left language’s, and only then', () => {
    useMessages('en', 'ar');
    expect(uiDirection()).toBe('ltr');
    const getMessage = fakeBrowser.i18n.getMessage;
    fakeBrowser.i18n.getMessage = ((key: string, substitutions?: string[]) =>
      key === 'locale' ? 'he' : getMessage(key as 'locale', substitutions)) as typeof getMessage;
    expect(uiDirection()).toBe('rtl');
    const root = document.createElement('html');
    applyUiLanguage(root);
    expect([root.lang, root.dir]).toEqual(['he', 'rtl']);
  });

  it('names languages in the interface’s language, and never shows a blank for a missing key', () => {
    useMessages('pl');
    expect(languageLabel('de')).toBe('niemiecki');
    expect(languageLabel('qq', 'Unknown')).toBe('Unknown');
    expect(t('nonexistent' as 'undo')).toBe('nonexistent');
  });
});
