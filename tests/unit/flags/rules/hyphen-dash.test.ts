import { describe, expect, it } from 'vitest';
import { hyphenDash } from '@/lib/flags/rules/hyphen-dash';
import { findFlags } from '@/lib/flags/engine';
import { expectExactOffsets } from '../expect-flags';

const around = (text: string) => hyphenDash.run({ text, sourceLanguage: 'zh' }).map((flag) => text.slice(flag.start - 8, flag.end + 5));

describe('hyphen-dash rule', () => {
  it('flags a hyphen that glues a clause to the word before it, suggesting a dash', () => {
    const text = 'You compress the sun into a ball 6 kilometers in diameter-that is, a black hole. Einstein also realized-this is the key.';
    const flags = hyphenDash.run({ text, sourceLanguage: 'zh' });
    expect(flags.map((flag) => [flag.text, flag.suggestion])).toEqual([
      ['-', ' — '],
      ['-', ' — '],
    ]);
    expect(flags[0]).toMatchObject({ category: 'punctuation', ruleId: 'punctuation/hyphen-dash' });
    expect(flags[0]!.message).toContain('diameter-that');
    expectExactOffsets(text, flags);
    expect(around('It will not escape-leaving a huge shadow.')).toEqual(['t escape-leavi']);
  });

  it('leaves compounds alone', () => {
    for (const text of [
      'A state-of-the-art sign-in page with a built-in add-on and a follow-up.',
      'My mother-in-law wrote a thank-you note on a Post-it and a forget-me-not.',
      'The read-only catch-all field is break-even know-how, out-there and so-so.',
      'An either-or choice, a what-if story, a hand-in-hand walk.',
    ])
      expect(hyphenDash.run({ text, sourceLanguage: 'zh' }), text).toEqual([]);
  });

  it('runs only when the source language is known', () => {
    const text = 'Einstein also realized-this is the key.';
    expect(findFlags({ text, sourceLanguage: null })).toEqual([]);
    expect(findFlags({ text, sourceLanguage: 'zh' }).map((flag) => flag.ruleId)).toEqual(['punctuation/hyphen-dash']);
  });
});
