import { describe, expect, it } from 'vitest';
import { untranslated } from '@/lib/flags/rules/untranslated';
import { expectExactOffsets } from '../expect-flags';

describe('untranslated rule', () => {
  it('flags a Polish leftover with its meaning as the suggestion', () => {
    const text = 'The troops left on Thursday. Czytaj także: Tokayev thanks Putin.';
    const flags = untranslated.run({ text, sourceLanguage: 'pl' });
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ text: 'Czytaj także', category: 'untranslated', ruleId: 'untranslated/pl', suggestion: 'Read also' });
    expect(flags[0]!.start).toBe(text.indexOf('Czytaj'));
    expectExactOffsets(text, flags);
  });

  it('flags every occurrence, including bracketed tags', () => {
    const text = '[WIDEO] Putin speaks. [WIDEO] Shoigu answers.';
    const flags = untranslated.run({ text, sourceLanguage: 'pl' });
    expect(flags.map((flag) => flag.start)).toEqual([0, text.lastIndexOf('[WIDEO]')]);
    expectExactOffsets(text, flags);
  });

  it('does not flag Polish leftovers when the source is German', () => {
    const text = 'Czytaj także: x. Lesen Sie auch: y.';
    const flags = untranslated.run({ text, sourceLanguage: 'de' });
    expect(flags.map((flag) => flag.text)).toEqual(['Lesen Sie auch']);
  });

  it('flags leftovers of any language when the source is unknown', () => {
    const flags = untranslated.run({ text: 'Czytaj także: x. Читайте также: y.', sourceLanguage: null });
    expect(flags.map((flag) => flag.ruleId).sort()).toEqual(['untranslated/pl', 'untranslated/ru']);
  });

  it('leaves plain English and case-sensitive look-alikes alone', () => {
    expect(untranslated.run({ text: 'Read also: the report. The agency Reklama Polska won.', sourceLanguage: 'pl' })).toEqual([]);
  });
});
