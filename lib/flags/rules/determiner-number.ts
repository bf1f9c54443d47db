import type { FlagRule, RuleMeta } from '../rule';
import { patternFlags } from '../rule';
import { wording } from '../../wording';

const RULE: RuleMeta = {
  id: 'grammar/determiner-number',
  category: 'grammar',
  description: '“These” or “those” before a singular noun (“these problem is”), where English needs the plural or “this”/“that”.',
  languages: 'any',
  unknownSource: true,
  confidence: 0.7,
  priority: 50,
  defaultEnabled: true,
};

/**
 * A closed list, because spelling does not tell a singular noun from a plural
 * ("news", "series" and "crisis" end in -s; "police" is plural without it):
 * nouns news translations use often, with the plural to suggest. Not "kind",
 * "type" or "sort": "these kind of things" is everyday English.
 */
const NOUNS: Record<string, string> = {
  person: 'people',
  man: 'men',
  woman: 'women',
  child: 'children',
  country: 'countries',
  city: 'cities',
  problem: 'problems',
  question: 'questions',
  thing: 'things',
  idea: 'ideas',
  event: 'events',
  decision: 'decisions',
  situation: 'situations',
  document: 'documents',
  issue: 'issues',
  step: 'steps',
  measure: 'measures',
  project: 'projects',
  story: 'stories',
  company: 'companies',
  region: 'regions',
  law: 'laws',
  rule: 'rules',
  policy: 'policies',
  attack: 'attacks',
  agreement: 'agreements',
  word: 'words',
  method: 'methods',
  result: 'results',
  study: 'studies',
  technology: 'technologies',
  organization: 'organizations',
  organisation: 'organisations',
};

/**
 * The noun must be followed by a verb, a preposition or punctuation, so that
 * it is not a modifier of the next noun ("those city officials", "these
 * country music fans"), nor joined to another ("these city and state laws").
 */
const PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}-])(these|those)\\s+(${Object.keys(NOUNS).join('|')})(?=\\s*[.,;:!?)]|\\s+(?:is|was|has|does|seems|appears|will|would|can|could|should|must|of|in|on|at|with|from|that|which|who|were|are|have)\\b)`,
  'giu',
);

/** "these problem is": a plural determiner before a singular noun. */
export const determinerNumber: FlagRule = {
  id: 'determiner-number',
  rules: [RULE],
  run({ text }) {
    return patternFlags(RULE, text, PATTERN, ([, determiner = '', noun = '']) => {
      const singular = determiner.toLowerCase() === 'these' ? 'this' : 'that';
      const capital = /^\p{Lu}/u.test(determiner);
      const cased = (word: string) => (capital ? word.charAt(0).toUpperCase() + word.slice(1) : word);
      return {
        message: wording('flag_determinerNumber', { determiner, noun }),
        replacements: [`${cased(singular)} ${noun}`, `${determiner} ${NOUNS[noun.toLowerCase()]}`],
      };
    });
  },
};
