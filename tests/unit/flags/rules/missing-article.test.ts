import { describe, expect, it } from 'vitest';
import { missingArticle } from '@/lib/flags/rules/missing-article';
import { expectExactOffsets } from '../expect-flags';

const texts = (text: string) => missingArticle.run({ text, sourceLanguage: null }).map((flag) => flag.text);

describe('missing-article rule', () => {
  it('flags a bare title opening a sentence before a verb of saying', () => {
    const text = 'Taxes will not rise. Minister said that the budget was safe. Head of administration stated, however, that it was calm.';
    const flags = missingArticle.run({ text, sourceLanguage: 'pl' });
    expect(flags.map((flag) => [flag.text, flag.suggestion])).toEqual([
      ['Minister', 'The minister'],
      ['Head of administration', 'The head of administration'],
    ]);
    expect(flags[0]).toMatchObject({ category: 'grammar', ruleId: 'grammar/missing-article' });
    expectExactOffsets(text, flags);
  });

  it('leaves headlines, names and articles alone', () => {
    for (const text of [
      'Minister said that taxes would rise\n\nThe budget was cut.',
      'It rained. The minister said that the budget was safe.',
      'It rained. Minister Jan Nowak said that the budget was safe.',
      'It rained. Police said that two men were arrested.',
      'It rained. President Biden said that he would veto it.',
    ]) {
      expect(texts(text), text).toEqual([]);
    }
  });
});
