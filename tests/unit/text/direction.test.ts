import { describe, expect, it } from 'vitest';
import { isRtlLanguage, textDirection } from '@/lib/text/direction';

describe('textDirection', () => {
  it('follows the identified language', () => {
    expect(textDirection('he', 'whatever')).toBe('rtl');
    expect(textDirection('ar', '')).toBe('rtl');
    expect(textDirection('fa', '')).toBe('rtl');
    expect(textDirection('en', 'שלום עולם')).toBe('ltr');
    expect(textDirection('pl', '')).toBe('ltr');
  });

  it('reads the script when the language is unknown (franc names Standard Arabic arb, which has no two-letter code)', () => {
    expect(textDirection(null, 'قالت الحكومة يوم الثلاثاء إن الميزانية ستزيد العام المقبل، وفق Reuters.')).toBe('rtl');
    expect(textDirection(null, 'הממשלה הודיעה ביום שלישי כי התקציב יגדל בשנה הבאה, לפי Reuters.')).toBe('rtl');
    expect(textDirection(null, 'The council met on Tuesday (מועצת העיר) and said the budget would grow.')).toBe('ltr');
    expect(textDirection(null, '')).toBe('ltr');
  });

  it('knows the right-to-left languages by their codes with or without a region', () => {
    expect(isRtlLanguage('ar-EG')).toBe(true);
    expect(isRtlLanguage('he_IL')).toBe(true);
    expect(isRtlLanguage('en-US')).toBe(false);
    expect(isRtlLanguage(null)).toBe(false);
  });
});
