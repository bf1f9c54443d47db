import { describe, expect, it } from 'vitest';
import { categoryLabel, confidenceText, describeSite, flagAriaLabel, flagKeysText, kindLabel, tierLabel } from '@/components/words';
import { FLAG_CATEGORIES, type Flag, type FlagCategory } from '@/lib/report';
import { useMessages } from '../i18n/fake-messages';

function flag(category: FlagCategory, extra: Partial<Flag> = {}): Flag {
  return { start: 0, end: 6, text: 'Shoygu', ruleId: 'test', category, message: 'Spelled the Polish way', ...extra };
}

describe('the words for the report’s ids', () => {
  it('names every flag category, each differently, in English and Polish', () => {
    for (const locale of ['en', 'pl']) {
      useMessages(locale);
      const names = FLAG_CATEGORIES.map(categoryLabel);
      for (const [index, name] of names.entries()) expect(name, FLAG_CATEGORIES[index]).toMatch(/^\p{Lu}[\p{Ll} -]+$/u);
      expect(new Set(names).size).toBe(FLAG_CATEGORIES.length);
    }
    useMessages('en');
    expect(categoryLabel('something-new')).toBe('something-new');
    expect(kindLabel('something-new')).toBe('something-new');
  });

  it('says the words, the category, the message and the suggestions to a screen reader', () => {
    expect(flagAriaLabel(flag('transliteration', { suggestion: 'Shoigu' }))).toBe(
      'Shoygu (Name spelling): Spelled the Polish way. Suggestion: Shoigu.',
    );
    expect(flagAriaLabel(flag('garbled', { message: 'Hard to read!', replacements: ['a', 'b'] }))).toBe(
      'Shoygu (Garbled text): Hard to read! Suggestion: a or b.',
    );
    expect(flagAriaLabel(flag('unusual-wording', { confidence: 0.62 }))).toBe(
      'Shoygu (Unusual wording; model hint, confidence 62%): Spelled the Polish way.',
    );
    useMessages('pl');
    expect(flagAriaLabel(flag('garbled', { message: 'Hard to read!', replacements: ['a', 'b'] }))).toBe(
      'Shoygu (Zniekształcony tekst): Hard to read! Propozycja: a lub b.',
    );
  });

  it('tells the model’s hints from the rules’ named causes', () => {
    expect(confidenceText(flag('grammar'))).toBeNull();
    expect(confidenceText(flag('unusual-wording'))).toBe('Model hint');
    expect(tierLabel('model')).toContain('Model hints');
    useMessages('pl');
    expect(confidenceText(flag('unusual-wording', { confidence: 0.5 }))).toBe('Podpowiedź modelu, pewność 50%');
  });

  it('lists the keys of a move as the language joins alternatives', () => {
    expect(flagKeysText('next')).toBe('j, n, or Alt+↓');
    useMessages('pl');
    expect(flagKeysText('previous')).toBe('k, p lub Alt+↑');
  });

  it('says what a site served from the second article on, with Polish plural forms', () => {
    expect(describeSite({ opened: 1, machine: 1 })).toBeNull();
    expect(describeSite({ opened: 4, machine: 3 })).toBe('3 of the 4 articles you opened on this site looked machine-translated.');
    expect(describeSite({ opened: 4, machine: 1 })).toBe('1 of the 4 articles you opened on this site looked machine-translated.');
    expect(describeSite({ opened: 3, machine: 0 })).toBe('None of the 3 articles you opened on this site looked machine-translated.');
    useMessages('pl');
    expect(describeSite({ opened: 4, machine: 1 })).toBe('1 z 4 artykułów otwartych na tej witrynie wyglądał na przetłumaczony maszynowo.');
    expect(describeSite({ opened: 4, machine: 3 })).toBe(
      '3 z 4 artykułów otwartych na tej witrynie wyglądały na przetłumaczone maszynowo.',
    );
    expect(describeSite({ opened: 12, machine: 5 })).toBe(
      '5 z 12 artykułów otwartych na tej witrynie wyglądało na przetłumaczone maszynowo.',
    );
    expect(describeSite({ opened: 30, machine: 22 })).toBe(
      '22 z 30 artykułów otwartych na tej witrynie wyglądały na przetłumaczone maszynowo.',
    );
    expect(describeSite({ opened: 3, machine: 0 })).toBe(
      'Żaden z 3 artykułów otwartych na tej witrynie nie wyglądał na przetłumaczony maszynowo.',
    );
  });
});
