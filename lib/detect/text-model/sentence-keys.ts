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
import { ABBREVIATION, TOKEN } from '../../flags/model/tokens';
import { isPlain } from '../../text/plain-text';

// The flags' own token and abbreviation patterns (one definition of both), here with the white space after a token.
const TOKEN_AND_SPACE = new RegExp(`(?:${TOKEN.source})\\s*`, 'gu');
const FULL_STOP = 46;
// The same for a plain text (lib/text/plain-text.ts): on ASCII letters and digits these are the classes above.
const PLAIN_TOKEN_AND_SPACE = new RegExp(`(?:${TOKEN.source.replaceAll('\\p{L}\\p{M}\\p{N}', 'A-Za-z0-9')})\\s*`, 'g');
const PLAIN_ABBREVIATION = new RegExp(ABBREVIATION.source.replace('\\p{L}', '[a-z]'), 'i');

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
