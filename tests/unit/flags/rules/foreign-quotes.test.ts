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

  it('flags German »…« and names the languages that use each mark', () => {
    const text = 'The paper »Die Zeit« wrote it; «Gazprom» and „Orlen“ denied it.';
    const flags = run(text);
    expect(flags.map((flag) => [flag.text, flag.suggestion])).toEqual([
      ['»Die Zeit«', '“Die Zeit”'],
      ['«Gazprom»', '“Gazprom”'],
      ['„Orlen“', '“Orlen”'],
    ]);
    expect(flags[0]!.message).toContain('German');
    expect(flags[1]!.message).toContain('French');
    expect(flags[2]!.message).toContain('Polish');
    expectExactOffsets(text, flags);
    // The » closing one guillemet quotation does not open a German one up to the next «.
    expect(run('«Yes» and «no».').map((flag) => flag.text)).toEqual(['«Yes»', '«no»']);
  });

  it('flags a low quote closed by a straight one, as Polish and German web writing types it', () => {
    const text = 'The daily „Rzeczpospolita" reports it.';
    const flags = run(text);
    expect(flags.map((flag) => [flag.text, flag.suggestion])).toEqual([['„Rzeczpospolita"', '“Rzeczpospolita”']]);
    expect(flags[0]!.message).toContain('Polish');
    expectExactOffsets(text, flags);
  });

  it('leaves English quotation marks, apostrophes and unclosed marks alone', () => {
    expect(run('“Yes,” she said. ‘No,’ he said. It’s "fine". A lone „ mark.\nAnd « another.')).toEqual([]);
  });
});
