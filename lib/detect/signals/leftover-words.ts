/**
 * Words and tags the machine left untranslated ("[WIDEO]", "Czytaj także").
 * In the article they weigh more than in teasers around it, but teasers of
 * other auto-translated posts on the same site count too.
 */
import type { Signal } from '../signal';
import { listInWords, noisyOr } from '../signal';
import { SOURCE_PROFILES, languageName } from '../../language/profiles';
import { findPhrase } from '../../text/match';

export const leftoverWords: Signal = {
  id: 'leftover-words',
  englishOnly: true,
  run({ text, pageText }) {
    const weights: number[] = [];
    const languages: Record<string, number> = {};
    const examples: string[] = [];
    for (const profile of SOURCE_PROFILES) {
      for (const leftover of profile.leftovers ?? []) {
        const inArticle = findPhrase(text, leftover.phrase, leftover.caseSensitive).length > 0;
        const onPage = inArticle || (pageText !== text && findPhrase(pageText, leftover.phrase, leftover.caseSensitive).length > 0);
        if (!onPage) continue;
        const weight = inArticle ? 0.55 : 0.4;
        weights.push(weight);
        languages[profile.code] = (languages[profile.code] ?? 0) + weight;
        examples.push(`“${leftover.phrase}” (${languageName(profile.code)} for “${leftover.meaning}”)`);
      }
    }
    if (weights.length === 0) return null;
    return {
      weight: Math.min(0.8, noisyOr(weights)),
      detail: `Words left untranslated: ${listInWords(examples)}.`,
      languages,
    };
  },
};
