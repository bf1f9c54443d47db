import type { FlagRule, RuleMeta } from '../rule';
import { patternFlags } from '../rule';
import { wording } from '../../wording';

const RULE: RuleMeta = {
  id: 'grammar/missing-subject',
  category: 'grammar',
  description:
    'A sentence opening with a verb of saying and “that”, without a subject (“Said that he will not resign”), as languages that drop pronouns write it.',
  languages: 'any',
  unknownSource: true,
  confidence: 0.75,
  priority: 50,
  defaultEnabled: true,
};

const VERBS =
  'Said|Stated|Added|Explained|Stressed|Noted|Assured|Announced|Insisted|Recalled|Warned|Declared|Indicated|Affirmed|Emphasized|Emphasised|Pointed out|Reported|Believes|Thinks|Considers|Says';

/**
 * A sentence (or paragraph) that starts with the verb: Spanish, Italian, Polish, Czech, Russian and Chinese drop the pronoun.
 * The sentence's start is matched, not looked behind at: a lookbehind would rescan a run of spaces from each of its positions.
 */
const PATTERN = new RegExp(`(?:^|[.!?]["”’]?\\s+|\\n)(${VERBS})(?=\\s+that\\s+\\p{Ll})`, 'dgu');

/** "Said that will not resign": the subject the source language left out is missing in English. */
export const missingSubject: FlagRule = {
  id: 'missing-subject',
  rules: [RULE],
  run({ text }) {
    return patternFlags(RULE, text, PATTERN, (match) => {
      const verb = match[1] ?? '';
      const [start, end] = match.indices![1]!;
      const lower = verb.charAt(0).toLowerCase() + verb.slice(1);
      return {
        start,
        end,
        message: wording('flag_missingSubject'),
        replacements: [`He ${lower}`, `She ${lower}`, `They ${lower.replace(/s$/, '')}`],
      };
    });
  },
};
