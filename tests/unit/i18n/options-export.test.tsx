/**
 * The options page's import messages and the reader's exports in the
 * interface's language: a rules file refused, a filter list's skipped lines,
 * and an exported article's header and notes, in Polish in a Polish browser
 * and as lib has always written them in an English one.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { say } from '@/components/i18n';
import { sayImportErrors } from '@/components/options/ImportExport';
import { exportVerdict, exportWords } from '@/components/ExportMenu';
import { articleHtml, articleMarkdown, articlePlainText, type ExportInput } from '@/lib/export/article';
import { parseCosmeticFilters } from '@/lib/rules/filters';
import { exportRules, formatImportErrors, parseImport, type ImportError } from '@/lib/rules/transfer';
import { DEFAULT_SETTINGS, createRule } from '@/lib/rules/model';
import { parseExtendedSelector } from '@/lib/rules/extended-selector';
import type { Flag, MtAssessment } from '@/lib/report';
import { wording } from '@/lib/wording';
import { useMessages } from './fake-messages';

const validateSelector = (selector: string) => {
  const parsed = parseExtendedSelector(selector, document);
  return parsed.ok ? null : parsed;
};

function errorsOf(text: string): ImportError[] {
  const parsed = parseImport(text, { validateSelector });
  if (parsed.ok) throw new Error('expected the file to be refused');
  return parsed.errors;
}

const exported = (change: (file: Record<string, unknown>) => void): string => {
  const file = JSON.parse(exportRules([createRule('example.com', { id: 'a', removeSelectors: ['.ad'] })], DEFAULT_SETTINGS)) as Record<
    string,
    unknown
  >;
  change(file);
  return JSON.stringify(file, null, 2);
};

/** Files that break each part of an export, one message of the importer's at least each. */
const BROKEN = [
  '',
  '{"format": "unspun-rules", ',
  '{"format": }',
  '[1, 2]',
  '{"rules": []}',
  exported((file) => (file.format = 'ublock')),
  exported((file) => (file.version = 7)),
  exported((file) => delete file.version),
  exported((file) => delete file.rules),
  exported((file) => (file.settings = 'on')),
  exported((file) => {
    file.rules = [
      { id: '', pattern: 'not a domain', enabled: 'yes', autoClean: 1, removeSelectors: ['div[', ''], sourceLanguage: 'Polish', note: 3 },
      { id: 'x'.repeat(201), pattern: 5, enabled: true, autoClean: true, keepSelectors: {} },
      { id: 'a', pattern: 'a.com', enabled: true, autoClean: true },
      { id: 'a', pattern: 'b.com', enabled: true, autoClean: true },
      'rule',
    ];
    file.settings = { badge: 'no', autoCleanThreshold: 2, flagCategories: ['grammar', 'style'], hiddenFlagCategories: 'all' };
  }),
];

describe('import messages in the interface’s language', () => {
  it('say why a rules file is refused in Polish, where in the file in Polish words, every message a Polish one', () => {
    useMessages('pl');
    const errors = BROKEN.flatMap(errorsOf);
    expect(new Set(errors.map((error) => error.wording.id)).size).toBeGreaterThan(20);
    for (const error of errors) {
      const said = say(error.wording, error.message);
      expect(said.lang, error.wording.id).toBeUndefined();
      expect(said.text, error.wording.id).not.toBe(error.message);
    }
    const text = sayImportErrors(errors);
    expect(text).toContain('Plik jest pusty.');
    expect(text).toMatch(/^wiersz 1, kolumna \d+: Plik wygląda na ucięty/m);
    expect(text).toContain('rules[0].enabled (wiersz 6): musi mieć wartość true albo false; znaleziono: "yes".');
    expect(text).toContain('rules[0].removeSelectors[0] (wiersz 6): „div[”: „div[” to nieprawidłowy selektor CSS');
    expect(text).toContain('rules[1].id (wiersz 18): liczba znaków: 201; limit to 200.');
    expect(text).toContain('rules[1].keepSelectors (wiersz 18): musi być listą selektorów; znaleziono: obiekt.');
    expect(text).toContain('rules[3].id (wiersz 31): "a" to także identyfikator rules[2] (wiersz 25)');
    expect(text).toContain('version: brakuje tego pola: ta wersja Unspun odczytuje wersję 1.');
  });

  it('say the same in English as lib has always written, where in the file included', () => {
    const errors = BROKEN.flatMap(errorsOf);
    expect(sayImportErrors(errors)).toBe(formatImportErrors(errors));
  });

  it('say why each line of a filter list was skipped in Polish', () => {
    useMessages('pl');
    const list = [
      '||ads.example.com^',
      'example.com#$#body { color: red }',
      'example.com#%#alert(1)',
      'example.com##+js(noop)',
      'example.com##^script',
      '##.ad',
      '~example.com##.ad',
      'example.com##',
      '[$path=/a]example.com##.ad',
      'example.*##.ad',
      '/ex.*/##.ad',
      'example.com,~shop.example.org##.ad',
      'example.com,~shop.example.com#@#.ad',
      'example.com##div[',
      'exa mple.com##.ad',
    ].join('\n');
    const { skipped } = parseCosmeticFilters(list, document);
    expect(skipped.length).toBeGreaterThanOrEqual(15);
    for (const line of skipped) {
      const said = say(line.reasonWording, line.reason);
      expect(said.lang, line.text).toBeUndefined();
      expect(said.text, line.text).not.toBe(line.reason);
    }
    const reasons = skipped.map((line) => say(line.reasonWording, line.reason).text);
    expect(reasons[0]).toBe('blokuje lub dopuszcza żądania sieciowe (filtr sieciowy); Unspun nie blokuje żądań');
    expect(reasons).toContain('dotyczy wszystkich witryn oprócz example.com; reguła jest dla jednej witryny');
    expect(reasons).toContain(
      '„~shop.example.org” nie jest subdomeną example.com, więc Unspun nie może jej pominąć; tej części nie zaimportowano',
    );
  });

  it('name a list refused whole in Polish, with Polish numbers', () => {
    useMessages('pl');
    const { skipped } = parseCosmeticFilters(Array.from({ length: 20_001 }, (_, index) => `site${index}.com##.ad`).join('\n'), document);
    expect(say(skipped[0]!.reasonWording, skipped[0]!.reason).text).toMatch(
      /^Lista jest za długa \(wierszy: 20\u00a0001, 0,4 MB\): Unspun importuje naraz najwyżej 20\u00a0000 wierszy i 2 MB\./,
    );
  });
});

const window = new JSDOM('').window as unknown as Window & typeof globalThis;
const flag: Flag = {
  start: 10,
  end: 22,
  text: 'Kasym-Żomart',
  ruleId: 'transliteration',
  category: 'transliteration',
  message: '“Kasym-Żomart” is the Polish spelling; English-language news usually writes “Kassym-Jomart”.',
  messageWording: wording('flag_transliteration', { name: 'Kasym-Żomart', language: { language: 'pl' }, usual: 'Kassym-Jomart' }),
  suggestion: 'Kassym-Jomart',
};
const mt: MtAssessment = {
  score: 0.87,
  verdict: 'machine-translated',
  sourceLanguage: 'pl',
  reasons: [],
  verdictKind: 'machine-translated',
};
const report: ExportInput['report'] = {
  url: 'https://farm.example/kazakhstan/',
  article: {
    title: 'Peacekeeping ends',
    byline: 'Banner Leon',
    published: '2022-01-13',
    siteName: 'World News Daily',
    text: 'President Kasym-Żomart Tokayev asked for help.',
    html: '<p>President Kasym-Żomart Tokayev asked for help.</p>',
  },
  flags: [flag],
};

describe('exports in the interface’s language', () => {
  it('give the header, the verdict and the flags’ notes in Polish in a Polish browser', () => {
    useMessages('pl');
    const input: ExportInput = { report, verdict: exportVerdict(mt), flags: [flag], words: exportWords() };
    const markdown = articleMarkdown(input, window);
    expect(markdown.split('\n').slice(2, 7)).toEqual([
      '*Autor: Banner Leon*  ',
      '*13 stycznia 2022*  ',
      '*World News Daily*  ',
      '*Źródło: https://farm.example/kazakhstan/*  ',
      '*Unspun: Przetłumaczone maszynowo; język oryginału: polski (wynik: 87%)*  ',
    ]);
    expect(markdown.trimEnd().split('\n').at(-1)).toBe(
      '[^1]: “Kasym-Żomart”: „Kasym-Żomart” to zapis typowy dla innego języka (język: polski); anglojęzyczne media piszą zwykle „Kassym-Jomart”. Propozycja: Kassym-Jomart.',
    );
    expect(articlePlainText(input)).toContain('\nOznaczone fragmenty:\n[1] “Kasym-Żomart”: „Kasym-Żomart”');
    const page = new JSDOM(articleHtml(input, window)).window.document;
    expect(page.querySelector('.details')?.getAttribute('lang')).toBe('pl');
    expect(page.querySelector('section h2')?.textContent).toBe('Oznaczone fragmenty');
    expect(page.querySelector('section')?.getAttribute('lang')).toBe('pl');
  });

  it('in an English browser, say what lib’s English export says', () => {
    const input: ExportInput = { report, verdict: exportVerdict(mt), flags: [flag] };
    const english = articleMarkdown(input, window);
    const worded = articleMarkdown({ ...input, words: exportWords() }, window);
    // Only the date is written the reader's way.
    expect(worded).toBe(english.replace('*2022-01-13*', '*January 13, 2022*'));
    expect(english).toContain('*Unspun: Machine-translated from Polish (score 87%)*');
  });
});
