/**
 * Names spelled the way another language writes them (Polish "Kasym-Żomart",
 * German "Schoigu") where English news uses another form: the translation
 * engine copied the source's spelling instead of the English one.
 */
import type { Signal } from '../signal';
import { EvidenceCollector, listInWords } from '../signal';
import { SOURCE_PROFILES, languageName } from '../../language/profiles';
import { findPhrase } from '../../text/match';

export const transliteratedNames: Signal = {
  id: 'transliterated-names',
  englishOnly: true,
  run({ text, pageText }) {
    const evidence = new EvidenceCollector();
    const byLanguage = new Map<string, string[]>();
    const seen = new Set<string>();
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
        const list = byLanguage.get(profile.code) ?? [];
        list.push(`${name.variant} (usually ${name.english})`);
        byLanguage.set(profile.code, list);
      }
    }
    const ways = [...byLanguage].map(([code, names]) => `the ${languageName(code)} way: ${listInWords(names)}`);
    return evidence.toEvidence(0.85, () => `Names are spelled ${ways.join('; ')}.`);
  },
};
