/**
 * Titles used without an article where English needs one ("President said
 * that…", "…, and minister added"): Polish, Russian, Ukrainian, Czech and
 * Turkish have no articles, and engines often fail to add them.
 */
import type { Signal } from '../signal';
import { listInWords } from '../signal';
import { SAYING_VERB, TITLE } from '../../text/reporting';

/**
 * At a sentence start, or after a conjunction, with a reporting verb right after. A sentence
 * ends after a lower-case word or a number: "The U.S. President said" and "Mr. Minister" do not.
 */
const PATTERNS = [
  new RegExp(`(?:^|(?<=[\\p{Ll}\\p{N})\\]]{2})[.!?]["”’]?\\s+)(${TITLE}\\s+${SAYING_VERB})\\b`, 'gu'),
  // "a Democrat who served as governor said" is honest English: not after served/worked as.
  new RegExp(
    `(?:,|\\b(?:and|but|that|when|(?<!\\b(?:served|serves|serving|worked|works|working)\\s)as))\\s+(${TITLE}\\s+${SAYING_VERB})\\b`,
    'gu',
  ),
];

export const ARTICLELESS_LANGUAGES = { pl: 0.25, ru: 0.25, uk: 0.2, cs: 0.2, tr: 0.1 };

export const missingArticles: Signal = {
  id: 'missing-articles',
  englishOnly: true,
  run({ text }) {
    const hits = PATTERNS.flatMap((pattern) => [...text.matchAll(pattern)].map((match) => match[1]!));
    if (hits.length === 0) return null;
    return {
      weight: hits.length >= 3 ? 0.5 : hits.length === 2 ? 0.4 : 0.25,
      detail: `Titles appear without “the”, as in languages that have no articles: ${listInWords(hits.map((hit) => `“${hit}”`))}.`,
      languages: ARTICLELESS_LANGUAGES,
    };
  },
};
