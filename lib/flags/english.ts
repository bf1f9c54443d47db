/**
 * What counts as English for the untranslated-words rule.
 *
 * lib/data/english/words.json holds the lower-case English words (Hunspell
 * en_US, from the `dictionary-en` package) that a source language also uses
 * or spells alike: "jest" is Polish for "is" and an English noun. It is built
 * by scripts/build-english-words.ts from the frequent words and spellings the
 * rule looks for, so it answers for exactly those words, not for any word;
 * lib/data/english/loanwords.json adds the words and phrases with letters
 * beyond a–z that English has made its own ("café", "złoty", "de facto").
 */
import english from '../data/english/words.json';
import loanwords from '../data/english/loanwords.json';
import { findPhrase } from '../text/match';

const WORDS = new Set<string>(english.words);
const LOANWORDS = new Set<string>(loanwords.words);

/**
 * Whether a lower-case word is English. Only meaningful for words that look
 * like a source language (a frequent word or typical spelling of one, or its
 * letters): other English words are not shipped.
 */
export function isEnglishWord(word: string): boolean {
  return WORDS.has(word) || LOANWORDS.has(word);
}

/** Spans of foreign set phrases English uses as its own ("per se", "coup d'état"), in any case. */
export function loanPhraseSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  // Same length as the text, so offsets carry over.
  const plain = text.replace(/’/g, "'");
  const lower = plain.toLowerCase();
  for (const phrase of loanwords.phrases) {
    if (!lower.includes(phrase.split(' ')[0]!)) continue;
    for (const hit of findPhrase(plain, phrase)) spans.push([hit.start, hit.end]);
  }
  return spans;
}
