/**
 * Whether a text can be cut by regular expressions without Unicode property
 * classes. Compiling one `\p{L}` class costs ~1-4 ms of CPU the first time a
 * fresh page meets it (Chromium 156, measured by issue 11), more than scoring
 * a passage; most English articles hold no letter, digit or mark beyond ASCII,
 * only typographic punctuation, and for them `[A-Za-z]` and `[0-9]` are the
 * same classes. A text with any other character takes the Unicode path.
 */

/** Punctuation and symbols beyond ASCII that are neither letters, marks, digits nor white space. */
const PUNCTUATION = '–—‘’‚“”„«»…′″•·€£°±×§¶†‡‰™℠©®';

// Without the u flag: `\s` is the same set there, and every character here is one UTF-16 unit.
const OTHER = new RegExp(`[^\\x00-\\x7f\\s${PUNCTUATION}]`);

/** True when every character is ASCII, white space or the punctuation above. */
export function isPlain(text: string): boolean {
  return !OTHER.test(text);
}
