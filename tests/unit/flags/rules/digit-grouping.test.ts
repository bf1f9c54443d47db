import { describe, expect, it } from 'vitest';
import { digitGrouping } from '@/lib/flags/rules/digit-grouping';
import { findFlags } from '@/lib/flags/engine';
import { expectExactOffsets } from '../expect-flags';

const texts = (text: string) => digitGrouping.run({ text, sourceLanguage: 'zh' }).map((flag) => [flag.text, flag.suggestion]);

describe('digit-grouping rule', () => {
  it('flags a count of five digits or more without separators, with the commas put in', () => {
    const text = 'Some of the ice is more than 100000 years old; 40000 people came, and 1234567 dollars were spent.';
    const flags = digitGrouping.run({ text, sourceLanguage: 'zh' });
    expect(flags.map((flag) => [flag.text, flag.suggestion])).toEqual([
      ['100000', '100,000'],
      ['40000', '40,000'],
      ['1234567', '1,234,567'],
    ]);
    expect(flags[0]).toMatchObject({ category: 'punctuation', ruleId: 'punctuation/digit-grouping' });
    expectExactOffsets(text, flags);
  });

  it('leaves grouped numbers, years, codes, ids and decimals alone', () => {
    for (const text of [
      'More than 100,000 years ago, 40 000 people and 4000 years.',
      'In 2022 years of war ended; Bug 1676296 landing last week.',
      'The 46140 has a lot in common; call 555-12345 people; pi is 3.14159 units.',
      'Zip code 90210 and order #12345 items.',
    ])
      expect(texts(text), text).toEqual([]);
  });

  it('flags a count after a capitalised word that opens it, not a number naming something', () => {
    expect(texts('About 40000 years ago the ice melted. In 40000 years it may return.')).toEqual([
      ['40000', '40,000'],
      ['40000', '40,000'],
    ]);
    expect(texts('The minister said: Over 12000 people fled.')).toEqual([['12000', '12,000']]);
    for (const text of [
      'The fix for Bug 1676296 more than halved crashes.',
      'Bug 1676296 more than halved crashes.',
      'Flight 12345 more than an hour late.',
    ])
      expect(texts(text), text).toEqual([]);
  });

  it('runs only when the source language is known', () => {
    const text = 'It is 40000 years old.';
    expect(findFlags({ text, sourceLanguage: null })).toEqual([]);
    expect(findFlags({ text, sourceLanguage: 'zh' }).map((flag) => flag.text)).toEqual(['40000']);
  });
});
