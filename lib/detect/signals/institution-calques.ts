/**
 * Institution names and set phrases copied word for word from a source
 * language ("Ministry of National Defense" for Russia's ministry, "on a
 * vision" for Polish "na wizji"). An institution name counts only where
 * the text names a country that calls its own otherwise, and not its own
 * country (Poland's or South Korea's ministry is honestly so named).
 */
import type { Signal } from '../signal';
import { EvidenceCollector } from '../signal';
import { SOURCE_PROFILES } from '../../language/profiles';
import { wording } from '../../wording';
import { findPhrase, suspiciousInContext } from '../../text/match';

export const institutionCalques: Signal = {
  id: 'institution-calques',
  englishOnly: true,
  answers: 'translation',
  run({ text, pageText }) {
    const evidence = new EvidenceCollector();
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
        evidence.add(
          profile.code,
          calque.weight,
          wording('reason_institutionCalquesExample', {
            phrase: calque.phrase,
            language: { language: profile.code },
            usual: calque.suggestion,
          }),
        );
      }
    }
    return evidence.toEvidence(0.8, (examples) =>
      wording('reason_institutionCalques', { examples: { list: examples, join: 'and', max: 3 } }),
    );
  },
};
