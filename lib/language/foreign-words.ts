/**
 * Whether a slug, a file name or an image description is written in another
 * language than English, and which: letters of another script (a Cyrillic
 * slug, percent-encoded or not), or Latin words that are not English (checked
 * against the whole English lexicon, lib/text/english-lexicon.ts), such as
 * Polish "rada-miasta-zamyka" or Russian transliterated "moshenniki-pensionerka".
 */
import { isEnglishWordOrFolded, LEXICON_MIN_LENGTH } from '../text/english-lexicon';
import { foldToAscii } from '../text/match';
import { francAll } from 'franc';
import { identifyAgainstEnglish } from './identify';
import { SOURCE_PROFILES } from './profiles';

export interface ForeignWords {
  /** ISO 639-1, null when the words are foreign but their language is not clear. */
  language: string | null;
  /** The foreign words found, as written (for the reader). */
  words: string[];
  /** Written in another script than Latin: certainly not English, even when the language is unclear. */
  otherScript?: boolean;
}

const SCRIPTS: Array<{ pattern: RegExp; language: (text: string) => string | null }> = [
  {
    pattern: /\p{Script=Cyrillic}/gu,
    language: (text) => (/[іїєґ]/iu.test(text) ? 'uk' : /[ыэъё]/iu.test(text) ? 'ru' : identifyCyrillic(text)),
  },
  { pattern: /\p{Script=Han}/gu, language: (text) => (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text) ? 'ja' : 'zh') },
  { pattern: /\p{Script=Hangul}/gu, language: () => 'ko' },
  { pattern: /[\p{Script=Hiragana}\p{Script=Katakana}]/gu, language: () => 'ja' },
  { pattern: /\p{Script=Greek}/gu, language: () => 'el' },
  { pattern: /\p{Script=Arabic}/gu, language: () => null },
  { pattern: /\p{Script=Hebrew}/gu, language: () => 'he' },
  { pattern: /\p{Script=Sinhala}/gu, language: () => 'si' },
  { pattern: /\p{Script=Devanagari}/gu, language: (text) => devanagariLanguage(text) },
  { pattern: /[\p{Script=Thai}\p{Script=Georgian}\p{Script=Armenian}]/gu, language: () => null },
];

function identifyCyrillic(text: string): string | null {
  return identifyAgainstEnglish(text, ['ru', 'uk'], 10) ?? 'ru';
}

/**
 * Letter groups of Russian and Ukrainian in Latin letters, as slug plugins
 * transliterate them, against those of Polish and Czech spelling (which
 * write the same sounds cz, sz, rz, w).
 */
const CYRILLIC_IN_LATIN = /shch|sh|zh|kh|ts|ya|yu|yo|ye|(?:iy|yy|yi|oy|ov|ev|ikh|ykh|ogo)\b/g;
const WEST_SLAVIC = /cz|sz|rz|w|ie\b|ow\b|ego\b/g;

const DEVANAGARI: Record<string, string> = { hin: 'hi', npi: 'ne', mar: 'mr' };

/** Hindi, Nepali or Marathi, all written in Devanagari, by franc's trigrams when one clearly leads. */
function devanagariLanguage(text: string): string | null {
  const [best, second] = francAll(text, { only: Object.keys(DEVANAGARI), minLength: 8 });
  if (!best || !DEVANAGARI[best[0]] || (second && second[1] > 0.8)) return null;
  return DEVANAGARI[best[0]]!;
}

/** The source languages we have data for, and other languages of Latin script franc tells apart well. */
const LATIN_CODES = [
  ...SOURCE_PROFILES.map((profile) => profile.code),
  'ro',
  'et',
  'fi',
  'hu',
  'sk',
  'sl',
  'hr',
  'lt',
  'lv',
  'sv',
  'da',
  'nb',
  'id',
  'vi',
];

/** Words of the value that count: letters only, long enough for the lexicon to judge; capitalised words (names) only where `names` says so. */
function candidateWords(value: string, skipCapitalised: boolean): string[] {
  const words = value.match(/\p{L}+/gu) ?? [];
  // Words are lower case or capitalised, at most 20 letters, with a vowel: not "TELEMMGLPICT", "yoJEIxKZc", "Bxkq".
  return words.filter(
    (word) =>
      word.length >= LEXICON_MIN_LENGTH &&
      word.length <= 20 &&
      /^\p{Lu}?\p{Ll}+$/u.test(word) &&
      /[aeiouyà-ÿą-ž]/i.test(word) &&
      !(skipCapitalised && /^\p{Lu}/u.test(word)),
  );
}

/** File names made by machines (hashes, ids, base64): no language to read in them. */
function looksGenerated(value: string): boolean {
  return (
    /base64|^data:/i.test(value) ||
    (value.match(/[A-Za-z0-9+=_]{16,}/g) ?? []).some((token) => /\d/.test(token) || /[a-z][A-Z]/.test(token))
  );
}

/**
 * The words of `value` in another script than Latin (at least three letters
 * of it), and the language that script names: its letters tell more than
 * franc's trigrams, which only read the text's dominant script.
 */
export function otherScriptWords(value: string): ForeignWords | null {
  for (const { pattern, language } of SCRIPTS) {
    const letters = value.match(pattern);
    if (letters && letters.length >= 3) {
      const words = (value.match(/[\p{L}\p{M}]+/gu) ?? []).filter((word) => new RegExp(pattern.source, 'u').test(word));
      return { language: language(words.join(' ')), words, otherScript: true };
    }
  }
  return null;
}

/**
 * The foreign words of `value`, or null when it reads as English (or too
 * little of it is words). `skipCapitalised`: in running text (image
 * descriptions) capitalised words are names; slugs and file names have none.
 */
export function foreignWords(value: string, skipCapitalised = false, minWords = 3): ForeignWords | null {
  if (looksGenerated(value)) return null;
  const other = otherScriptWords(value);
  if (other) return other;
  const words = candidateWords(value, skipCapitalised);
  const foreign = words.filter((word) => !isEnglishWordOrFolded(word));
  if (foreign.length < minWords || foreign.length < words.length * 0.6) return null;
  const folded = foreign.map((word) => foldToAscii(word));
  const joined = folded.join(' ');
  const cyrillic = joined.match(CYRILLIC_IN_LATIN)?.length ?? 0;
  if (cyrillic >= 2 && cyrillic > (joined.match(WEST_SLAVIC)?.length ?? 0) * 2) return { language: 'ru', words: foreign };
  // A few folded slug words are too little for franc (it takes Polish for Czech or Dutch): running text with its accents only.
  const readable = skipCapitalised || /[^\p{ASCII}]/u.test(value);
  return { language: readable ? identifyAgainstEnglish(words.join(' '), LATIN_CODES, 15) : null, words: foreign };
}
