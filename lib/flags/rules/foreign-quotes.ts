import type { FlagRule, RuleMeta } from '../rule';
import { makeFlag } from '../rule';
import { findForeignQuotations, languagesOpeningWith } from '../../language/quotations';
import { wording } from '../../wording';

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
        message: wording('flag_foreignQuotes', {
          mark,
          languages: { list: languagesOpeningWith(mark).map((language) => ({ language })), join: 'and' },
        }),
        replacements: [`“${quotation.inner}”`],
      });
    });
  },
};
