import type { Flag } from '../../report';
import type { FlagRule } from '../rule';
import { appliesTo } from '../rule';
import { SOURCE_PROFILES, languageName } from '../../language/profiles';
import { findPhrase } from '../../text/match';

/** Names spelled the way the source language writes them, with the usual English form. */
export const transliteration: FlagRule = {
  id: 'transliteration',
  run(context) {
    const flags: Flag[] = [];
    const seen = new Set<string>();
    for (const profile of SOURCE_PROFILES) {
      for (const name of profile.names ?? []) {
        if (!appliesTo(profile.code, name.weight, context)) continue;
        for (const hit of findPhrase(context.text, name.variant, true)) {
          const key = `${hit.start}:${hit.end}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const how = name.note ?? `the ${languageName(profile.code)} spelling`;
          flags.push({
            ...hit,
            ruleId: `transliteration/${profile.code}`,
            category: 'transliteration',
            message: `“${hit.text}” is ${how}; English-language news usually writes “${name.english}”.`,
            suggestion: name.english,
          });
        }
      }
    }
    return flags;
  },
};
