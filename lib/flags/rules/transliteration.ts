import type { Flag } from '../../report';
import type { FlagRule } from '../rule';
import { appliesTo, makeFlag } from '../rule';
import { languageRule, languageRules } from '../language-rules';
import { SOURCE_PROFILES, languageName } from '../../language/profiles';
import { findPhrase } from '../../text/match';

const PROFILES = SOURCE_PROFILES.filter((profile) => (profile.names ?? []).length > 0);

/** Names spelled the way the source language writes them, with the usual English form (lib/data/languages). */
export const transliteration: FlagRule = {
  id: 'transliteration',
  rules: languageRules(
    'transliteration',
    PROFILES.map((profile) => profile.code),
  ),
  run(context) {
    const flags: Flag[] = [];
    const seen = new Set<string>();
    for (const profile of PROFILES) {
      const rule = languageRule('transliteration', profile.code);
      for (const name of profile.names ?? []) {
        if (!appliesTo(profile.code, name.weight, context)) continue;
        for (const hit of findPhrase(context.text, name.variant, true)) {
          const key = `${hit.start}:${hit.end}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const how = name.note ?? `the ${languageName(profile.code)} spelling`;
          flags.push(
            makeFlag(rule, context.text, {
              ...hit,
              message: `“${hit.text}” is ${how}; English-language news usually writes “${name.english}”.`,
              replacements: [name.english],
              // A spelling only this language uses is near certain; one shared with English transliterations less so.
              confidence: 0.6 + 0.4 * name.weight,
              entryId: `${profile.code}/${name.variant}`,
            }),
          );
        }
      }
    }
    return flags;
  },
};
