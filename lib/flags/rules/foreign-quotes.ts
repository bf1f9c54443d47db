import type { FlagRule, RuleMeta } from '../rule';
import { patternFlags } from '../rule';

const RULE: RuleMeta = {
  id: 'punctuation/foreign-quotes',
  category: 'punctuation',
  description:
    'Quotation marks of another language („…“ and »…« of German, „…“ of Polish and Czech, «…» of French and Russian), where English uses “…”.',
  languages: 'any',
  unknownSource: true,
  confidence: 0.85,
  priority: 30,
  defaultEnabled: true,
};

/**
 * „…“ / „…” (German, Polish, Czech…), »…« (German), «…» and ‹…› (French,
 * Russian, Ukrainian…), within one paragraph. Matched left to right, so the
 * » ending «a» cannot open a German »…« up to the next «.
 */
const QUOTE = /„([^„“”"\n]{1,300})[“”"]|»\s?([^«»\n]{1,300}?)\s?«|«\s?([^«»\n]{1,300}?)\s?»|‹\s?([^‹›\n]{1,300}?)\s?›/gu;

/** Who opens quotations with each mark, for the message. */
const LANGUAGES: Record<string, string> = {
  '„': 'German, Polish, Czech and other Central European languages',
  '»': 'German, Danish and a few other languages',
  '«': 'French, Russian, Ukrainian and other languages',
  '‹': 'French, Russian, Ukrainian and other languages',
};

/** „Rzeczpospolita”, «Gazprom»: quotation marks English does not use. */
export const foreignQuotes: FlagRule = {
  id: 'foreign-quotes',
  rules: [RULE],
  run({ text }) {
    return patternFlags(RULE, text, QUOTE, (match) => {
      const quoted = (match[1] ?? match[2] ?? match[3] ?? match[4] ?? '').trim();
      const mark = match[0].charAt(0);
      return {
        message: `“${mark}” opens quotations in ${LANGUAGES[mark]}; English uses “…”: the translation kept the original’s marks.`,
        replacements: [`“${quoted}”`],
      };
    });
  },
};
