/**
 * A wording in English, from the texts of lib/wordings.ts: the words lib has
 * always written (reasons, flags, why a block was left out), which the CLI
 * prints and the JSON keeps beside the message id.
 */
import type { Wording } from './wording';
import { paramNames, renderWording, type WordingLanguage } from './wording-render';
import { WORDINGS, type WordingId, type WordingSpec } from './wordings';
// The browser's English names, which are the language data's (a test holds them equal); not read from that data,
// which would put it in the content script through the boilerplate classifiers.
import { englishLanguageName } from './language/english-name';

// Made on first use: a module-level `new` would keep this module, and the language data it imports, in
// every bundle that imports a producer (the content script's cleanup imports the boilerplate classifiers).
let plurals: Intl.PluralRules | null = null;

function template(key: string): { id: WordingId; text: string } | null {
  if (Object.hasOwn(WORDINGS, key)) {
    const spec: WordingSpec = WORDINGS[key as WordingId];
    return typeof spec.en === 'string' ? { id: key as WordingId, text: spec.en } : null;
  }
  const match = /^(.+)_(one|other)$/.exec(key);
  if (!match || !Object.hasOwn(WORDINGS, match[1]!)) return null;
  const spec: WordingSpec = WORDINGS[match[1] as WordingId];
  return typeof spec.en === 'string' ? null : { id: match[1] as WordingId, text: spec.en[match[2] as 'one' | 'other'] };
}

export const ENGLISH: WordingLanguage = {
  message(key, values) {
    const found = template(key);
    if (!found) return null;
    const names = paramNames(found.id);
    return found.text.replace(/\$([A-Za-z0-9_]+)\$/g, (whole, name: string) => {
      const index = names.indexOf(name);
      return index < 0 ? whole : values[index]!;
    });
  },
  plural: (count) => (plurals ??= new Intl.PluralRules('en')).select(count),
  // Thousands grouped as English writes them ("1,048,576"); fractions as they are.
  number: (value) => value.toLocaleString('en-US', { maximumFractionDigits: 20 }),
  language: englishLanguageName,
};

/** The English text of a wording. */
export function inEnglish(said: Wording): string {
  return renderWording(said, ENGLISH);
}

/** The English text and the wording together, for the JSON's `detail` and `detailWording` and the like. */
export function worded(said: Wording): { text: string; wording: Wording } {
  return { text: inEnglish(said), wording: said };
}
