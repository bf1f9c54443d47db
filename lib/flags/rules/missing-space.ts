import type { FlagRule, RuleMeta } from '../rule';
import { patternFlags } from '../rule';
import { wording } from '../../wording';

const RULE: RuleMeta = {
  id: 'garbled/missing-space',
  category: 'garbled',
  description: 'A sentence glued to the next one without a space (“said.The”).',
  languages: 'any',
  unknownSource: true,
  confidence: 0.85,
  priority: 40,
  defaultEnabled: true,
};

/**
 * Title case capitalises a site's domain ending too ("Booking.Com",
 * "Onet.Pl"): after the full stop comes the rest of a name, not a new
 * sentence, so these are not taken as glued sentences.
 */
const DOMAINS = new Set([
  'Com',
  'Org',
  'Net',
  'Gov',
  'Edu',
  'Io',
  'Co',
  'Uk',
  'De',
  'Pl',
  'Ru',
  'Ua',
  'Info',
  'Biz',
  'Tv',
  'Me',
  'Ai',
  'App',
  'News',
]);

/**
 * A word (ending in at least two lower-case letters, so not "St.Petersburg"
 * or "J.K.Rowling") or a number, a full stop, question or exclamation mark,
 * maybe a closing quote, then a capitalised word, not in a URL, e-mail
 * address, file or code name (`exports.Cow = Cow;`).
 */
const GLUED =
  /(?<![\p{L}\p{N}.@/_:\\-])(\p{L}*\p{Ll}{2}|\p{N}{2,})([.!?])(["”’)]?)(\p{Lu}\p{Ll}+)(?![\p{L}\p{N}]*(?:[(_/@:\\]|\.[\p{L}\p{N}]|\s*[=;{}[]))/gu;

/** "said.The": the space after a sentence went missing (extraction or translation glued two sentences). */
export const missingSpace: FlagRule = {
  id: 'missing-space',
  rules: [RULE],
  run({ text }) {
    return patternFlags(RULE, text, GLUED, ([, left = '', mark = '', quote = '', right = '']) => {
      if (DOMAINS.has(right)) return null;
      return {
        message: wording('flag_missingSpace', { mark }),
        replacements: [`${left}${mark}${quote} ${right}`],
        confidence: mark === '.' ? 0.85 : 0.7,
      };
    });
  },
};
