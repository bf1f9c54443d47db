import type { FlagRule, RuleMeta } from '../rule';
import { patternFlags } from '../rule';
import { wording } from '../../wording';

const RULE: RuleMeta = {
  id: 'grammar/uncountable-plural',
  category: 'grammar',
  description: 'A noun English does not count, made plural or given “a” (“informations”, “an advice”), as languages that count it do.',
  languages: 'any',
  unknownSource: true,
  confidence: 0.8,
  priority: 50,
  defaultEnabled: true,
};

/** Plurals English lacks (their singular is uncountable), with the word to use. */
const PLURALS: Record<string, string> = {
  informations: 'information',
  advices: 'advice',
  equipments: 'equipment',
  furnitures: 'furniture',
  feedbacks: 'feedback',
  softwares: 'software',
  luggages: 'luggage',
  baggages: 'baggage',
  homeworks: 'homework',
  personnels: 'personnel',
  machineries: 'machinery',
  jewelleries: 'jewellery',
  jewelries: 'jewelry',
};
const UNCOUNTABLE = 'advice|information|equipment|furniture|luggage|baggage|feedback|homework|machinery';

const PLURAL = new RegExp(`(?<![\\p{L}\\p{N}-])(${Object.keys(PLURALS).join('|')})(?![\\p{L}\\p{N}-])`, 'giu');
/** "an information about", "an advice to": the article only where no noun follows ("an information campaign" is fine). */
const ARTICLE = new RegExp(
  `(?<![\\p{L}\\p{N}-])(an?)\\s+(${UNCOUNTABLE})(?=\\s*[.,;:!?)]|\\s+(?:about|on|that|from|regarding|concerning|to|for|which|was|is|will|has|had)\\b)`,
  'giu',
);

/** "informations", "an advice": English does not count these nouns. */
export const uncountablePlural: FlagRule = {
  id: 'uncountable-plural',
  rules: [RULE],
  run({ text }) {
    return [
      ...patternFlags(RULE, text, PLURAL, ([word]) => {
        const singular = PLURALS[word.toLowerCase()]!;
        const replacement = /^\p{Lu}/u.test(word) ? singular.charAt(0).toUpperCase() + singular.slice(1) : singular;
        return {
          message: wording('flag_uncountablePlural', { singular, word }),
          replacements: [replacement],
          confidence: 0.85,
          entryId: 'plural',
        };
      }),
      ...patternFlags(RULE, text, ARTICLE, ([, article = '', noun = '']) => {
        const piece = noun.toLowerCase() === 'advice' || noun.toLowerCase() === 'information' ? `a piece of ${noun}` : `some ${noun}`;
        return {
          message: wording('flag_uncountableArticle', { noun, article: article.toLowerCase() }),
          replacements: [noun, /^\p{Lu}/u.test(article) ? piece.charAt(0).toUpperCase() + piece.slice(1) : piece],
          confidence: 0.75,
          entryId: 'article',
        };
      }),
    ];
  },
};
