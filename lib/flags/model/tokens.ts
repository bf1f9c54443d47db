/**
 * Words and marks of running English text with their offsets, split into
 * sentences: the units the wording model scores. Training reads the
 * word-error corpus through the same function (after detokenising it), so the
 * model sees live text exactly as it was trained on it.
 */

export interface Token {
  start: number;
  end: number;
  /** Lower case; digits folded to 0 so that numbers share their statistics. */
  key: string;
  /** Letters or digits (a word), not a punctuation mark. */
  word: boolean;
}

export interface Sentence {
  tokens: Token[];
}

// A word keeps its inner apostrophes, dots and hyphens ("don't", "U.S.", "well-known").
// Exported with ABBREVIATION for the text model's keys-only cut (lib/detect/text-model/sentence-keys.ts).
export const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’.-][\p{L}\p{M}\p{N}]+)*\.?|[^\s\p{L}\p{M}\p{N}]/gu;
export const ABBREVIATION =
  /^(?:\p{L}|mr|mrs|ms|dr|st|mt|jr|sr|prof|gen|col|lt|sgt|rev|vs|no|etc|inc|ltd|co|corp|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|e\.g|i\.e|a\.m|p\.m|u\.s|u\.k)\.$/iu;

export function tokenKey(text: string): string {
  return text.toLowerCase().replace(/’/g, "'").replace(/\p{N}/gu, '0');
}

/** Sentences of `text`: a break after . ! ? before white space (not after an abbreviation), and at every line break. */
export function sentences(text: string): Sentence[] {
  const result: Sentence[] = [];
  let current: Token[] = [];
  let lastEnd = 0;
  const close = () => {
    if (current.length) result.push({ tokens: current });
    current = [];
  };
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index;
    if (current.length && text.slice(lastEnd, start).includes('\n')) close();
    let raw = match[0];
    let end = start + raw.length;
    // A word's final dot is the sentence's full stop unless the word is an abbreviation.
    let stop = false;
    if (raw.length > 1 && raw.endsWith('.') && !ABBREVIATION.test(raw)) {
      raw = raw.slice(0, -1);
      end -= 1;
      stop = true;
    }
    const word = /[\p{L}\p{N}]/u.test(raw);
    current.push({ start, end, key: tokenKey(raw), word });
    if (stop) current.push({ start: end, end: end + 1, key: '.', word: false });
    lastEnd = start + match[0].length;
    const last = current[current.length - 1]!;
    if ((stop || /^[.!?]$/.test(last.key)) && /^\s/.test(text.slice(lastEnd, lastEnd + 1) || ' ')) close();
  }
  close();
  return result;
}
