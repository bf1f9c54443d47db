import type { FlagRule, RuleMeta } from '../rule';
import { patternFlags } from '../rule';
import { wording } from '../../wording';

const RULE: RuleMeta = {
  id: 'punctuation/inverted-marks',
  category: 'punctuation',
  description: 'An English question or exclamation opened with “¿” or “¡”, as Spanish writes them.',
  languages: 'any',
  unknownSource: true,
  confidence: 0.85,
  priority: 30,
  defaultEnabled: true,
};

/** ¿…? and ¡…! within a paragraph. */
const INVERTED = /([¿¡])([^¿¡?!\n]{1,300})([?!])/gu;
/** A question or exclamation in English has one of these; a Spanish one quoted in English text ("¡Viva México!") has none. */
const ENGLISH =
  /\b(the|a|an|who|what|why|how|when|where|will|would|is|are|was|were|do|does|did|can|could|should|you|we|they|he|she|it|of|to|for|and|not|this|that)\b/i;
const SPANISH = /(?<![\p{L}])(el|la|los|las|que|qué|de|del|es|por|para|con|una|quién|cómo|dónde|cuándo|viva|está)(?![\p{L}])/iu;

/** "¿Who will pay?": Spanish opening marks left in an English sentence. */
export const invertedMarks: FlagRule = {
  id: 'inverted-marks',
  rules: [RULE],
  run({ text }) {
    return patternFlags(RULE, text, INVERTED, ([, mark = '', sentence = '', close = '']) => {
      if (!ENGLISH.test(sentence) || SPANISH.test(sentence)) return null;
      return {
        message: wording('flag_invertedMarks', { mark, close }),
        replacements: [`${sentence.trimStart()}${close}`],
      };
    });
  },
};
