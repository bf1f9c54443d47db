import { describe, expect, it } from 'vitest';
import { inconsistentNames, nameKey } from '@/lib/flags/rules/inconsistent-names';
import { inconsistentNumbers } from '@/lib/flags/rules/inconsistent-numbers';
import { inconsistentTerms } from '@/lib/flags/rules/inconsistent-terms';
import { inconsistentGender } from '@/lib/flags/rules/inconsistent-gender';
import type { FlagRule } from '@/lib/flags/rule';
import { expectExactOffsets } from '../expect-flags';
import { HONEST_ENGLISH } from './honest-english';

const run = (rule: FlagRule, text: string) => {
  const flags = rule.run({ text, sourceLanguage: null });
  expectExactOffsets(text, flags);
  for (const flag of flags) for (const place of flag.related ?? []) expect(text.slice(place.start, place.end)).toBe(place.text);
  return flags;
};

describe('inconsistent names', () => {
  it('flags a name transliterated two ways and links the other spelling', () => {
    const text = 'President Zelensky met the envoys in Kyiv. Later, Zelensky spoke to reporters. Zelenskyy said the talks would go on.';
    const [flag, ...rest] = run(inconsistentNames, text);
    expect(rest).toEqual([]);
    expect(flag).toMatchObject({ text: 'Zelenskyy', category: 'inconsistency', tier: 'rule', suggestion: 'Zelensky' });
    expect(flag!.related).toEqual([{ start: 10, end: 18, text: 'Zelensky' }]);
  });

  it('folds the usual transliteration variants and nothing else', () => {
    expect(nameKey('Tsikhanouskaya')).toBe(nameKey('Tsihanuskaya'));
    expect(nameKey('Navalnyi')).toBe(nameKey('Navalny'));
    expect(nameKey('Wladimir')).toBe(nameKey('Vladimir'));
    expect(nameKey('Russia')).not.toBe(nameKey('Russian'));
    expect(nameKey('Austria')).not.toBe(nameKey('Australia'));
  });

  it('leaves names that differ as English names do alone: two people, or one honest word with accents', () => {
    for (const text of [
      'Philip Morris met Arthur Phillip. Later Philip left.',
      'Denis spoke to Dennis about Joseph and Yoseph.',
      'The Māori language and Maori culture; Pākehā and Pakeha.',
    ])
      expect(run(inconsistentNames, text), text).toEqual([]);
  });
});

describe('inconsistent numbers', () => {
  it('flags thousands grouped with dots among numbers grouped with commas', () => {
    const text = 'The city has 120,000 residents and 3,400 companies. Last year 1.500 of them closed.';
    const [flag, ...rest] = run(inconsistentNumbers, text);
    expect(rest).toEqual([]);
    expect(flag).toMatchObject({ text: '1.500', suggestion: '1,500' });
    expect(flag!.related?.[0]?.text).toBe('120,000');
  });

  it('leaves one consistent style and decimals alone', () => {
    expect(run(inconsistentNumbers, 'It cost 1,500 euros, up 2.5 per cent from 1,200 euros, and 3.14 is pi.')).toEqual([]);
    expect(run(inconsistentNumbers, 'Ein Preis von 1.500 Euro, dann 2.300 Euro.')).toEqual([]);
    expect(run(inconsistentNumbers, 'Wellington (41.283°S) had 268,021 people in 2,018 homes.')).toEqual([]);
  });

  it('flags a decimal comma among decimal points and links the first point', () => {
    const text = 'Inflation rose to 2.5 per cent in May and 2.8% in June. The central bank expects 3,1 per cent by the end of the year.';
    const [flag, ...rest] = run(inconsistentNumbers, text);
    expect(rest).toEqual([]);
    expect(flag).toMatchObject({ text: '3,1', suggestion: '3.1', ruleId: 'inconsistency/decimal-mark' });
    expect(flag!.related?.[0]?.text).toBe('2.5');
  });

  it('leaves one decimal mark, lists and fractions without a unit alone', () => {
    expect(run(inconsistentNumbers, 'Growth was 2,5 per cent, then 3,1 per cent.')).toEqual([]);
    expect(run(inconsistentNumbers, 'Growth was 2.5 per cent. Pages 1,2 and 3 of chapter 3.5 list it.')).toEqual([]);
    expect(run(inconsistentNumbers, 'Version 2.5 of the app shipped; 1,5 stayed in the list of 1,50 cents.')).toEqual([]);
  });
});

describe('inconsistent terms', () => {
  it('flags an abbreviation spelled out two ways', () => {
    const text =
      'The National Anti-Corruption Bureau (NABU) opened a case. Later the National Bureau for Combating Corruption (NABU) said it had evidence.';
    const [flag, ...rest] = run(inconsistentTerms, text);
    expect(rest).toEqual([]);
    expect(flag!.text).toBe('National Bureau for Combating Corruption');
    expect(flag!.related?.[0]?.text).toBe('National Anti-Corruption Bureau');
  });

  it('leaves a repeated or unrelated expansion alone', () => {
    const text =
      'The World Health Organization (WHO) warned. The World Health Organization (WHO) repeated it. The Western Hockey Organisation (WHO) disagreed.';
    expect(run(inconsistentTerms, text)).toEqual([]);
    const shortened = 'The Asynchronous Task Framework (ATF) runs jobs.\n\nArchitecture\n\nAsync Task Framework (ATF) is built on queues.';
    expect(run(inconsistentTerms, shortened)).toEqual([]);
  });
});

describe('inconsistent gender', () => {
  it('flags one person called both Mr and Ms', () => {
    const text = 'Mr Kowalski said the plan was ready. Critics disagreed. Ms Kowalski added that the budget was approved.';
    const [flag, ...rest] = run(inconsistentGender, text);
    expect(rest).toEqual([]);
    expect(flag!.text).toBe('Ms Kowalski');
    expect(flag!.related?.[0]?.text).toBe('Mr Kowalski');
  });

  it('flags “X said she” after “Mr X” twice', () => {
    const text = 'Mr Tamm arrived on Monday. Mr Tamm met the mayor. Tamm said she would stay until Friday.';
    expect(run(inconsistentGender, text).map((flag) => flag.text)).toEqual(['she']);
  });

  it('leaves couples and relatives alone', () => {
    expect(run(inconsistentGender, 'Mr and Mrs Smith arrived. Mr Smith spoke first, then Mrs Smith.')).toEqual([]);
    expect(run(inconsistentGender, 'Mr Brown spoke. His wife, Mrs Brown, stayed at home.')).toEqual([]);
  });
});

describe('consistency checks on honest English', () => {
  it('raise no flag on English news and essays written in English', () => {
    for (const rule of [inconsistentNames, inconsistentNumbers, inconsistentTerms, inconsistentGender])
      for (const text of HONEST_ENGLISH)
        expect(
          run(rule, text).map((flag) => flag.text),
          `${rule.id}: ${text.slice(0, 60)}`,
        ).toEqual([]);
  });
});
