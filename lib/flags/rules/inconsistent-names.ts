import type { Flag } from '../../report';
import type { FlagRule, RuleMeta } from '../rule';
import { makeFlag } from '../rule';
import { wording } from '../../wording';

const RULE: RuleMeta = {
  id: 'inconsistency/name-spelling',
  category: 'inconsistency',
  description:
    'One name spelled two ways in the same article (“Zelensky” and “Zelenskyy”): machine translation renders each sentence on its own, and transliterates the same name differently.',
  languages: 'any',
  unknownSource: true,
  confidence: 0.7,
  priority: 60,
  defaultEnabled: true,
};

/*
 * Spellings transliteration alternates between, folded to one: y/i, kh/h,
 * ck/k, w/v, ou/u, sch/sh, ph/f. Not doubled letters or j/y, which English
 * names differ by (Philip and Phillip, Denis and Dennis, Joseph and Yoseph
 * are often two people), nor accents (Māori and Maori are one honest word).
 */
const FOLDS: Array<[RegExp, string]> = [
  [/sch/g, 'sh'],
  [/tch/g, 'ch'],
  [/ph/g, 'f'],
  [/kh/g, 'h'],
  [/ck/g, 'k'],
  [/ou/g, 'u'],
  [/w/g, 'v'],
  [/(?:iy|yi|y)/g, 'i'],
  [/ii/g, 'i'],
];

/** The spelling a name folds to when its transliteration variants are set aside. */
export function nameKey(name: string): string {
  let key = name.toLowerCase();
  for (const [pattern, replacement] of FOLDS) key = key.replace(pattern, replacement);
  return key;
}

// A capitalised word of Latin letters, not after a sentence start; possessive 's is left out of it.
const NAME = /(?<![\p{L}\p{N}'’-])\p{Lu}\p{Ll}{3,}(?:-\p{Lu}\p{Ll}+)?(?=(?:['’]s)?(?![\p{L}\p{N}-]))/gu;

/**
 * A name spelled two ways (“Zelensky”, “Zelenskyy”; “Tikhanovskaya”,
 * “Tsikhanovskaya” is left to the lists): two capitalised words of at least
 * five letters that differ as spellings, not as words (nameKey folds them to
 * one), each flagged once with the other linked. English words that do the
 * same ("Gray"/"Grey") are rare in one article and left to the reader.
 */
export const inconsistentNames: FlagRule = {
  id: 'inconsistent-names',
  rules: [RULE],
  run({ text }) {
    const byKey = new Map<string, Map<string, Array<{ start: number; end: number }>>>();
    for (const match of text.matchAll(NAME)) {
      const name = match[0];
      if (name.length < 5) continue;
      const key = nameKey(name);
      const spellings = byKey.get(key) ?? new Map<string, Array<{ start: number; end: number }>>();
      const places = spellings.get(name) ?? [];
      places.push({ start: match.index, end: match.index + name.length });
      spellings.set(name, places);
      byKey.set(key, spellings);
    }
    const flags: Flag[] = [];
    for (const spellings of byKey.values()) {
      if (spellings.size < 2) continue;
      // The spelling used most is taken as the article's own; every other one is flagged at its first use.
      const ranked = [...spellings.entries()].sort((a, b) => b[1].length - a[1].length || a[1][0]!.start - b[1][0]!.start);
      const [main, mainPlaces] = ranked[0]!;
      for (const [spelling, places] of ranked.slice(1)) {
        const first = places[0]!;
        flags.push(
          makeFlag(RULE, text, {
            ...first,
            message: wording('flag_inconsistentNames', { spelling, main }),
            replacements: [main],
            related: [mainPlaces[0]!],
            entryId: 'transliteration-variant',
          }),
        );
      }
    }
    return flags;
  },
};
