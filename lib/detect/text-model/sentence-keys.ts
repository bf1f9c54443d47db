/**
 * The n-gram keys of a passage's sentences, as the flags' tokenizer
 * (lib/flags/model/tokens.ts `sentences`) gives them, without the offsets and
 * flags the text model does not read. The count table was built from that
 * tokenizer's keys, so these must be the same, to the character (a unit test
 * compares the two); what differs is the cost. The text model runs this on
 * every word of an article, and the first article in a fresh page runs it
 * uncompiled, where each regular-expression call per token cost more than the
 * rest of its features together: here a line is cut into tokens by one call,
 * and the digits and curly apostrophes of the keys are folded in the whole
 * text at once (both stay inside the same tokens, so the cut does not move).
 */
import { isPlain } from './plain-text';

// As lib/flags/model/tokens.ts: a word keeps its inner apostrophes, dots and hyphens; here with the white space after it.
const TOKEN_AND_SPACE = /(?:[\p{L}\p{M}\p{N}]+(?:['’.-][\p{L}\p{M}\p{N}]+)*\.?|[^\s\p{L}\p{M}\p{N}])\s*/gu;
const ABBREVIATION =
  /^(?:\p{L}|mr|mrs|ms|dr|st|mt|jr|sr|prof|gen|col|lt|sgt|rev|vs|no|etc|inc|ltd|co|corp|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|e\.g|i\.e|a\.m|p\.m|u\.s|u\.k)\.$/iu;
const FULL_STOP = 46;
// The same for a plain text (./plain-text.ts): on ASCII letters and digits these are the classes above.
const PLAIN_TOKEN_AND_SPACE = /(?:[A-Za-z0-9]+(?:['’.-][A-Za-z0-9]+)*\.?|[^\sA-Za-z0-9])\s*/g;
const PLAIN_ABBREVIATION =
  /^(?:[a-z]|mr|mrs|ms|dr|st|mt|jr|sr|prof|gen|col|lt|sgt|rev|vs|no|etc|inc|ltd|co|corp|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|e\.g|i\.e|a\.m|p\.m|u\.s|u\.k)\.$/i;

/** Keys of each sentence of `text`: lower case, digits folded to 0, straight apostrophes. */
export function sentenceKeys(text: string): string[][] {
  const plain = isPlain(text);
  const tokens = plain ? PLAIN_TOKEN_AND_SPACE : TOKEN_AND_SPACE;
  const abbreviation = plain ? PLAIN_ABBREVIATION : ABBREVIATION;
  const folded = plain ? text.replace(/’/g, "'").replace(/[0-9]/g, '0') : text.replace(/’/g, "'").replace(/\p{N}/gu, '0');
  const result: string[][] = [];
  let current: string[] = [];
  // A line break ends a sentence.
  for (const line of folded.split('\n')) {
    if (current.length) result.push(current);
    current = [];
    const pieces = line.match(tokens);
    if (!pieces) continue;
    for (let index = 0; index < pieces.length; index++) {
      const piece = pieces[index]!;
      let raw = piece.trimEnd();
      // Followed by white space, a line break or the end of the text.
      const spaced = raw.length !== piece.length || index === pieces.length - 1;
      // A word's final dot is the sentence's full stop unless the word is an abbreviation.
      let stop = false;
      if (raw.length > 1 && raw.charCodeAt(raw.length - 1) === FULL_STOP && !abbreviation.test(raw)) {
        raw = raw.slice(0, -1);
        stop = true;
      }
      current.push(raw.toLowerCase());
      if (stop) current.push('.');
      if (spaced && (stop || raw === '.' || raw === '!' || raw === '?')) {
        result.push(current);
        current = [];
      }
    }
  }
  if (current.length) result.push(current);
  return result;
}
