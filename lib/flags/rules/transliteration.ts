import type { Flag } from '../../report';
import type { FlagContext, FlagRule } from '../rule';
import { appliesTo, countStartingBefore, makeFlag } from '../rule';
import { languageRule, languageRules } from '../language-rules';
import { SOURCE_PROFILES } from '../../language/profiles';
import { findPhrase } from '../../text/match';
import { ORTHOGRAPHIES, findTransliteratedNames, type Orthography } from '../../translit';
import { wording } from '../../wording';

const PROFILES = SOURCE_PROFILES.filter((profile) => (profile.names ?? []).length > 0);

/** With no known source language, the model's names must be this sure to be flagged. */
export const UNKNOWN_SOURCE_MIN_CONFIDENCE = 0.8;

/**
 * The orthographies the transliteration model (lib/translit) reads for this
 * source language, and how sure its names must be: a Polish source is read
 * the Polish way only; an unknown source every way, with a higher floor; a
 * source with no such orthography (Russian, Spanish…) not at all.
 */
function modelOptions(context: FlagContext): { orthographies: Orthography[]; minConfidence: number } | null {
  const source = context.sourceLanguage;
  if (!source) return { orthographies: [...ORTHOGRAPHIES], minConfidence: UNKNOWN_SOURCE_MIN_CONFIDENCE };
  const orthography = ORTHOGRAPHIES.find((code) => code === source);
  return orthography ? { orthographies: [orthography], minConfidence: 0.5 } : null;
}

/**
 * Names spelled the way the source language writes them, with the usual
 * English form: the listed names of lib/data/languages, then any other name
 * the general model of lib/translit recognises as a Russian or Ukrainian name
 * in Polish, Czech, German or French spelling ("Pieskow" → Peskov).
 */
export const transliteration: FlagRule = {
  id: 'transliteration',
  rules: languageRules('transliteration', [...PROFILES.map((profile) => profile.code), ...ORTHOGRAPHIES]),
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
          flags.push(
            makeFlag(rule, context.text, {
              ...hit,
              // A listed name's note is the language data's own words (lib/data/languages), in English.
              message: name.note
                ? wording('flag_transliterationNote', { name: hit.text, note: name.note, usual: name.english })
                : wording('flag_transliteration', { name: hit.text, language: { language: profile.code }, usual: name.english }),
              replacements: [name.english],
              // A spelling only this language uses is near certain; one shared with English transliterations less so.
              confidence: 0.6 + 0.4 * name.weight,
              entryId: `${profile.code}/${name.variant}`,
            }),
          );
        }
      }
    }

    const options = modelOptions(context);
    if (!options) return flags;
    // The listed names in text order, with the furthest end reached so far: a span overlaps one of
    // them if the last to start before the span ends reaches past its start.
    const listed = [...flags].sort((a, b) => a.start - b.start);
    const reach: number[] = [];
    for (const flag of listed) reach.push(Math.max(reach[reach.length - 1] ?? 0, flag.end));
    for (const match of findTransliteratedNames(context.text, options)) {
      // The list knows these names better (its notes, its spellings): the model only adds others.
      const before = countStartingBefore(listed, match.end);
      if (before > 0 && reach[before - 1]! > match.start) continue;
      flags.push(
        makeFlag(languageRule('transliteration', match.orthography), context.text, {
          start: match.start,
          end: match.end,
          message: wording('flag_transliterationModel', {
            name: match.word,
            language: { language: match.orthography },
            why: match.why,
            usual: match.english,
          }),
          replacements: [match.english, ...match.candidates.slice(0, 3)],
          confidence: Math.min(0.95, match.confidence),
          entryId: `model/${match.orthography}`,
        }),
      );
    }
    return flags;
  },
};
