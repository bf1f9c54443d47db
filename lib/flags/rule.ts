/**
 * A phrasing rule finds spots in English text where a translation engine
 * probably went wrong, and explains them, in the manner of LanguageTool or
 * retext: every rule has an id, a category, a description, a confidence and
 * the source languages it applies to. Rule modules are registered in
 * lib/flags/rules/index.ts; a module may implement several rules (one per
 * source language for the data-driven ones).
 */
import type { Flag, FlagCategory, FlagSpan, FlagTier } from '../report';
import type { Wording } from '../wording';
import { inEnglish } from '../wording-english';

export interface FlagContext {
  text: string;
  /** Probable source language (detector or site rule), ISO 639-1, null if unknown. */
  sourceLanguage: string | null;
  /**
   * Whether the text is taken for a translation: the detector does not call it
   * human, or the user named its source language (site rule, --source-lang).
   * The model tier only runs then (unknown: it runs).
   */
  translated?: boolean;
}

/** What the reader's legend and the README list about a rule. */
export interface RuleMeta {
  /** The `ruleId` of its flags: `<category>/<language>` for data rules, `<category>/<name>` otherwise. */
  id: string;
  category: FlagCategory;
  /** One sentence in plain words: what the rule looks for. */
  description: string;
  /**
   * Source languages (ISO 639-1) whose translations it checks, or 'any' for a
   * language-independent rule (garbled text, grammar), which always runs.
   * When the source language is known, a rule for other languages does not
   * run; when it is unknown, only entries strong enough to name their language
   * by themselves fire (see `unknownSource`).
   */
  languages: 'any' | readonly string[];
  /** Whether any of its entries may fire when the source language is unknown. */
  unknownSource: boolean;
  /** Typical confidence of its flags, 0..1 (entries may say otherwise). */
  confidence: number;
  /** Breaks ties between overlapping flags of equal confidence: higher wins. */
  priority: number;
  /** Off unless asked for (FlagOptions.enabledRules): rules that did no better than chance in the benchmark. */
  defaultEnabled: boolean;
  /** 'model' for a trained model's guesses (no named cause); 'rule' when absent. */
  tier?: FlagTier;
}

export interface FlagRule {
  /** Module id (the file name in lib/flags/rules/). */
  id: string;
  /** The rules it implements; every flag it returns carries one of their ids. */
  rules: readonly RuleMeta[];
  run(context: FlagContext): Flag[];
}

/** Language data entries apply when the source is that language, or, when the source is unknown, if they are strong. */
export function appliesTo(language: string, weight: number, context: FlagContext): boolean {
  return context.sourceLanguage ? context.sourceLanguage === language : weight >= 0.5;
}

/** Whether a rule for `languages` runs for this context's known source language. */
export function sourceMatches(languages: RuleMeta['languages'], context: FlagContext): boolean {
  return languages === 'any' || !context.sourceLanguage || languages.includes(context.sourceLanguage);
}

export interface FlagInit {
  start: number;
  end: number;
  /** The explanation: a wording (lib/wordings.ts), or the English of a data entry, which has no id. */
  message: string | Wording;
  replacements?: readonly string[];
  /** Defaults to the rule's confidence. */
  confidence?: number;
  /** Data entry or pattern behind the flag. */
  entryId?: string;
  /** Other places the flag is about (offsets into the same text). */
  related?: ReadonlyArray<{ start: number; end: number }>;
}

/** A flag with every field, the additive ones (offset, length, replacements, confidence, rule description) included. */
export function makeFlag(rule: RuleMeta, text: string, init: FlagInit): Flag {
  const replacements = [...new Set(init.replacements ?? [])].filter((replacement) => replacement.length > 0);
  const flag: Flag = {
    start: init.start,
    end: init.end,
    text: text.slice(init.start, init.end),
    ruleId: rule.id,
    category: rule.category,
    message: typeof init.message === 'string' ? init.message : inEnglish(init.message),
    offset: init.start,
    length: init.end - init.start,
    replacements,
    confidence: round(init.confidence ?? rule.confidence),
    ruleDescription: rule.description,
    tier: rule.tier ?? 'rule',
  };
  if (init.related?.length) flag.related = init.related.map(({ start, end }): FlagSpan => ({ start, end, text: text.slice(start, end) }));
  if (replacements.length > 0) flag.suggestion = replacements[0];
  if (init.entryId) flag.entryId = init.entryId;
  if (typeof init.message !== 'string') flag.messageWording = init.message;
  return flag;
}

/** What a pattern rule says about one match; the span defaults to the whole match. */
export type MatchFlag = Omit<FlagInit, 'start' | 'end'> & Partial<Pick<FlagInit, 'start' | 'end'>>;

/**
 * A flag for each match of a global `pattern` in `text`, as `toFlag` words it,
 * or none where it returns null (a match the pattern alone cannot rule out).
 * matchAll works on a copy of the pattern, so rules can share one module-level
 * RegExp without resetting lastIndex, and it steps past empty matches.
 */
export function patternFlags(rule: RuleMeta, text: string, pattern: RegExp, toFlag: (match: RegExpExecArray) => MatchFlag | null): Flag[] {
  const flags: Flag[] = [];
  for (const match of text.matchAll(pattern)) {
    const init = toFlag(match);
    if (!init) continue;
    const { start = match.index, end = match.index + match[0].length } = init;
    flags.push(makeFlag(rule, text, { ...init, start, end }));
  }
  return flags;
}

function round(value: number): number {
  return Math.round(Math.min(1, Math.max(0, value)) * 1000) / 1000;
}

/** How many of `spans` (sorted by start) start before `end`: a binary search. */
export function countStartingBefore(spans: ReadonlyArray<{ start: number }>, end: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (spans[middle]!.start < end) low = middle + 1;
    else high = middle;
  }
  return low;
}
