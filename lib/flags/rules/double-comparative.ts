import type { FlagRule, RuleMeta } from '../rule';
import { patternFlags } from '../rule';
import { wording } from '../../wording';

const RULE: RuleMeta = {
  id: 'grammar/double-comparative',
  category: 'grammar',
  description: '“More” before a comparative or “the most” before a superlative (“more better”, “the most biggest”).',
  languages: 'any',
  unknownSource: true,
  confidence: 0.8,
  priority: 50,
  defaultEnabled: true,
};

const COMPARATIVES =
  'better|worse|bigger|larger|smaller|higher|lower|faster|slower|easier|harder|stronger|weaker|cheaper|greater|older|younger|longer|shorter|richer|poorer|safer|happier|healthier|wider|deeper|closer|earlier|heavier|simpler|clearer|quicker|louder|smarter|nicer|busier|hotter|colder|warmer|cooler|darker|brighter';
const SUPERLATIVES =
  'best|worst|biggest|largest|smallest|highest|lowest|fastest|slowest|easiest|hardest|strongest|weakest|cheapest|greatest|oldest|youngest|longest|shortest|richest|poorest|safest|happiest|healthiest|widest|deepest|closest|earliest|heaviest|simplest|clearest|quickest|nicest|smartest';

/**
 * "more better than", "more easier.": only before "than" or punctuation, since
 * "more older people" (a greater number of older people) is good English.
 */
const COMPARATIVE = new RegExp(`(?<![\\p{L}\\p{N}-])(more)\\s+(${COMPARATIVES})(?=\\s+than\\b|\\s*[.,;:!?)])`, 'giu');
/** "the most biggest": "most" here cannot mean "the majority of". */
const SUPERLATIVE = new RegExp(`(?<![\\p{L}\\p{N}-])(the)\\s+(most)\\s+(${SUPERLATIVES})(?![\\p{L}\\p{N}-])`, 'giu');

/** "more better", "the most biggest": the comparison is marked twice. */
export const doubleComparative: FlagRule = {
  id: 'double-comparative',
  rules: [RULE],
  run({ text }) {
    return [
      ...patternFlags(RULE, text, COMPARATIVE, ([, , adjective = '']) => ({
        message: wording('flag_doubleComparative', { adjective }),
        replacements: [adjective],
        entryId: 'comparative',
      })),
      ...patternFlags(RULE, text, SUPERLATIVE, ([, article = '', , adjective = '']) => ({
        message: wording('flag_doubleSuperlative', { adjective }),
        replacements: [`${article} ${adjective}`],
        entryId: 'superlative',
      })),
    ];
  },
};
