import { describe, expect, it } from 'vitest';
import { findForeignQuotations, languagesOpeningWith } from '@/lib/language/quotations';

describe('foreign quotations', () => {
  it('finds each language’s pair from the profiles, with the languages that write it', () => {
    const found = findForeignQuotations('The daily „Rzeczpospolita” wrote it; »Die Zeit« and «Le Monde» did not.');
    expect(found.map((quotation) => [quotation.text, quotation.inner])).toEqual([
      ['„Rzeczpospolita”', 'Rzeczpospolita'],
      ['»Die Zeit«', 'Die Zeit'],
      ['«Le Monde»', 'Le Monde'],
    ]);
    expect(found[0]!.languages).toContain('pl');
    expect(found[1]!.languages).toEqual(['de']);
    expect(found[2]!.languages).toEqual(expect.arrayContaining(['fr', 'ru', 'uk']));
  });

  it('takes the leftmost, then the shortest quotation, so one place is one quotation', () => {
    // Polish „…” followed later by an English ” is not German „…“, and «a» and «b» hold no German »…«.
    expect(findForeignQuotations('„Orlen“ denied it, „PKN” said.').map((quotation) => quotation.text)).toEqual(['„Orlen“', '„PKN”']);
    expect(findForeignQuotations('«Yes» and «no».').map((quotation) => quotation.text)).toEqual(['«Yes»', '«no»']);
  });

  it('trims the spaces French sets inside guillemets, and reads a low quote closed by a straight one', () => {
    expect(findForeignQuotations('« C’est fini », he said; „Tak jest" she said.').map((quotation) => quotation.inner)).toEqual([
      'C’est fini',
      'Tak jest',
    ]);
  });

  it('needs both marks on one line', () => {
    expect(findForeignQuotations('A lone „ mark.\nAnd « another.\n“English” and "straight" quotes.')).toEqual([]);
  });

  it('names every language that opens quotations with a mark', () => {
    expect(languagesOpeningWith('„')).toEqual(expect.arrayContaining(['pl', 'de', 'cs']));
    expect(languagesOpeningWith('“')).toEqual([]);
  });
});

describe('foreign quotations: edge cases', () => {
  it('does not let a straight close reach past a typographic one', () => {
    const found = findForeignQuotations('„Er sagte "ja" und ging dann nach Hause“, sagte sie.');
    expect(found.map((quotation) => quotation.inner)).toEqual(['Er sagte "ja" und ging dann nach Hause']);
    expect(found[0]!.pair).toBe('„“');
  });

  it('does not let marks around nothing take the place of a quotation', () => {
    expect(findForeignQuotations('„ "Ala ma kota i psa” said she.').map((quotation) => quotation.inner)).toEqual(['"Ala ma kota i psa']);
  });

  it('reads French single guillemets', () => {
    expect(findForeignQuotations('He called it ‹Oui› at once.').map((quotation) => quotation.text)).toEqual(['‹Oui›']);
  });
});
