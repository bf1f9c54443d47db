import { describe, expect, it } from 'vitest';
import { uncountablePlural } from '@/lib/flags/rules/uncountable-plural';
import { expectExactOffsets } from '../expect-flags';

const texts = (text: string) => uncountablePlural.run({ text, sourceLanguage: null }).map((flag) => flag.text);

describe('uncountable-plural rule', () => {
  it('flags plurals English lacks, with the singular', () => {
    const text = 'The ministry shared informations and new equipments. Informations were scarce.';
    const flags = uncountablePlural.run({ text, sourceLanguage: null });
    expect(flags.map((flag) => [flag.text, flag.suggestion])).toEqual([
      ['informations', 'information'],
      ['equipments', 'equipment'],
      ['Informations', 'Information'],
    ]);
    expect(flags[0]).toMatchObject({ category: 'grammar', ruleId: 'grammar/uncountable-plural', confidence: 0.85 });
    expectExactOffsets(text, flags);
  });

  it('flags “an advice” and “an information” where no noun follows', () => {
    const text = 'He gave an advice to the minister and received an information about the attack.';
    const flags = uncountablePlural.run({ text, sourceLanguage: null });
    expect(flags.map((flag) => [flag.text, flag.replacements])).toEqual([
      ['an advice', ['advice', 'a piece of advice']],
      ['an information', ['information', 'a piece of information']],
    ]);
    expectExactOffsets(text, flags);
  });

  it('leaves compounds and good English alone', () => {
    for (const text of [
      'An information campaign, an advice column and an equipment failure were reported.',
      'A furniture store and a luggage carousel.',
      'She researches evidence; the damages were paid; the staffs of both offices met.',
      'Information and advice are available; the equipment works.',
    ]) {
      expect(texts(text), text).toEqual([]);
    }
  });
});
