import type { FlagRule, RuleMeta } from '../rule';
import { patternFlags } from '../rule';
import { wording } from '../../wording';

const RULE: RuleMeta = {
  id: 'punctuation/hyphen-dash',
  category: 'punctuation',
  description: 'A hyphen where a dash belongs, gluing a clause to the word before it (“into a ball-that is, if you…”).',
  languages: 'any',
  unknownSource: false,
  confidence: 0.6,
  priority: 30,
  defaultEnabled: true,
};

/**
 * Words that open a clause or a phrase and never end a hyphenated compound
 * before a space. Not "in", "on", "up", "to", "one" ("sign-in", "add-on",
 * "follow-up", "lean-to", "all-in-one"), nor "there", "only", "all", "how",
 * "even", "no" ("out-there", "read-only", "catch-all", "know-how",
 * "break-even", "yes-no").
 */
const OPENERS =
  'that|which|this|these|those|it|we|they|he|she|i|you|each|when|as|because|but|and|maybe|perhaps|just|not|from|a|an|the|its|their|our|so|' +
  'therefore|however|imagine|leaving|thousands|hundreds|millions|billions|then|if|what|why|where|who|with|some|for|or|now|here';

/** Compounds English writes this way ("Post-it", "thank-you note", "forget-me-not", "so-so"). */
const COMPOUNDS = new Set([
  'post-it',
  'thank-you',
  'me-not',
  'so-so',
  'see-through',
  'has-been',
  'also-ran',
  'will-o',
  'either-or',
  'what-if',
  'what-so',
  'anti-war',
]);

/**
 * A lower-case word of two letters or more, a hyphen and a lower-case opener
 * followed by a space or punctuation (a compound goes on with a hyphen or a
 * noun: "state-of-the-art", "mother-in-law"). Machine translation turns the
 * source's dash (Chinese "——", a spaced "–") into a bare hyphen.
 */
const PATTERN = new RegExp(`(?<![\\p{L}\\p{N}'’.-])(\\p{Ll}{2,})(-)(${OPENERS})(?=[ ,;:])`, 'gu');

/** "a ball-that is": a dash came out as a hyphen, gluing two parts of the sentence together. */
export const hyphenDash: FlagRule = {
  id: 'hyphen-dash',
  rules: [RULE],
  run({ text }) {
    return patternFlags(RULE, text, PATTERN, (match) => {
      const [whole, left = '', , right = ''] = match;
      if (COMPOUNDS.has(`${left}-${right}`.toLowerCase()) || left === right) return null;
      const start = match.index + left.length;
      return {
        start,
        end: start + 1,
        message: wording('flag_hyphenDash', { word: whole }),
        replacements: [' — ', ' – '],
      };
    });
  },
};
