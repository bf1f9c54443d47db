import { franc } from 'franc';
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

/** "pl-PL", "pl_PL", "PL" → "pl"; anything unparseable → null. */
export function primaryLanguageTag(tag: string | null | undefined): string | null {
  const match = tag?.trim().match(/^([a-zA-Z]{2,3})(?:[-_]|$)/);
  return match ? match[1]!.toLowerCase() : null;
}
