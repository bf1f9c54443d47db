import type { FlagRule } from '../rule';
import { findDashQuotes } from '../../text/dash-quotes';

/** Speech opened with a dash, the Slavic convention, where English uses quotation marks. */
export const dialogueDash: FlagRule = {
  id: 'dialogue-dash',
  run({ text }) {
    return findDashQuotes(text).map(({ start, end, quote }) => ({
      start,
      end,
      text: text.slice(start, end),
      ruleId: 'punctuation/dialogue-dash',
      category: 'punctuation' as const,
      message:
        'A dash opens this quotation, as Polish, Russian, Ukrainian and Czech texts do; English puts speech in quotation marks, so these are probably someone’s words.',
      suggestion: `“${quote}”`,
    }));
  },
};
