/**
 * Quotations between the marks of another language („…” Polish, „…“ German,
 * Czech and Russian, »…« German, «…» Russian, Ukrainian, French, Spanish,
 * Italian, Portuguese): translation engines change the words and keep the
 * marks. One finder, read from the language profiles' `quotes`, for both the
 * detector's signal and the reader's flag.
 */
import { SOURCE_PROFILES } from './profiles';
import { escapeRegExp } from '../text/match';

export interface Quotation {
  start: number;
  end: number;
  /** The quotation with its marks. */
  text: string;
  /** The quoted words, without the marks and the spaces inside them. */
  inner: string;
  /** Opening and closing mark, as in the profiles ("„”"). */
  pair: string;
  /** Languages that write this pair. */
  languages: readonly string[];
}

interface QuoteStyle {
  pair: string;
  pattern: RegExp;
  languages: string[];
}

const STYLES: readonly QuoteStyle[] = (() => {
  const byPair = new Map<string, string[]>();
  for (const profile of SOURCE_PROFILES) {
    for (const pair of profile.quotes ?? []) byPair.set(pair, [...(byPair.get(pair) ?? []), profile.code]);
  }
  return [...byPair].map(([pair, languages]) => {
    const [open, close] = [...pair].map(escapeRegExp);
    // A straight close ("„…\"") must not reach past a typographic one.
    const alsoNotInside = close === '"' ? '“”' : '';
    // The opening mark, some words on one line (French pads them with spaces), the closing mark.
    return {
      pair,
      languages,
      pattern: new RegExp(`${open}\\s?([^${open}${close}${alsoNotInside}\\n]{1,400}?)\\s?${close}`, 'gu'),
    };
  });
})();

/** Languages that open quotations with `mark`, whatever closes them. */
export function languagesOpeningWith(mark: string): string[] {
  return [...new Set(STYLES.filter((style) => style.pair.startsWith(mark)).flatMap((style) => style.languages))];
}

const straightClose = (quotation: Quotation) => (quotation.pair.endsWith('"') ? 1 : 0);

/**
 * Every quotation in foreign marks, one per place: "«a» and «b»" must not also
 * read as a German »…« between them, nor Polish „…” followed by an English ”
 * as German „…“. Leftmost, then shortest, wins.
 */
export function findForeignQuotations(text: string): Quotation[] {
  const all = STYLES.flatMap((style) =>
    [...text.matchAll(style.pattern)].map((match) => ({
      start: match.index,
      end: match.index + match[0].length,
      text: match[0],
      inner: (match[1] ?? '').trim(),
      pair: style.pair,
      languages: style.languages,
    })),
  )
    // Marks around nothing but spaces are no quotation, and must not take the place of one.
    .filter((quotation) => quotation.inner.length > 0)
    // At one place, a typographic close wins over a straight one ("„…\"" is how keyboards type „…”), then the shortest.
    .sort((a, b) => a.start - b.start || straightClose(a) - straightClose(b) || a.end - b.end);
  const placed: Quotation[] = [];
  for (const quotation of all) if (quotation.start >= (placed[placed.length - 1]?.end ?? 0)) placed.push(quotation);
  return placed;
}
