/**
 * Institution names and set phrases copied word for word from a source
 * language ("Ministry of National Defense" for Russia's ministry, "on a
 * vision" for Polish "na wizji"). A phrase that is the honest English name
 * near its own country (Poland's ministry) does not count.
 */
import type { Signal } from '../signal';
import { listInWords, noisyOr } from '../signal';
import { SOURCE_PROFILES, languageName } from '../../language/profiles';
import { findPhrase, nearAny } from '../../text/match';

export const institutionCalques: Signal = {
  id: 'institution-calques',
  englishOnly: true,
  run({ text, pageText }) {
    const weights: number[] = [];
    const languages: Record<string, number> = {};
    const examples: string[] = [];
    for (const profile of SOURCE_PROFILES) {
      for (const calque of profile.calques ?? []) {
        if (calque.flagOnly) continue;
        let found = false;
        for (const source of pageText === text ? [text] : [text, pageText]) {
          const hits = findPhrase(source, calque.phrase);
          if (hits.some((hit) => !calque.honestNear || !nearAny(source, hit.start, hit.end, calque.honestNear))) found = true;
          if (found) break;
        }
        if (!found) continue;
        weights.push(calque.weight);
        languages[profile.code] = (languages[profile.code] ?? 0) + calque.weight;
        examples.push(`“${calque.phrase}” (${languageName(profile.code)}-style; usually “${calque.suggestion}”)`);
      }
    }
    if (weights.length === 0) return null;
    return {
      weight: Math.min(0.8, noisyOr(weights)),
      detail: `Phrases translated word for word: ${listInWords(examples)}.`,
      languages,
    };
  },
};
