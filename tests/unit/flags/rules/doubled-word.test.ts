import { describe, expect, it } from 'vitest';
import { doubledWord } from '@/lib/flags/rules/doubled-word';
import { expectExactOffsets } from '../expect-flags';

const texts = (text: string) => doubledWord.run({ text, sourceLanguage: null }).map((flag) => flag.text);

describe('doubled-word rule', () => {
  it('flags a doubled function word with the single word as suggestion', () => {
    const text = 'He said the the minister would resign, and and then left.';
    const flags = doubledWord.run({ text, sourceLanguage: null });
    expect(flags.map((flag) => [flag.text, flag.suggestion, flag.confidence])).toEqual([
      ['the the', 'the', 0.9],
      ['and and', 'and', 0.9],
    ]);
    expect(flags[0]).toMatchObject({ category: 'garbled', ruleId: 'garbled/doubled-word', offset: 8, length: 7 });
    expectExactOffsets(text, flags);
  });

  it('flags any case and a single line break between the two', () => {
    expect(texts('The the report was late.')).toEqual(['The the']);
    expect(texts('It was sent to\nto the office.')).toEqual(['to\nto']);
    expect(texts('It is a hidden hidden problem.')).toEqual(['hidden hidden']);
  });

  it('leaves legitimate repetitions alone', () => {
    for (const text of [
      'He had had enough of it.',
      'She said that that was wrong.',
      'What it is is a scandal.',
      'What they do do matters.',
      'I gave her her book back.',
      'I told you you were right.',
      'It was very very cold, so so cold.',
      'Bye bye, said the child. Hear hear!',
      'They talked on and on for many many hours.',
      'The can can hold a litre.',
    ]) {
      expect(texts(text), text).toEqual([]);
    }
  });

  it('leaves names, shouting, paragraph breaks and parts of words alone', () => {
    expect(texts('They flew to Bora Bora and Baden Baden; Duran Duran played.')).toEqual([]);
    expect(texts('THE THE was a band.')).toEqual([]);
    expect(texts('A heading about the\n\nthe paragraph.')).toEqual([]);
    expect(texts('the-the, the thematic theme, an anagram')).toEqual([]);
    expect(texts('He is a a-list star.')).toEqual([]);
  });
});
