/** Every phrasing rule. Adding one is one file and one line here. */
import type { FlagRule, RuleMeta } from '../rule';
import { untranslated } from './untranslated';
import { transliteration } from './transliteration';
import { calques } from './calques';
import { phrases } from './phrases';
import { untranslatedWords } from './untranslated-words';
import { dialogueDash } from './dialogue-dash';
import { doubledWord } from './doubled-word';
import { camelcaseJoin } from './camelcase-join';
import { missingSpace } from './missing-space';
import { uncountablePlural } from './uncountable-plural';
import { determinerNumber } from './determiner-number';
import { doubleComparative } from './double-comparative';
import { theBoth } from './the-both';
import { foreignQuotes } from './foreign-quotes';
import { spaceBeforeMark } from './space-before-mark';
import { invertedMarks } from './inverted-marks';
import { missingArticle } from './missing-article';
import { missingSubject } from './missing-subject';
import { hyphenDash } from './hyphen-dash';
import { digitGrouping } from './digit-grouping';
import { inconsistentNames } from './inconsistent-names';
import { inconsistentNumbers } from './inconsistent-numbers';
import { inconsistentTerms } from './inconsistent-terms';
import { inconsistentGender } from './inconsistent-gender';
import { unusualWording } from './unusual-wording';

export const FLAG_RULES: readonly FlagRule[] = [
  untranslated,
  transliteration,
  calques,
  phrases,
  untranslatedWords,
  dialogueDash,
  foreignQuotes,
  spaceBeforeMark,
  invertedMarks,
  doubledWord,
  camelcaseJoin,
  missingSpace,
  uncountablePlural,
  determinerNumber,
  doubleComparative,
  theBoth,
  missingArticle,
  missingSubject,
  hyphenDash,
  digitGrouping,
  inconsistentNames,
  inconsistentNumbers,
  inconsistentTerms,
  inconsistentGender,
  // The model tier: its flags give way to every rule flag they overlap (lib/flags/engine.ts).
  unusualWording,
];

/** Every rule, once (modules may share a data rule such as `literal-idiom/pl`), for the reader's legend and the README. */
export const FLAG_RULE_METADATA: readonly RuleMeta[] = [
  ...new Map(FLAG_RULES.flatMap((module) => module.rules).map((rule) => [rule.id, rule])).values(),
].sort((a, b) => a.category.localeCompare(b.category) || a.id.localeCompare(b.id));
