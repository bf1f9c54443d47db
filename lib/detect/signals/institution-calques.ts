/**
 * Institution names and set phrases copied word for word from a source
 * language ("Ministry of National Defense" for Russia's ministry, "on a
 * vision" for Polish "na wizji"). An institution name counts only where
 * the text names a country that calls its own otherwise, and not its own
 * country (Poland's or South Korea's ministry is honestly so named).
 */
import type { Signal } from '../signal';
import { listInWords, noisyOr } from '../signal';
import { SOURCE_PROFILES, languageName } from '../../language/profiles';
import { findPhrase, suspiciousInContext } from '../../text/match';

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
          if (hits.some((hit) => suspiciousInContext(source, hit, calque))) found = true;
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
