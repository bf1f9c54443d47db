import { describe, expect, it } from 'vitest';
import { localeFormats } from '@/lib/detect/signals/locale-formats';
import { textContext } from '../context';

const COMMA_DECIMALS = ['cs', 'de', 'es', 'fr', 'it', 'nl', 'pl', 'pt', 'ru', 'tr', 'uk'];

function credited(text: string): string[] {
  return Object.keys(localeFormats.run(textContext(text))?.languages ?? {}).sort();
}

describe('locale-formats signal', () => {
  it('fires on a decimal comma before a magnitude, shared among the languages that write one', () => {
    const evidence = localeFormats.run(textContext('Inflation rose to 3,5 percent in March.'));
    expect(evidence?.weight).toBeCloseTo(0.35);
    expect(Object.keys(evidence!.languages!).sort()).toEqual(COMMA_DECIMALS);
    expect(evidence?.detail).toContain('a decimal comma (“3,5 percent”)');
  });

  it('weighs repeated decimal commas a little more', () => {
    const evidence = localeFormats.run(textContext('Growth slowed to 2,1% while 1,5 million euros went to the army.'));
    expect(evidence?.weight).toBeCloseTo(0.4);
    expect(evidence?.detail).toContain('“2,1%”');
  });

  it('fires on a date written with dots', () => {
    const evidence = localeFormats.run(textContext('The invasion began on 24.02.2022 at dawn.'));
    expect(evidence?.weight).toBeCloseTo(0.2);
    expect(Object.keys(evidence!.languages!).sort()).toEqual(['cs', 'de', 'pl', 'ru', 'tr', 'uk']);
    expect(evidence?.detail).toContain('a date with dots (“24.02.2022”)');
  });

  it('fires on thousands grouped with dots', () => {
    const evidence = localeFormats.run(textContext('The town has 120.000 inhabitants and a new bridge.'));
    expect(evidence?.weight).toBeCloseTo(0.3);
    expect(Object.keys(evidence!.languages!).sort()).toEqual(['de', 'es', 'it', 'nl', 'pt', 'tr']);
    expect(evidence?.detail).toContain('“120.000 inhabitants”');
  });

  it.each([
    ['Polish “zł”', 'The ticket now costs 250 zł.', ['pl'], '250 zł'],
    ['German “Mrd.”', 'Berlin will spend 12 Mrd. on new tanks.', ['de'], '12 Mrd.'],
    ['Russian “млн”', 'The fine was 20 млн for the company.', ['ru'], '20 млн'],
    ['Czech “Kč”', 'Beer went up by 3 Kč a glass.', ['cs'], '3 Kč'],
    ['Turkish “TL”', 'The minimum wage rose to 17002 TL a month.', ['tr'], '17002 TL'],
    ['Ukrainian “грн”', 'Pensions rise by 500 грн in March.', ['uk'], '500 грн'],
    ['“mln”, Polish or Italian', 'The project cost 250 mln over five years.', ['it', 'pl'], '250 mln'],
  ])('credits a unit written after a number: %s', (_, text, languages, shown) => {
    const evidence = localeFormats.run(textContext(text));
    expect(evidence?.weight).toBeCloseTo(0.35);
    expect(Object.keys(evidence!.languages!).sort()).toEqual(languages);
    // The reader sees the number with the unit, not the unit alone.
    expect(evidence?.detail).toContain(`(“${shown}”)`);
  });

  it('combines several formats up to a cap of 0.6, crediting the language they share most', () => {
    const text = 'Wages rose by 4,2% on 01.03.2023, and the state will borrow 12 Mrd. and 5 Mio. more.';
    const evidence = localeFormats.run(textContext(text));
    expect(evidence?.weight).toBe(0.6);
    const languages = evidence!.languages!;
    const top = Object.keys(languages).sort((a, b) => languages[b]! - languages[a]!)[0];
    expect(top).toBe('de');
  });

  it.each([
    '1,500 people marched through the centre.',
    'The deal is worth 3.5 million dollars.',
    'In 2023 100 people were injured on the road.',
    'In 2023, 100 people were injured and 2,000 votes were cast.',
    'Turnout was 62.3 percent, up 1.5 points on 12/05/2023.',
    'The road is 10,000 km long and cost $1,234,567.',
    'Rooms 3, 5 and 7 km from the coast sold for 1,250 euros a night.',
    'The 2022-23 season ended on May 4, 2023, with 45,000 fans.',
    'He scored 3 goals in 2 games, and the team won 3-1.',
  ])('stays silent on English number formats: %s', (text) => {
    expect(localeFormats.run(textContext(text))).toBeNull();
  });

  it('does not read the start of a longer word, or a word after a full stop, as a unit', () => {
    expect(credited('The mill bought 3 millstones and 2 TLDs in 2023. TL Smith, its owner, paid 4 bills.')).toEqual([]);
  });
});

describe('locale-formats: one stretch of text counts once', () => {
  it('reads "5 mil." as one Czech unit, not also as another language’s "mil"', () => {
    const evidence = localeFormats.run(textContext('The town will get 5 mil. for the new school.'));
    expect(evidence?.weight).toBe(0.35);
    expect(evidence?.detail).toContain('“mil.” (“5 mil.”)');
  });

  it('leaves informal English money ("$5 mil") and Ukrainian amounts in UAH alone', () => {
    expect(localeFormats.run(textContext('The deal was worth $5 mil, and tickets cost 100 UAH.'))).toBeNull();
  });
});
