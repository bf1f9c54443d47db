import type { Flag } from '../../report';
import type { FlagRule } from '../rule';
import { appliesTo, makeFlag } from '../rule';
import { languageRule, languageRules } from '../language-rules';
import { SOURCE_PROFILES } from '../../language/profiles';
import { findPhrase } from '../../text/match';
import { wording } from '../../wording';

const PROFILES = SOURCE_PROFILES.filter((profile) => (profile.leftovers ?? []).length > 0);

/** Words and tags of the source language left in the English text ("Czytaj także", "[WIDEO]"), from lib/data/languages. */
export const untranslated: FlagRule = {
  id: 'untranslated',
  rules: languageRules(
    'untranslated',
    PROFILES.map((profile) => profile.code),
  ),
  run(context) {
    const flags: Flag[] = [];
    for (const profile of PROFILES) {
      if (!appliesTo(profile.code, 0.6, context)) continue;
      const rule = languageRule('untranslated', profile.code);
      for (const leftover of profile.leftovers ?? []) {
        for (const hit of findPhrase(context.text, leftover.phrase, leftover.caseSensitive)) {
          flags.push(
            makeFlag(rule, context.text, {
              ...hit,
              message: wording('flag_untranslated', { text: hit.text, language: { language: profile.code }, meaning: leftover.meaning }),
              replacements: [leftover.meaning],
              entryId: `${profile.code}/${leftover.phrase}`,
            }),
          );
        }
      }
    }
    return flags;
  },
};
