import { describe, expect, it } from 'vitest';
import { transliteration, UNKNOWN_SOURCE_MIN_CONFIDENCE } from '@/lib/flags/rules/transliteration';
import { expectExactOffsets } from '../expect-flags';

describe('transliteration rule', () => {
  it('flags a Polish spelling and suggests the English one', () => {
    const text = 'Putin met Szojgu and Ławrow on Friday.';
    const flags = transliteration.run({ text, sourceLanguage: 'pl' });
    expect(flags.map((flag) => [flag.text, flag.suggestion])).toEqual([
      ['Szojgu', 'Shoigu'],
      ['Ławrow', 'Lavrov'],
    ]);
    expect(flags[0]!.message).toContain('Shoigu');
    expectExactOffsets(text, flags);
  });

  it('flags a hyphenated name as one piece', () => {
    const text = 'President Kasym-Żomart Tokayev spoke.';
    const [flag] = transliteration.run({ text, sourceLanguage: 'pl' });
    expect(flag).toMatchObject({ text: 'Kasym-Żomart', suggestion: 'Kassym-Jomart' });
    expectExactOffsets(text, [flag!]);
  });

  it('does not flag another language’s spelling when the source is known', () => {
    const text = 'Szojgu and Schoigu.';
    expect(transliteration.run({ text, sourceLanguage: 'de' }).map((flag) => flag.text)).toEqual(['Schoigu']);
    expect(transliteration.run({ text, sourceLanguage: 'ru' })).toEqual([]);
  });

  it('with no known source, flags only strong spellings, once each', () => {
    const text = 'Tokajew met Shoygu.';
    const flags = transliteration.run({ text, sourceLanguage: null });
    // "Tokajew" is both Polish and German, "Shoygu" too weak to flag without a known source.
    expect(flags.map((flag) => flag.text)).toEqual(['Tokajew']);
  });

  it('leaves the usual English spellings alone', () => {
    expect(
      transliteration.run({ text: 'Kassym-Jomart Tokayev met Sergei Shoigu and Sergey Lavrov in Kharkiv.', sourceLanguage: 'pl' }),
    ).toEqual([]);
  });

  describe('with the transliteration model (lib/translit)', () => {
    it('flags a name spelled the Polish way when the source is Polish', () => {
      const text = 'Pieskow said the talks were over.';
      const flags = transliteration.run({ text, sourceLanguage: 'pl' });
      expect(flags.map((flag) => [flag.text, flag.suggestion, flag.category])).toEqual([['Pieskow', 'Peskov', 'transliteration']]);
      expectExactOffsets(text, flags);
    });

    it('flags names no list knows, with the model’s reasons and English form', () => {
      const text = 'Maria Zacharowa said the ministry would answer.';
      const [flag] = transliteration.run({ text, sourceLanguage: 'pl' });
      expect(flag).toMatchObject({ text: 'Zacharowa', suggestion: 'Zakharova', ruleId: 'transliteration/pl', entryId: 'model/pl' });
      expect(flag!.message).toContain('Polish');
      expect(flag!.message).toContain('Zakharova');
      expect(flag!.confidence).toBeGreaterThanOrEqual(0.5);
      expectExactOffsets(text, [flag!]);
    });

    it('reads German and French spellings when the source is German or French', () => {
      const german = transliteration.run({ text: 'Gorbatschow und Chruschtschow.', sourceLanguage: 'de' });
      expect(german.map((flag) => [flag.text, flag.suggestion, flag.ruleId])).toEqual([
        ['Gorbatschow', 'Gorbachev', 'transliteration/de'],
        ['Chruschtschow', 'Khrushchev', 'transliteration/de'],
      ]);
      const french = transliteration.run({ text: 'Khrouchtchev spoke.', sourceLanguage: 'fr' });
      expect(french.map((flag) => [flag.text, flag.suggestion, flag.ruleId])).toEqual([
        ['Khrouchtchev', 'Khrushchev', 'transliteration/fr'],
      ]);
    });

    it('leaves Polish names and places alone', () => {
      for (const text of ['Kaczyński met voters in Szczecin.', 'Wałęsa, Brzezinski and Wojciechowski were in Łódź and Gdańsk.'])
        expect(transliteration.run({ text, sourceLanguage: 'pl' }), text).toEqual([]);
    });

    it('reads only the source language’s orthography, and none for sources without one', () => {
      expect(transliteration.run({ text: 'Maria Zacharowa said.', sourceLanguage: 'cs' })).toEqual([]);
      expect(transliteration.run({ text: 'Maria Zacharowa said.', sourceLanguage: 'ru' })).toEqual([]);
      expect(transliteration.run({ text: 'Gorbatschow said.', sourceLanguage: 'pl' })).toEqual([]);
    });

    it('with no known source, flags only names the model is sure of (0.8 or more)', () => {
      const flags = transliteration.run({ text: 'Maria Zacharowa and Gorbatschow met.', sourceLanguage: null });
      expect(flags.map((flag) => flag.text)).toEqual(['Zacharowa', 'Gorbatschow']);
      for (const flag of flags) expect(flag.confidence).toBeGreaterThanOrEqual(UNKNOWN_SOURCE_MIN_CONFIDENCE);
    });
  });
});
