/**
 * Quotation marks of another language in English text („…” Polish, „…“
 * German and Czech, «…» Russian, Ukrainian, French, Spanish, Italian,
 * Portuguese): translation engines change the words but keep the marks.
 * The marks come from the language profiles (lib/language/quotations.ts).
 */
import type { Signal } from '../signal';
import { told } from '../signal';
import { wording, type WordingParam } from '../../wording';
import { findForeignQuotations } from '../../language/quotations';

const MIN_QUOTED_WORDS = 3;

export const foreignQuotes: Signal = {
  id: 'foreign-quotes',
  englishOnly: true,
  answers: 'machine',
  run({ text }) {
    // A word or two in „…“ is a term being discussed (a German-learning page's „wurde“); MT keeps whole quotations.
    const kept = findForeignQuotations(text).filter((quotation) => (quotation.inner.match(/\p{L}+/gu)?.length ?? 0) >= MIN_QUOTED_WORDS);
    if (kept.length === 0) return null;
    const byPair = new Map<string, typeof kept>();
    for (const quotation of kept) byPair.set(quotation.pair, [...(byPair.get(quotation.pair) ?? []), quotation]);
    const languages: Record<string, number> = {};
    const examples: WordingParam[] = [];
    for (const quotations of byPair.values()) {
      const style = quotations[0]!;
      for (const language of style.languages) languages[language] = (languages[language] ?? 0) + quotations.length / style.languages.length;
      const first = style.text;
      const shown = first.length > 50 ? `${first.slice(0, 47)}…${first.slice(-1)}` : first;
      examples.push(
        wording('reason_foreignQuotesExample', {
          quotation: shown,
          languages: { list: style.languages.map((language) => ({ language })), join: 'or', max: 6 },
        }),
      );
    }
    const count = kept.length;
    return {
      weight: count >= 3 ? 0.5 : count === 2 ? 0.42 : 0.3,
      ...told(wording('reason_foreignQuotes', { examples: { list: examples, join: 'and', max: 3 } })),
      languages,
    };
  },
};
