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

  it('knows the titles and verbs the detector knows (one list, lib/data/english/reporting.json)', () => {
    const text =
      'Talks ended. Head of diplomacy stated that the talks were over. It was late. Ambassador warned, however, that more was to come.';
    expect(texts(text)).toEqual(['Head of diplomacy', 'Ambassador']);
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

  it('leaves a title after an abbreviation or an initial alone: the sentence goes on', () => {
    for (const text of [
      'The U.S. President said, however, that talks would go on.',
      'The talks went on. Mr. Minister said that it was over.',
      'The talks went on. Mrs. Governor said that it was over.',
      'The talks went on. Lt. Governor said, however, that it was over.',
      'The report by J. Director said that it was over.',
    ]) {
      expect(texts(text), text).toEqual([]);
    }
    // A sentence ending in an acronym or a number still ends there.
    expect(texts('Poland joined the EU. Minister said that it paid off. It grew in 2020. President said, however, that…')).toEqual([
      'Minister',
      'President',
    ]);
  });

  it('reads long runs of spaces in linear time', () => {
    // A lookbehind for the end of the sentence used to rescan the run from each of its positions.
    const text = `It rained.${' '.repeat(500_000)}Minister said that it was calm.${' \t'.repeat(250_000)}x`;
    const flags = missingArticle.run({ text, sourceLanguage: null });
    expect(flags.map((flag) => flag.text)).toEqual(['Minister']);
    expectExactOffsets(text, flags);
  });
});
