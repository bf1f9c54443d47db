import type { FlagRule, RuleMeta } from '../rule';
import { patternFlags } from '../rule';

const RULE: RuleMeta = {
  id: 'grammar/the-both',
  category: 'grammar',
  description: '“The both” before a noun (“the both sides”), where English says “both”.',
  languages: 'any',
  unknownSource: true,
  confidence: 0.75,
  priority: 50,
  defaultEnabled: true,
};

/** "the both sides"; "the both of us" is informal but good English. */
const PATTERN = /(?<![\p{L}\p{N}-])(the)\s+(both)(?![\p{L}\p{N}-])(?!\s+of\b)(?=\s+\p{L})/giu;

/** "the both sides": English does not put "the" before "both". */
export const theBoth: FlagRule = {
  id: 'the-both',
  rules: [RULE],
  run({ text }) {
    return patternFlags(RULE, text, PATTERN, ([, article = '']) => ({
      message: '“Both” takes no “the” in English: “both sides”, not “the both sides”.',
      replacements: [/^\p{Lu}/u.test(article) ? 'Both' : 'both'],
    }));
  },
};
