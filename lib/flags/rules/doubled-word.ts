import type { FlagRule, RuleMeta } from '../rule';
import { patternFlags } from '../rule';
import { wording } from '../../wording';

const RULE: RuleMeta = {
  id: 'garbled/doubled-word',
  category: 'garbled',
  description: 'A word written twice in a row (“the the”), where English would not repeat it.',
  languages: 'any',
  unknownSource: true,
  confidence: 0.6,
  priority: 40,
  defaultEnabled: true,
};

/** Words English repeats on purpose: "had had", "that that", "what it is is", "very very", "bye bye", "hear hear", "the can can hold". */
const LEGIT = new Set(
  `had that is was do does did her him you it in on out up off down over there very really many much more so far long bye ha
  ho no yes knock chop tut well now go come hush yo bang boom oh ah uh um hey wow rah pom na la blah yada bla tsk hip cha dum
  ding tick tock choo night bravo encore again round hear what why please sorry never ever gone going same bit little love
  kiss yum tom pooh mahi bora walla baden sirhan duran talk check cancan can`.split(/\s+/),
);

/** Words never doubled in correct English: a doubled one is a slip of the machine (or of the extraction). */
const FUNCTION_WORDS = new Set(
  `the a an of to and or but for with from at by as this these those their our its his my your which who whom whose will would
  should could may might must be been are were has have than then into onto upon about if when where while not also such
  each every any some`.split(/\s+/),
);

const DOUBLED = /(?<![\p{L}\p{N}'’-])(\p{L}+)([ \t\u00a0]+|[ \t\u00a0]*\n[ \t\u00a0]*)(\1)(?![\p{L}\p{N}'’-])/giu;

/** "the the": a word written twice. Legit repetitions ("had had", "that that", "very very") and names ("Baden Baden") are left alone. */
export const doubledWord: FlagRule = {
  id: 'doubled-word',
  rules: [RULE],
  run({ text }) {
    return patternFlags(RULE, text, DOUBLED, ([, first = '', , second = '']) => {
      const lower = first.toLowerCase();
      if (LEGIT.has(lower)) return null;
      // "Bora Bora", "THE THE": names and shouting, not slips.
      if (/^\p{Lu}/u.test(second) || (first.length > 1 && first === first.toUpperCase())) return null;
      const functionWord = FUNCTION_WORDS.has(lower);
      if (!functionWord && lower.length < 3) return null;
      return {
        message: wording('flag_doubledWord', { word: first }),
        replacements: [first],
        confidence: functionWord ? 0.9 : 0.6,
        entryId: functionWord ? 'function-word' : 'word',
      };
    });
  },
};
