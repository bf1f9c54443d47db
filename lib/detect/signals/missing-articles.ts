/**
 * Titles used without an article where English needs one ("President said
 * that…", "…, and minister added"): Polish, Russian, Ukrainian, Czech and
 * Turkish have no articles, and engines often fail to add them.
 */
import type { Signal } from '../signal';
import { told } from '../signal';
import { wording } from '../../wording';
import { JOINT_ROLE, SAYING_VERB, TITLE } from '../../text/reporting';

/**
 * At a sentence start, or after a conjunction, with a reporting verb right after. A sentence
 * ends after a lower-case word or a number: "The U.S. President said" and "Mr. Minister" do not.
 */
const PATTERNS = [
  new RegExp(`(?:^|(?<=[\\p{Ll}\\p{N})\\]]{2})[.!?]["”’]?\\s+)(${TITLE}\\s+${SAYING_VERB})\\b`, 'gu'),
  // After a comma, "that" or "when", or a clause-opening "and", "but" or "as": ", as minister stressed"
  // (Polish "jak podkreślił minister"). Not "founder and chairman said" (one person, two roles), nor
  // "served as governor said" or "elected as mayor confirmed": "as" counts after punctuation only.
  new RegExp(
    `(?:,(?:\\s*(?:and|but|as)\\b)?|\\b(?:that|when)|(?<!\\b${JOINT_ROLE}\\s+)\\b(?:and|but)|(?:^|[.!?]["”’]?\\s+)As)\\s+(${TITLE}\\s+${SAYING_VERB})\\b`,
    'gu',
  ),
];

export const ARTICLELESS_LANGUAGES = { pl: 0.25, ru: 0.25, uk: 0.2, cs: 0.2, tr: 0.1 };

export const missingArticles: Signal = {
  id: 'missing-articles',
  englishOnly: true,
  answers: 'machine',
  run({ text }) {
    const hits = PATTERNS.flatMap((pattern) => [...text.matchAll(pattern)].map((match) => match[1]!));
    if (hits.length === 0) return null;
    return {
      weight: hits.length >= 3 ? 0.5 : hits.length === 2 ? 0.4 : 0.25,
      ...told(
        wording('reason_missingArticles', { examples: { list: hits.map((hit) => wording('quoted', { text: hit })), join: 'and', max: 3 } }),
      ),
      languages: ARTICLELESS_LANGUAGES,
    };
  },
};
