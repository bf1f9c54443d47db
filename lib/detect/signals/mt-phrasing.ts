/**
 * Turns of phrase that translation engines produce from one language far
 * more often than English writers do ("Let us recall that" from Polish
 * "Przypomnijmy", "as it became known" from Russian "как стало известно").
 * Any one of them is honest English now and then; several on one page are not.
 */
import type { Signal } from '../signal';
import { told } from '../signal';
import { wording } from '../../wording';
import { SOURCE_PROFILES, type MtPhrase } from '../../language/profiles';
import { mayContain, phrasePattern } from '../../text/match';

interface Compiled {
  key: string;
  /** The literal phrase, when the entry is one (not a pattern): looked for before the RegExp runs. */
  literal: { phrase: string; caseSensitive: boolean } | null;
  pattern: RegExp;
  notes: Array<{ language: string; note: string }>;
}

function compile(phrase: MtPhrase): RegExp {
  if (phrase.pattern) return new RegExp(phrase.pattern, phrase.caseSensitive ? 'u' : 'iu');
  return phrasePattern(phrase.phrase ?? '', phrase.caseSensitive, false);
}

/** The same phrasing listed for several languages is one piece of evidence, credited to each. */
const PHRASES: Compiled[] = (() => {
  const byKey = new Map<string, Compiled>();
  for (const profile of SOURCE_PROFILES) {
    for (const phrase of profile.mtPhrases ?? []) {
      const key = (phrase.phrase ?? phrase.pattern ?? '').toLowerCase();
      const literal = phrase.pattern ? null : { phrase: phrase.phrase ?? '', caseSensitive: phrase.caseSensitive ?? false };
      const entry = byKey.get(key) ?? { key, literal, pattern: compile(phrase), notes: [] };
      entry.notes.push({ language: profile.code, note: phrase.note });
      byKey.set(key, entry);
    }
  }
  return [...byKey.values()];
})();

/** Weight by how many different phrasings turn up: one is chance. */
const WEIGHT_BY_COUNT = [0, 0.1, 0.3, 0.45, 0.55];

export const mtPhrasing: Signal = {
  id: 'mt-phrasing',
  englishOnly: true,
  answers: 'machine',
  run({ text }) {
    const found = PHRASES.filter((phrase) => !phrase.literal || mayContain(text, phrase.literal.phrase, phrase.literal.caseSensitive))
      .map((phrase) => ({ phrase, hit: text.match(phrase.pattern) }))
      .filter((entry) => entry.hit);
    if (found.length === 0) return null;
    const weight = WEIGHT_BY_COUNT[Math.min(found.length, WEIGHT_BY_COUNT.length - 1)]!;
    const languages: Record<string, number> = {};
    for (const { phrase } of found) {
      for (const { language } of phrase.notes)
        languages[language] = (languages[language] ?? 0) + weight / found.length / phrase.notes.length;
    }
    // A pattern anchored on the sentence before ("(?:^|[.!?]\s+)In turn,") shows only the phrase.
    // The notes are the language data's own words (lib/data/languages), in English.
    const examples = found.map(({ phrase, hit }) =>
      wording('reason_mtPhrasingExample', { phrase: hit![0].replace(/^[\s.!?]+/u, '').trim(), note: phrase.notes[0]!.note }),
    );
    return { weight, ...told(wording('reason_mtPhrasing', { examples: { list: examples, join: 'and', max: 3 } })), languages };
  },
};
