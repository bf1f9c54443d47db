import type { FlagRule, RuleMeta } from '../rule';
import { patternFlags } from '../rule';
import { wording } from '../../wording';

const RULE: RuleMeta = {
  id: 'garbled/camelcase-join',
  category: 'garbled',
  description:
    'Two words glued together with a capital in the middle (“statedThat”, “presidentThe”), where a space or a full stop went missing.',
  languages: 'any',
  unknownSource: true,
  confidence: 0.8,
  priority: 40,
  defaultEnabled: true,
};

/** Words that begin a sentence or clause: glued to a lower-case word, a space (or a full stop) went missing. */
const STARTERS =
  'The|This|That|These|Those|There|Their|They|He|She|It|Its|We|In|On|At|As|And|But|For|With|From|To|Of|By|After|Before|When|While|If|However|Meanwhile|According|Also|His|Her|Our|What|Why|How|Who|Where|Read|Photo|Source|Video|Advertisement';

/** Words joined with "In", "On", "Up" in product and interface names ("logIn", "addOn", "checkIn"). */
const INTERFACE_PREFIXES = new Set(
  'log sign check add plug opt turn click tap zoom drop pop roll walk drive fly call dial tune buy look set get put go run'.split(' '),
);
const JOINING = new Set(['In', 'On', 'At', 'To', 'As', 'By', 'Of']);
/** Lower-case continuations: "statedThat" is "stated that"; the others start a sentence ("presidentThe" is "president. The"). */
const CLAUSE_WORDS = new Set([
  'That',
  'In',
  'On',
  'At',
  'As',
  'And',
  'But',
  'For',
  'With',
  'From',
  'To',
  'Of',
  'By',
  'Its',
  'Their',
  'His',
  'Her',
  'Our',
  'The',
]);

const JOIN = new RegExp(`(?<![\\p{L}\\p{N}_#@/.\\\\-])(\\p{Ll}{2,})(${STARTERS})(?![\\p{L}\\p{N}_(])(?!\\.[\\p{L}\\p{N}])`, 'gu');

/** "statedThat": a lower-case word glued to a capitalised one; brand names (iPhone, YouTube, PayPal, McDonald) do not fit the pattern. */
export const camelcaseJoin: FlagRule = {
  id: 'camelcase-join',
  rules: [RULE],
  run({ text }) {
    return patternFlags(RULE, text, JOIN, ([whole, left = '', right = '']) => {
      if (JOINING.has(right) && INTERFACE_PREFIXES.has(left)) return null;
      if (!/[aeiouy]/.test(left)) return null;
      const clause = CLAUSE_WORDS.has(right) && right !== 'The';
      return {
        message: wording('flag_camelcaseJoin', { word: whole }),
        replacements: clause
          ? [`${left} ${right.toLowerCase()}`, `${left}. ${right}`]
          : [`${left}. ${right}`, `${left} ${right.toLowerCase()}`],
      };
    });
  },
};
