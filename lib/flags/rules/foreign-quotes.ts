import type { FlagRule, RuleMeta } from '../rule';
import { makeFlag } from '../rule';
import { languageName } from '../../language/profiles';
import { findForeignQuotations, languagesOpeningWith } from '../../language/quotations';

const RULE: RuleMeta = {
  id: 'punctuation/foreign-quotes',
  category: 'punctuation',
  description:
    'Quotation marks of another language („…” of Polish, „…“ and »…« of German, «…» of French and Russian), where English uses “…”; the marks each source language uses are in its profile.',
  languages: 'any',
  unknownSource: true,
  confidence: 0.85,
  priority: 30,
  defaultEnabled: true,
};

function inWords(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** „Rzeczpospolita”, «Gazprom»: quotation marks English does not use, even around one word. */
export const foreignQuotes: FlagRule = {
  id: 'foreign-quotes',
  rules: [RULE],
  run({ text }) {
    return findForeignQuotations(text).map((quotation) => {
      const mark = quotation.pair.charAt(0);
      return makeFlag(RULE, text, {
        start: quotation.start,
        end: quotation.end,
        message: `“${mark}” opens quotations in ${inWords(languagesOpeningWith(mark).map(languageName))}; English uses “…”: the translation kept the original’s marks.`,
        replacements: [`“${quotation.inner}”`],
      });
    });
  },
};
