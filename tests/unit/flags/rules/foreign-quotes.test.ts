import { describe, expect, it } from 'vitest';
import { foreignQuotes } from '@/lib/flags/rules/foreign-quotes';
import { expectExactOffsets } from '../expect-flags';

const run = (text: string) => foreignQuotes.run({ text, sourceLanguage: null });

describe('foreign-quotes rule', () => {
  it('flags low opening quotes and guillemets, suggesting English quotation marks', () => {
    const text =
      'The daily „Rzeczpospolita” reports it. The company «Gazprom» cut supplies. „Wir schaffen das“, she said; « C’est fini », he said.';
    const flags = run(text);
    expect(flags.map((flag) => [flag.text, flag.suggestion])).toEqual([
      ['„Rzeczpospolita”', '“Rzeczpospolita”'],
      ['«Gazprom»', '“Gazprom”'],
      ['„Wir schaffen das“', '“Wir schaffen das”'],
      ['« C’est fini »', '“C’est fini”'],
    ]);
    expect(flags[0]).toMatchObject({ category: 'punctuation', ruleId: 'punctuation/foreign-quotes' });
    expectExactOffsets(text, flags);
  });

  it('leaves English quotation marks, apostrophes and unclosed marks alone', () => {
    expect(run('“Yes,” she said. ‘No,’ he said. It’s "fine". A lone „ mark.\nAnd « another.')).toEqual([]);
  });
});
