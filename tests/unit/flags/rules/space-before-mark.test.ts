import { describe, expect, it } from 'vitest';
import { spaceBeforeMark } from '@/lib/flags/rules/space-before-mark';
import { expectExactOffsets } from '../expect-flags';

const texts = (text: string) => spaceBeforeMark.run({ text, sourceLanguage: null }).map((flag) => flag.text);

describe('space-before-mark rule', () => {
  it('flags a space before a question or exclamation mark inside a sentence', () => {
    const text = 'Why is the government silent ? asked the deputy. It is a scandal ! she said.';
    const flags = spaceBeforeMark.run({ text, sourceLanguage: 'fr' });
    expect(flags.map((flag) => [flag.text, flag.suggestion])).toEqual([
      ['silent ?', 'silent?'],
      ['scandal !', 'scandal!'],
    ]);
    expect(flags[0]).toMatchObject({ category: 'punctuation', ruleId: 'punctuation/space-before-mark' });
    expectExactOffsets(text, flags);
  });

  it('flags a no-break space and a closing quote after the mark', () => {
    expect(texts('“Where are the others\u00a0?” he asked.')).toEqual(['others\u00a0?']);
  });

  it('leaves colons, code, table cells, labels and named marks alone', () => {
    for (const text of [
      'Movie Review : The Title. Note : see below; times 10 : 30.',
      'headers: { "Content-Type" : "text/plain" }',
      'Chat icon selector ?\nNew game ?',
      'Done ? Yes',
      'Press the ? key to open the help menu.',
      'Why? Because it works! Great.',
    ]) {
      expect(texts(text), text).toEqual([]);
    }
  });
});
