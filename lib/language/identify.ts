import { franc, francAll } from 'franc';
import iso6393to1 from './iso639-3-to-1.json';

const TO_ISO1 = iso6393to1 as Record<string, string>;

/** Below this many letters franc guesses more than it knows. */
const MIN_LETTERS = 40;
/** franc gets slow on very long text and needs far less than this to be sure. */
const SAMPLE_CHARS = 6000;

/** ISO 639-1 code of the text's language, or null when too short or unknown. */
export function identifyLanguage(text: string): string | null {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  if ((sample.match(/\p{L}/gu)?.length ?? 0) < MIN_LETTERS) return null;
  const code = franc(sample, { minLength: MIN_LETTERS });
  if (code === 'und') return null;
  return TO_ISO1[code] ?? null;
}

const TO_ISO3 = new Map<string, string>();
for (const [iso3, iso1] of Object.entries(TO_ISO1)) if (!TO_ISO3.has(iso1)) TO_ISO3.set(iso1, iso3);

/** franc's score for English, relative to the best, above which English explains the text as well. */
const ENGLISH_CLOSE = 0.85;

/**
 * Which of `candidates` (ISO 639-1) `text` is in, when it is clearly not
 * English: franc alone takes short English titles and keyword lists for
 * French or Italian, so English must fall well behind the winner.
 */
export function identifyAgainstEnglish(text: string, candidates: readonly string[], minLetters = 60): string | null {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  if ((sample.match(/\p{L}/gu)?.length ?? 0) < minLetters) return null;
  const only = ['eng', ...candidates.map((code) => TO_ISO3.get(code)).filter((code): code is string => Boolean(code))];
  const ranked = francAll(sample, { only, minLength: minLetters });
  const [best] = ranked;
  if (!best || best[0] === 'eng' || best[0] === 'und') return null;
  const english = ranked.find(([code]) => code === 'eng')?.[1] ?? 0;
  if (english >= best[1] * ENGLISH_CLOSE) return null;
  return TO_ISO1[best[0]] ?? null;
}

/** "pl-PL", "pl_PL", "PL" → "pl"; anything unparseable → null. */
export function primaryLanguageTag(tag: string | null | undefined): string | null {
  const match = tag?.trim().match(/^([a-zA-Z]{2,3})(?:[-_]|$)/);
  return match ? match[1]!.toLowerCase() : null;
}
