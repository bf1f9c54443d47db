/**
 * Is it an English word? The whole `dictionary-en` word list (lower-case
 * forms of four letters or more), from lib/data/english/lexicon.json, made by
 * scripts/build-english-lexicon.ts. Read once, on the first question: only
 * the report script, which judges slugs, file names and image descriptions,
 * asks.
 */
import data from '../data/english/lexicon.json';
import { foldToAscii } from './match';

let lexicon: Set<string> | null = null;

function load(): Set<string> {
  if (lexicon) return lexicon;
  lexicon = new Set();
  // Front-coded: each word is a digit (how many letters it keeps of the word before) and its new letters. Read
  // character by character rather than by a regular expression: about half the time on the first scored text.
  const text = data.words;
  let previous = '';
  let at = 0;
  while (at < text.length) {
    const keep = text.charCodeAt(at) - 48;
    let end = at + 1;
    while (end < text.length && text.charCodeAt(end) >= 97) end++;
    previous = previous.slice(0, keep) + text.slice(at + 1, end);
    lexicon.add(previous);
    at = end;
  }
  return lexicon;
}

/** The word and the forms it may be a regular inflection of ("stations" → "station", "studied" → "study"). */
export function baseForms(word: string): string[] {
  const forms = [word];
  const strip = (ending: string, ...add: string[]) => {
    if (word.length > ending.length + 2 && word.endsWith(ending)) for (const tail of add) forms.push(word.slice(0, -ending.length) + tail);
  };
  strip('s', '');
  strip('es', '');
  strip('ed', '', 'e');
  strip('ing', '', 'e');
  strip('ly', '');
  strip('er', '', 'e');
  strip('ies', 'y');
  strip('ied', 'y');
  return forms;
}

/** Whether `word` (any case) is an English word form; words shorter than the list's minimum are not judged (false). */
export function isEnglishWord(word: string): boolean {
  const lower = word.toLowerCase();
  if (lower.length < data.minLength) return false;
  const words = load();
  return baseForms(lower).some((form) => words.has(form));
}

/** Whether `word` is an English word form as written or with its accents taken off (a slug's or a headline's "café"). */
export function isEnglishWordOrFolded(word: string): boolean {
  return isEnglishWord(word) || isEnglishWord(foldToAscii(word));
}

/** Shortest word the lexicon judges. */
export const LEXICON_MIN_LENGTH = data.minLength;
