import { describe, expect, it } from 'vitest';
import { identifyLanguage, primaryLanguageTag } from '@/lib/language/identify';

describe('identifyLanguage', () => {
  it('identifies English, Polish and German news text', () => {
    expect(
      identifyLanguage('The mayor said the new tram line would open in the spring, two years later than planned, because of rising costs.'),
    ).toBe('en');
    expect(
      identifyLanguage('W czwartek prezydent Rosji ogłosił, że misja dobiegła końca, a żołnierze w ciągu kilku dni wrócą do domu.'),
    ).toBe('pl');
    expect(
      identifyLanguage(
        'Am Donnerstag verkündete der russische Präsident, dass die Mission beendet sei und die Soldaten in wenigen Tagen heimkehren würden.',
      ),
    ).toBe('de');
  });

  // franc often takes a short English paragraph for Scots ("sco"); it must still come out English,
  // or every English-only MT signal would be skipped for that text.
  it.each([
    'On Thursday, the Russian president announced that the mission had ended and that the troops would return home within days.',
    'The minister told reporters that the government would not raise taxes this year despite the growing deficit.',
  ])('identifies a short English news paragraph: %s', (text) => {
    expect(identifyLanguage(text)).toBe('en');
  });

  it('returns null for text too short to tell', () => {
    expect(identifyLanguage('The troops left.')).toBeNull();
    expect(identifyLanguage('')).toBeNull();
    // Plenty of characters, too few letters.
    expect(identifyLanguage('2024-05-01 12:00 — 1,234,567 / 89.5% … 42 42 42 42 42 42 42 42')).toBeNull();
  });

  it('copes with very long text', () => {
    const long = 'The council voted on Tuesday to close the old bridge for repairs until the spring. '.repeat(500);
    expect(identifyLanguage(long)).toBe('en');
  });
});

describe('primaryLanguageTag', () => {
  it('reduces a language tag to its primary subtag, lower case', () => {
    expect(primaryLanguageTag('pl-PL')).toBe('pl');
    expect(primaryLanguageTag('pl_PL')).toBe('pl');
    expect(primaryLanguageTag('PL')).toBe('pl');
    expect(primaryLanguageTag(' en-GB ')).toBe('en');
  });

  it('returns null for nothing or something unparseable', () => {
    expect(primaryLanguageTag(null)).toBeNull();
    expect(primaryLanguageTag(undefined)).toBeNull();
    expect(primaryLanguageTag('')).toBeNull();
    expect(primaryLanguageTag('x')).toBeNull();
    expect(primaryLanguageTag('english')).toBeNull();
  });
});
