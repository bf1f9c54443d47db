import { describe, expect, it } from 'vitest';
import { theBoth } from '@/lib/flags/rules/the-both';
import { expectExactOffsets } from '../expect-flags';

const texts = (text: string) => theBoth.run({ text, sourceLanguage: null }).map((flag) => flag.text);

describe('the-both rule', () => {
  it('flags “the both” before a noun', () => {
    const text = 'The both sides agreed, and the both countries signed.';
    const flags = theBoth.run({ text, sourceLanguage: null });
    expect(flags.map((flag) => [flag.text, flag.suggestion])).toEqual([
      ['The both', 'Both'],
      ['the both', 'both'],
    ]);
    expect(flags[0]).toMatchObject({ category: 'grammar', ruleId: 'grammar/the-both' });
    expectExactOffsets(text, flags);
  });

  it('leaves “the both of us” and other good English alone', () => {
    for (const text of [
      'The both of us went.',
      'Both sides agreed.',
      'I love them both.',
      'It was the bother.',
      'He chose the both-ways option.',
    ]) {
      expect(texts(text), text).toEqual([]);
    }
  });
});
