/**
 * Names spelled the way another language writes them (Polish "Kasym-Żomart",
 * German "Schoigu") where English news uses another form: the translation
 * engine copied the source's spelling instead of the English one. Two
 * sources of evidence: the famous spellings listed per language, and the
 * general model of lib/translit (any Cyrillic name in Polish, Czech, German
 * or French orthography).
 */
import type { Signal } from '../signal';
import { EvidenceCollector, noisyOr } from '../signal';
import { SOURCE_PROFILES } from '../../language/profiles';
import { wording, type Wording } from '../../wording';
import { findPhrase } from '../../text/match';
import { findTransliteratedNames } from '../../translit';

/** A name the model claims weighs less than a listed one: it is a reading, not a known spelling. */
const MODEL_WEIGHT = 0.3;
const MODEL_MIN_CONFIDENCE = 0.8;
/** All the model's claims together stay below "uncertain" on their own (0.4). */
const MODEL_CAP = 0.3;

export const transliteratedNames: Signal = {
  id: 'transliterated-names',
  englishOnly: true,
  answers: 'translation',
  run({ text, pageText }) {
    const evidence = new EvidenceCollector();
    const byLanguage = new Map<string, Wording[]>();
    const seen = new Set<string>();
    const note = (code: string, shown: Wording) => byLanguage.set(code, [...(byLanguage.get(code) ?? []), shown]);
    for (const profile of SOURCE_PROFILES) {
      for (const name of profile.names ?? []) {
        if (findPhrase(text, name.variant, true).length === 0) {
          if (pageText === text || findPhrase(pageText, name.variant, true).length === 0) continue;
        }
        // The same spelling can come from several languages; count it once, credit each.
        const weight = name.weight * 0.75;
        if (seen.has(name.variant)) {
          evidence.credit(profile.code, weight);
          continue;
        }
        seen.add(name.variant);
        evidence.add(profile.code, weight, null);
        note(profile.code, wording('reason_transliteratedNamesName', { name: name.variant, usual: name.english }));
      }
    }
    // The model reads any capitalised word: usernames and brand names can look like readings, so
    // its claims stay supporting evidence (together at most MODEL_CAP) unless the lists agree.
    const claims: Array<{ language: string; weight: number }> = [];
    for (const match of findTransliteratedNames(text, { minConfidence: MODEL_MIN_CONFIDENCE })) {
      if (seen.has(match.word)) continue;
      seen.add(match.word);
      claims.push({ language: match.orthography, weight: MODEL_WEIGHT * match.confidence });
      note(match.orthography, wording('reason_transliteratedNamesName', { name: match.word, usual: match.english }));
    }
    if (claims.length) {
      const capped = Math.min(MODEL_CAP, noisyOr(claims.map((claim) => claim.weight)));
      const total = claims.reduce((sum, claim) => sum + claim.weight, 0);
      // Credited in proportion to the capped weight, so guesses cannot outvote the listed spellings.
      for (const claim of claims) evidence.credit(claim.language, (capped * claim.weight) / total);
      evidence.addWeight(capped);
    }
    const ways = [...byLanguage].map(([code, names]) =>
      wording('reason_transliteratedNamesWay', { language: { language: code }, names: { list: names, join: 'and', max: 3 } }),
    );
    return evidence.toEvidence(0.85, () => wording('reason_transliteratedNames', { ways: { list: ways, join: 'semicolon' } }));
  },
};
