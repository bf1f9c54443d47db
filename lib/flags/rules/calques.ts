import type { Flag } from '../../report';
import type { FlagRule } from '../rule';
import { appliesTo, makeFlag } from '../rule';
import { languageRule } from '../language-rules';
import { SOURCE_PROFILES } from '../../language/profiles';
import { findPhrase, suspiciousInContext } from '../../text/match';

const RULES = SOURCE_PROFILES.flatMap((profile) => (profile.calques ?? []).map((calque) => languageRule(calque.category, profile.code)));

/**
 * Institution names, calques and idioms translated word for word, from
 * lib/data/languages. A phrase that is the honest name near its own country
 * (Poland's "Ministry of National Defense", South Korea's) is left alone.
 */
export const calques: FlagRule = {
  id: 'calques',
  rules: [...new Set(RULES)],
  run(context) {
    const flags: Flag[] = [];
    for (const profile of SOURCE_PROFILES) {
      for (const calque of profile.calques ?? []) {
        if (!appliesTo(profile.code, calque.flagOnly ? 0 : calque.weight + 0.2, context)) continue;
        for (const hit of findPhrase(context.text, calque.phrase)) {
          if (!suspiciousInContext(context.text, hit, calque)) continue;
          flags.push(
            makeFlag(languageRule(calque.category, profile.code), context.text, {
              ...hit,
              message: calque.message,
              replacements: [calque.suggestion],
              // The weight is how much the phrase says about machine translation; as a flag it is surer than that.
              confidence: 0.5 + calque.weight / 2,
              entryId: `${profile.code}/${calque.phrase}`,
            }),
          );
        }
      }
    }
    return flags;
  },
};
