import { describe, expect, it } from 'vitest';
import { doubleComparative } from '@/lib/flags/rules/double-comparative';
import { expectExactOffsets } from '../expect-flags';

const texts = (text: string) => doubleComparative.run({ text, sourceLanguage: null }).map((flag) => flag.text);

describe('double-comparative rule', () => {
  it('flags “more” before a comparative, and “the most” before a superlative', () => {
    const text = 'The new plan is more better than the old one. It is the most biggest project.';
    const flags = doubleComparative.run({ text, sourceLanguage: null });
    expect(flags.map((flag) => [flag.text, flag.suggestion])).toEqual([
      ['more better', 'better'],
      ['the most biggest', 'the biggest'],
    ]);
    expect(flags[0]).toMatchObject({ category: 'grammar', ruleId: 'grammar/double-comparative' });
    expectExactOffsets(text, flags);
  });

  it('flags before punctuation', () => {
    expect(texts('Prices became more higher.')).toEqual(['more higher']);
  });

  it('leaves “more” meaning a greater number alone', () => {
    for (const text of [
      'More older people live alone, and more younger voters turned out.',
      'The more, the better. Much better than more.',
      'Most best-selling authors agree.',
      'More larger companies moved here.',
      'It is the most important and the best.',
    ]) {
      expect(texts(text), text).toEqual([]);
    }
  });
});
