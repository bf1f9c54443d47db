import type { Flag } from '../../report';
import type { FlagRule, RuleMeta } from '../rule';
import { makeFlag } from '../rule';
import { findDashQuotes } from '../../text/dash-quotes';
import { wording } from '../../wording';

const RULE: RuleMeta = {
  id: 'punctuation/dialogue-dash',
  category: 'punctuation',
  description:
    'A quotation opened with a dash, as Polish, Russian, Ukrainian, Czech and Spanish news write speech, where English uses quotation marks.',
  languages: 'any',
  unknownSource: true,
  confidence: 0.7,
  priority: 30,
  defaultEnabled: true,
};

const SPEECH_VERBS =
  'said|says|added|asked|stated|explained|noted|told|wrote|stressed|emphasized|emphasised|declared|replied|announced|admitted|assured|argued|insisted|warned|continued|concluded|answered';

/**
 * Speech a dash opens and another dash closes before the speech verb, with
 * no comma: Spanish "—We will not negotiate —said the spokeswoman" (no space
 * after the opening dash) and Polish "– We will not allow it – said the Marshal".
 */
const CLOSED_BY_DASH = new RegExp(
  `(?<=^|\\n|[.!?…:]\\s{1,20})([–—])\\s?(?=\\p{Lu})([^\\n–—]{1,400}?)\\s*[–—]\\s*(?:${SPEECH_VERBS})\\b`,
  'dgu',
);

/** Speech opened with a dash, the Slavic and Spanish convention, where English uses quotation marks. */
export const dialogueDash: FlagRule = {
  id: 'dialogue-dash',
  rules: [RULE],
  run({ text }) {
    const quotes = findDashQuotes(text).map(({ start, end, quote }) => ({ start, end, quote }));
    for (const match of text.matchAll(CLOSED_BY_DASH)) {
      const start = match.index;
      if (quotes.some((quote) => quote.start === start)) continue;
      const speech = match[2] ?? '';
      const quote = speech.trim();
      const end = match.indices![2]![0] + speech.trimEnd().length;
      quotes.push({ start, end, quote });
    }
    return quotes
      .sort((a, b) => a.start - b.start)
      .map(({ start, end, quote }): Flag =>
        makeFlag(RULE, text, {
          start,
          end,
          message: wording('flag_dialogueDash'),
          replacements: [`“${quote}”`],
        }),
      );
  },
};
