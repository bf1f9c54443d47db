/**
 * Metadata of the data-driven rules, one rule per category and source
 * language (`false-friend/pl`). Several modules may report under the same
 * rule (the calques of lib/data/languages and the idioms of lib/data/flags
 * are both `literal-idiom/pl`): they share the metadata built here.
 */
import type { FlagCategory } from '../report';
import type { RuleMeta } from './rule';
import { languageName } from '../language/profiles';

export type LanguageRuleKind = FlagCategory | 'untranslated-words';

const DESCRIPTIONS: Record<LanguageRuleKind, (language: string) => string> = {
  untranslated: (language) => `${language} words and tags from a list (“read also”, “[VIDEO]”) left untranslated.`,
  'untranslated-words': (language) =>
    `Lower-case words that are not English and look ${language}: its letters, or its most frequent words, left untranslated.`,
  transliteration: (language) => `Names spelled the ${language} way, where English-language news spells them otherwise.`,
  'false-friend': (language) => `${language} words rendered by an English look-alike that means something else.`,
  calque: (language) => `${language} phrases and titles translated word for word, where English says it otherwise.`,
  'literal-idiom': (language) => `${language} idioms translated word for word, with what they mean.`,
  'wrong-institution-name': (language) => `Institutions named the way ${language} names its own country’s, used for another country’s.`,
  grammar: (language) => `Grammar that ${language} would allow and English does not.`,
  garbled: (language) => `Text garbled in translation from ${language}.`,
  punctuation: (language) => `Punctuation of ${language} kept in English.`,
  // No language data uses these two (their rules are lib/flags/rules/inconsistent-*.ts and unusual-wording.ts); listed for completeness.
  inconsistency: (language) => `Names or terms of ${language} rendered two ways in one article.`,
  'unusual-wording': (language) => `Wording a model finds unusual in translations from ${language}.`,
};

const DEFAULTS: Record<LanguageRuleKind, Pick<RuleMeta, 'confidence' | 'priority' | 'unknownSource'>> = {
  untranslated: { confidence: 0.95, priority: 80, unknownSource: true },
  'untranslated-words': { confidence: 0.8, priority: 60, unknownSource: false },
  transliteration: { confidence: 0.85, priority: 85, unknownSource: true },
  'false-friend': { confidence: 0.65, priority: 70, unknownSource: false },
  calque: { confidence: 0.65, priority: 70, unknownSource: true },
  'literal-idiom': { confidence: 0.75, priority: 70, unknownSource: true },
  'wrong-institution-name': { confidence: 0.8, priority: 90, unknownSource: true },
  grammar: { confidence: 0.6, priority: 50, unknownSource: false },
  garbled: { confidence: 0.6, priority: 40, unknownSource: false },
  punctuation: { confidence: 0.6, priority: 30, unknownSource: false },
  inconsistency: { confidence: 0.7, priority: 60, unknownSource: true },
  'unusual-wording': { confidence: 0.5, priority: 0, unknownSource: false },
};

const CACHE = new Map<string, RuleMeta>();

/** The rule `<kind>/<code>`, e.g. `false-friend/pl`; the same object for every module that reports under it. */
export function languageRule(kind: LanguageRuleKind, code: string): RuleMeta {
  const id = `${kind}/${code}`;
  let rule = CACHE.get(id);
  if (!rule) {
    rule = {
      id,
      category: kind === 'untranslated-words' ? 'untranslated' : kind,
      description: DESCRIPTIONS[kind](languageName(code)),
      languages: [code],
      ...DEFAULTS[kind],
      defaultEnabled: true,
    };
    CACHE.set(id, rule);
  }
  return rule;
}

/** Rules of `kind` for each language code that has data for it, in the order given. */
export function languageRules(kind: LanguageRuleKind, codes: Iterable<string>): RuleMeta[] {
  return [...new Set(codes)].map((code) => languageRule(kind, code));
}
