/**
 * Words and tags the machine left untranslated ("[WIDEO]", "Czytaj także").
 * In the article they weigh more than in teasers around it, but teasers of
 * other auto-translated posts on the same site count too.
 */
import type { Signal } from '../signal';
import { EvidenceCollector } from '../signal';
import { SOURCE_PROFILES } from '../../language/profiles';
import { wording } from '../../wording';
import { findPhrase } from '../../text/match';

export const leftoverWords: Signal = {
  id: 'leftover-words',
  englishOnly: true,
  answers: 'machine',
  run({ text, pageText }) {
    const evidence = new EvidenceCollector();
    for (const profile of SOURCE_PROFILES) {
      for (const leftover of profile.leftovers ?? []) {
        const inArticle = findPhrase(text, leftover.phrase, leftover.caseSensitive).length > 0;
        const onPage = inArticle || (pageText !== text && findPhrase(pageText, leftover.phrase, leftover.caseSensitive).length > 0);
        if (!onPage) continue;
        const example = wording('reason_leftoverWordsExample', {
          phrase: leftover.phrase,
          language: { language: profile.code },
          meaning: leftover.meaning,
        });
        evidence.add(profile.code, inArticle ? 0.55 : 0.4, example);
      }
    }
    return evidence.toEvidence(0.8, (examples) => wording('reason_leftoverWords', { examples: { list: examples, join: 'and', max: 3 } }));
  },
};
