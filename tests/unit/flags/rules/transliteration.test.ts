import { describe, expect, it } from 'vitest';
import { transliteration } from '@/lib/flags/rules/transliteration';
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
});
