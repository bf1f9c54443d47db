import { describe, expect, it } from 'vitest';
import { missingSubject } from '@/lib/flags/rules/missing-subject';
import { expectExactOffsets } from '../expect-flags';

const texts = (text: string) => missingSubject.run({ text, sourceLanguage: null }).map((flag) => flag.text);

describe('missing-subject rule', () => {
  it('flags a sentence opening with a verb of saying and “that”', () => {
    const text = 'Sánchez appeared before the press. Said that he will not resign.\nAdded that the inquiry was political.';
    const flags = missingSubject.run({ text, sourceLanguage: 'es' });
    expect(flags.map((flag) => [flag.text, flag.replacements])).toEqual([
      ['Said', ['He said', 'She said', 'They said']],
      ['Added', ['He added', 'She added', 'They added']],
    ]);
    expect(flags[0]).toMatchObject({ category: 'grammar', ruleId: 'grammar/missing-subject' });
    expectExactOffsets(text, flags);
  });

  it('leaves sentences with a subject, and “that said”, alone', () => {
    for (const text of [
      'He said that he will not resign.',
      'That said, the plan works. Said that, he left.',
      'The report, said that official, was false.',
      'Says who? Nobody knows.',
    ]) {
      expect(texts(text), text).toEqual([]);
    }
  });

  it('reads long runs of spaces in linear time', () => {
    // A lookbehind for the start of the sentence used to rescan the run from each of its positions.
    const text = `Said that it rained.${' '.repeat(500_000)}Added that it was calm.${'\n '.repeat(250_000)}x`;
    const flags = missingSubject.run({ text, sourceLanguage: null });
    expect(flags.map((flag) => flag.text)).toEqual(['Said', 'Added']);
    expectExactOffsets(text, flags);
  });
});
