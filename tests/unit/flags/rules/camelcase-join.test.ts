import { describe, expect, it } from 'vitest';
import { camelcaseJoin } from '@/lib/flags/rules/camelcase-join';
import { expectExactOffsets } from '../expect-flags';

const texts = (text: string) => camelcaseJoin.run({ text, sourceLanguage: null }).map((flag) => flag.text);

describe('camelcase-join rule', () => {
  it('flags two words glued with a capital, suggesting the split', () => {
    const text = 'The spokesman statedThat the talks had failed, said the presidentThe next day.';
    const flags = camelcaseJoin.run({ text, sourceLanguage: 'pl' });
    expect(flags.map((flag) => [flag.text, flag.replacements])).toEqual([
      ['statedThat', ['stated that', 'stated. That']],
      ['presidentThe', ['president. The', 'president the']],
    ]);
    expect(flags[0]).toMatchObject({ category: 'garbled', ruleId: 'garbled/camelcase-join' });
    expectExactOffsets(text, flags);
  });

  it('leaves brand names alone', () => {
    expect(
      texts('He bought an iPhone, watched YouTube, paid with PayPal at McDonald’s, sold on eBay, flew easyJet and airBaltic.'),
    ).toEqual([]);
    expect(texts('The app runs on macOS and iOS; jQuery and JavaScript power the site, as does WordPress.')).toEqual([]);
  });

  it('leaves code, handles, hashtags and interface words alone', () => {
    expect(texts('Call getElementById(), set obj.fooThe, follow @janeThe or #prayFor; click logIn, then signIn and addOn.')).toEqual([]);
    expect(texts('the variable myThe_value and path/toThe/file')).toEqual([]);
  });

  it('needs a vowel in the first word, and a whole second word', () => {
    expect(texts('The strThe value; saidTheodore and saidThereafter.')).toEqual([]);
  });
});
