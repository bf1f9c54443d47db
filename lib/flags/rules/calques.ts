import type { Flag } from '../../report';
import type { FlagRule } from '../rule';
import { appliesTo } from '../rule';
import { SOURCE_PROFILES } from '../../language/profiles';
import { findPhrase, suspiciousInContext } from '../../text/match';

/**
 * Institution names, calques and idioms translated word for word. A phrase
 * that is the honest name near its own country (Poland's "Ministry of
 * National Defense", South Korea's) is left alone.
 */
export const calques: FlagRule = {
  id: 'calques',
  run(context) {
    const flags: Flag[] = [];
    for (const profile of SOURCE_PROFILES) {
      for (const calque of profile.calques ?? []) {
        if (!appliesTo(profile.code, calque.flagOnly ? 0 : calque.weight + 0.2, context)) continue;
        for (const hit of findPhrase(context.text, calque.phrase)) {
          if (!suspiciousInContext(context.text, hit, calque)) continue;
          flags.push({
            ...hit,
            ruleId: `${calque.category}/${profile.code}`,
            category: calque.category,
            message: calque.message,
            suggestion: calque.suggestion,
          });
        }
      }
    }
    return flags;
  },
};
