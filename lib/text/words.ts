/**
 * English words and sentences as the style statistics count them: letters
 * with inner apostrophes ("don't", "O’Brien") or hyphens, digits apart.
 */
import { isPlain } from './plain-text';

/**
 * Where a sentence ends: . ! ? … and at most one closing quote or bracket after them. The one definition:
 * `sentences` breaks after it (before a space and a capital, digit or opening quote) and `endsSentence` tests it.
 */
const SENTENCE_END = String.raw`[.!?…][”"’')\]]?`;

const WORD = /[\p{L}]+(?:[’'][\p{L}]+)*(?:-[\p{L}]+)*/gu;
const SENTENCE_BREAK = new RegExp(String.raw`(?<=${SENTENCE_END})\s+(?=[\p{Lu}\p{N}“"‘'(])|\n+`, 'u');
const LETTER = /\p{L}/u;

// The same patterns for a plain text (./plain-text.ts), whose letters are A-Z and digits 0-9: the text model
// cuts every article with these, and a fresh page compiles a Unicode property class in milliseconds.
const PLAIN_WORD = /[A-Za-z]+(?:[’'][A-Za-z]+)*(?:-[A-Za-z]+)*/g;
const PLAIN_SENTENCE_BREAK = new RegExp(String.raw`(?<=${SENTENCE_END})\s+(?=[A-Z0-9“"‘'(])|\n+`);
const ENDS_SENTENCE = new RegExp(String.raw`${SENTENCE_END}$`);
const PLAIN_LETTER = /[A-Za-z]/;

/** The words of `text`, as written (apostrophes made straight). */
export function words(text: string): string[] {
  return text.replace(/’/g, "'").match(isPlain(text) ? PLAIN_WORD : WORD) ?? [];
}

/**
 * Sentences of `text`: ends at . ! ? (and a closing quote or bracket after
 * them) before a space and a capital, digit or opening quote, or at a line break.
 */
export function sentences(text: string): string[] {
  const plain = isPlain(text);
  const letter = plain ? PLAIN_LETTER : LETTER;
  return text
    .split(plain ? PLAIN_SENTENCE_BREAK : SENTENCE_BREAK)
    .map((sentence) => sentence.trim())
    .filter((sentence) => letter.test(sentence));
}

/**
 * Whether `text` ends as `sentences` ends a sentence before a space: a text joined to the next sentence by a
 * space is cut there again when this holds and the next one opens with a capital, digit or opening quote.
 */
export function endsSentence(text: string): boolean {
  return ENDS_SENTENCE.test(text);
}
