import type { Flag } from '../../report';
import type { FlagRule } from '../rule';
import { appliesTo } from '../rule';
import { SOURCE_PROFILES, languageName } from '../../language/profiles';
import { findPhrase } from '../../text/match';

/** Words and tags of the source language left in the English text. */
export const untranslated: FlagRule = {
  id: 'untranslated',
  run(context) {
    const flags: Flag[] = [];
    for (const profile of SOURCE_PROFILES) {
      if (!appliesTo(profile.code, 0.6, context)) continue;
      for (const leftover of profile.leftovers ?? []) {
        for (const hit of findPhrase(context.text, leftover.phrase, leftover.caseSensitive)) {
          flags.push({
            ...hit,
            ruleId: `untranslated/${profile.code}`,
            category: 'untranslated',
            message: `“${hit.text}” is ${languageName(profile.code)} for “${leftover.meaning}”: the machine left it untranslated.`,
            suggestion: leftover.meaning,
          });
        }
      }
    }
    return flags;
  },
};
