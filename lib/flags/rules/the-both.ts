import type { FlagRule, RuleMeta } from '../rule';
import { patternFlags } from '../rule';
import { wording } from '../../wording';

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
      message: wording('flag_theBoth'),
      replacements: [/^\p{Lu}/u.test(article) ? 'Both' : 'both'],
    }));
  },
};
