/**
 * Which way an article's text runs, for the reader's layout: from the
 * language the text was identified as, else from the script most of its
 * first letters are written in. Not from the page's own `dir` or `lang`: an
 * English copy made by machine from an Arabic or Hebrew site often keeps the
 * original's `<html dir="rtl" lang="ar">`, and English laid out right to left
 * reads badly.
 */

/** Languages written right to left (ISO 639-1, and the 639-3 codes without one). */
const RTL_LANGUAGES = new Set(['ar', 'arb', 'he', 'fa', 'pes', 'ur', 'ps', 'yi', 'dv', 'ug', 'ckb', 'sd', 'syr']);

/** Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic and their presentation forms. */
const RTL_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/u;
const LETTER = /\p{L}/gu;

/** Letters looked at when the language is unknown: the start of an article says which way it runs. */
const SAMPLE_LETTERS = 400;

export type TextDirection = 'ltr' | 'rtl';

export function isRtlLanguage(language: string | null | undefined): boolean {
  return !!language && RTL_LANGUAGES.has(language.toLowerCase().split(/[-_]/)[0]!);
}

export function textDirection(language: string | null, text: string): TextDirection {
  if (language) return isRtlLanguage(language) ? 'rtl' : 'ltr';
  let letters = 0;
  let rtl = 0;
  for (const [letter] of text.matchAll(LETTER)) {
    letters++;
    if (RTL_LETTER.test(letter)) rtl++;
    if (letters >= SAMPLE_LETTERS) break;
  }
  return rtl * 2 > letters ? 'rtl' : 'ltr';
}
