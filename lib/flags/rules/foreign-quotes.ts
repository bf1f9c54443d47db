import type { Flag } from '../../report';
import type { FlagRule, RuleMeta } from '../rule';
import { makeFlag } from '../rule';

const RULE: RuleMeta = {
  id: 'punctuation/foreign-quotes',
  category: 'punctuation',
  description: 'Quotation marks of another language („…“ of German, Polish and Czech, «…» of French and Russian), where English uses “…”.',
  languages: 'any',
  unknownSource: true,
  confidence: 0.85,
  priority: 30,
  defaultEnabled: true,
};

/** „…“ / „…” (German, Polish, Czech…), «…» and ‹…› (French, Russian, Ukrainian…), within one paragraph. */
const QUOTE = /„([^„“”"\n]{1,300})[“”"]|«\s?([^«»\n]{1,300}?)\s?»|‹\s?([^‹›\n]{1,300}?)\s?›/gu;

/** „Rzeczpospolita”, «Gazprom»: quotation marks English does not use. */
export const foreignQuotes: FlagRule = {
  id: 'foreign-quotes',
  rules: [RULE],
  run({ text }) {
    const flags: Flag[] = [];
    for (const match of text.matchAll(QUOTE)) {
      const quoted = (match[1] ?? match[2] ?? match[3] ?? '').trim();
      const mark = match[0].charAt(0);
      flags.push(
        makeFlag(RULE, text, {
          start: match.index,
          end: match.index + match[0].length,
          message: `“${mark}” opens quotations in ${mark === '„' ? 'German, Polish, Czech and other Central European languages' : 'French, Russian, Ukrainian and other languages'}; English uses “…”: the translation kept the original’s marks.`,
          replacements: [`“${quoted}”`],
        }),
      );
    }
    return flags;
  },
};
