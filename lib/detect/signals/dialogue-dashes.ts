/** Quotes opened with a dash instead of quotation marks (see lib/text/dash-quotes.ts). */
import type { Signal } from '../signal';
import { findDashQuotes } from '../../text/dash-quotes';
import { told } from '../signal';
import { wording } from '../../wording';

export const DIALOGUE_DASH_LANGUAGES = { pl: 0.35, ru: 0.3, uk: 0.2, cs: 0.15 };

export const dialogueDashes: Signal = {
  id: 'dialogue-dashes',
  englishOnly: true,
  answers: 'machine',
  run({ text }) {
    const count = findDashQuotes(text).length;
    if (count === 0) return null;
    return {
      weight: count >= 2 ? 0.45 : 0.3,
      ...told(wording('reason_dialogueDashes', { count })),
      languages: DIALOGUE_DASH_LANGUAGES,
    };
  },
};
