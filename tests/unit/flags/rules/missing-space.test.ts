import { describe, expect, it } from 'vitest';
import { missingSpace } from '@/lib/flags/rules/missing-space';
import { expectExactOffsets } from '../expect-flags';

const texts = (text: string) => missingSpace.run({ text, sourceLanguage: null }).map((flag) => flag.text);

describe('missing-space rule', () => {
  it('flags a sentence glued to the next, with the space put back', () => {
    const text = 'The mission has ended, said Putin.The troops left on Thursday. Why?Nobody knows.';
    const flags = missingSpace.run({ text, sourceLanguage: null });
    expect(flags.map((flag) => [flag.text, flag.suggestion, flag.confidence])).toEqual([
      ['Putin.The', 'Putin. The', 0.85],
      ['Why?Nobody', 'Why? Nobody', 0.7],
    ]);
    expect(flags[0]).toMatchObject({ category: 'garbled', ruleId: 'garbled/missing-space' });
    expectExactOffsets(text, flags);
  });

  it('flags a closing quote or a year before the glued sentence', () => {
    expect(texts('He wrote “many books on the occult.”There was more.')).toEqual(['occult.”There']);
    expect(texts('It was founded in 2022.The plant closed.')).toEqual(['2022.The']);
  });

  it('leaves initials, abbreviations, domains, files and code alone', () => {
    for (const text of [
      'He lives in St.Petersburg and reads J.K.Rowling and the U.S.Navy reports.',
      'Book on Booking.Com or Amazon.Com today.',
      'Open example.org/News.Today or mail jane.Doe@example.com.',
      'Call console.Log() and set exports.Cow = Cow; then Cow.prototype.Moo.',
      'Version 2.0 ships. See v2.The docs.',
      'The temperature was 3.5 degrees. It rose.',
    ]) {
      expect(texts(text), text).toEqual([]);
    }
  });

  it('leaves normal sentences alone', () => {
    expect(texts('He said so. The troops left. “Why?” Nobody knows! It ended.')).toEqual([]);
  });
});
