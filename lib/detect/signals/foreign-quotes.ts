/**
 * Quotation marks of another language in English text („…” Polish, „…“
 * German and Czech, «…» Russian, Ukrainian, French, Spanish, Italian,
 * Portuguese): translation engines change the words but keep the marks.
 */
import type { Signal } from '../signal';
import { listInWords } from '../signal';
import { SOURCE_PROFILES, languageName } from '../../language/profiles';
import { escapeRegExp } from '../../text/match';

interface QuoteStyle {
  pair: string;
  pattern: RegExp;
  languages: string[];
}

const STYLES: QuoteStyle[] = (() => {
  const byPair = new Map<string, string[]>();
  for (const profile of SOURCE_PROFILES) {
    for (const pair of profile.quotes ?? []) byPair.set(pair, [...(byPair.get(pair) ?? []), profile.code]);
  }
  return [...byPair].map(([pair, languages]) => {
    const [open, close] = [...pair].map(escapeRegExp);
    // A quotation: the opening mark, a few words on one line, the closing mark.
    return { pair, languages, pattern: new RegExp(`${open}[^${open}${close}\\n]{2,400}${close}`, 'gu') };
  });
})();

const MIN_QUOTED_WORDS = 3;

export const foreignQuotes: Signal = {
  id: 'foreign-quotes',
  englishOnly: true,
  run({ text }) {
    // One quotation per place: "«a» and «b»" must not also read as »…« (German) between them,
    // nor Polish „…” followed by an English ” as German „…“. Leftmost, then shortest, wins.
    const all = STYLES.flatMap((style) =>
      [...text.matchAll(style.pattern)].map((match) => ({ style, start: match.index, end: match.index + match[0].length, text: match[0] })),
    ).sort((a, b) => a.start - b.start || a.end - b.end);
    const placed: typeof all = [];
    for (const hit of all) if (hit.start >= (placed[placed.length - 1]?.end ?? 0)) placed.push(hit);
    // A word or two in „…“ is a term being discussed (a German-learning page's „wurde“); MT keeps whole quotations.
    const kept = placed.filter((hit) => (hit.text.match(/\p{L}+/gu)?.length ?? 0) >= MIN_QUOTED_WORDS);
    const languages: Record<string, number> = {};
    const examples: string[] = [];
    let count = 0;
    for (const style of STYLES) {
      const hits = kept.filter((hit) => hit.style === style).map((hit) => hit.text);
      if (hits.length === 0) continue;
      count += hits.length;
      for (const language of style.languages) languages[language] = (languages[language] ?? 0) + hits.length / style.languages.length;
      const first = hits[0]!;
      const shown = first.length > 50 ? `${first.slice(0, 47)}…${first.slice(-1)}` : first;
      examples.push(`${shown} (${listInWords(style.languages.map(languageName), 6).replace(/ and /, ' or ')})`);
    }
    if (count === 0) return null;
    return {
      weight: count >= 3 ? 0.5 : count === 2 ? 0.42 : 0.3,
      detail: `Quotations use another language’s quotation marks: ${listInWords(examples)}.`,
      languages,
    };
  },
};
