/**
 * PageReport: the one shape that crosses every boundary (content script →
 * background → popup/reader → CLI JSON). The CLI's JSON is a public
 * interface: fields may be added, never renamed or removed.
 */

import type { PartialReport } from './analysis-budget';
import type { Wording } from './wording';

export type Verdict = 'machine-translated' | 'uncertain' | 'human';

/** One piece of evidence that moved the machine-translation score. */
export interface Reason {
  /** Id of the signal module that produced it (lib/detect/signals/<id>.ts). */
  signal: string;
  /** Strength of this evidence alone, 0..1 (combined by noisy-OR). */
  weight: number;
  /** Plain words a reader understands. */
  detail: string;
  /** `detail` as a message id and parameters (lib/wordings.ts), for interfaces in other languages. (Added later; missing in older reports.) */
  detailWording?: Wording;
  /** Source language this evidence points to, ISO 639-1, if any. */
  language?: string;
}

/** The first answer: is the page a translation, and from which language (whoever made it)? */
export interface TranslationAnswer {
  /** Whether the evidence says it is a translation. */
  likely: boolean;
  /** Probable original language (ISO 639-1), as `MtAssessment.sourceLanguage`. */
  sourceLanguage: string | null;
  /** Strength of all the evidence, 0..1 (equals `MtAssessment.score`). */
  score: number;
}

/** The second answer: did a machine make it? */
export interface MachineAnswer {
  /** Strength of the evidence only machines leave (plugins, untranslated tags, engine phrasing, the text model), 0..1. */
  score: number;
  /** The text model of MT English on the article text: 0..1, null when the text is too short or not English. */
  textModel: number | null;
  /**
   * Whether the text model, over two passages or more, says a machine rather than a person translated it
   * (held apart, at most 2 % of human translations); with a page that shows a translation, that makes it
   * machine-translated. (Added later than textModel; missing in older reports.)
   */
  readsAsMachine?: boolean;
}

/**
 * The verdict in words, from both answers: "Machine-translated from Polish",
 * "Translated from Polish; reads like a human translation", "Possibly
 * machine-translated", "A few signs, not enough to tell", "No sign of translation".
 */
export type VerdictKind = 'machine-translated' | 'human-translation' | 'possibly-machine-translated' | 'few-signs' | 'no-sign';

export interface MtAssessment {
  score: number;
  verdict: Verdict;
  /** Probable original language (ISO 639-1) or null when evidence is thin. */
  sourceLanguage: string | null;
  /** Strongest first. */
  reasons: Reason[];
  /** Is it a translation, and from what? (Added with the text model; may be missing in reports of older versions.) */
  translation?: TranslationAnswer;
  /** Did a machine make it? */
  machine?: MachineAnswer;
  /** Which of the worded verdicts the two answers give. */
  verdictKind?: VerdictKind;
  /** That verdict in words, with the source language's English name. */
  summary?: string;
}

export interface Article {
  title: string | null;
  byline: string | null;
  /** ISO 8601 when the page gives a machine-readable date, else as written. */
  published: string | null;
  /** The site's name as the reader shows it: the name the page declares, else its host name. */
  siteName: string | null;
  /**
   * The name the page itself declares (og:site_name, application-name, JSON-LD publisher or site), null when
   * it declares none and `siteName` is the host name. Added in report schema 1 (session 6); older reports lack it.
   */
  siteNameDeclared?: string | null;
  /** Plain text of `html`: blocks separated by a blank line. Flag offsets point here. */
  text: string;
  /** Sanitised (DOMPurify) article HTML. */
  html: string;
}

export const BOILERPLATE_KINDS = [
  'promo',
  'related',
  'comments',
  'author-box',
  'share',
  'newsletter',
  'ads',
  'cookie-banner',
  'navigation',
  /** Subscription and login walls, "continue reading" prompts. */
  'paywall',
  /** Photo credits and image sources. */
  'credit',
  /** Bylines, dates, reading times and tags inside the article (the reader shows them in its header). */
  'article-meta',
  /** Copyright and reprint notices. */
  'legal',
  /** "Kontakt:", "Weitere Informationen:", press contacts: addresses and links closing an article. */
  'contact',
  /** Embedded social posts (X, Instagram, TikTok, Facebook...): someone else's post inside the article. */
  'embed',
  /** Hidden by a selector of the user's site rule. */
  'site-rule',
] as const;
export type BoilerplateKind = (typeof BOILERPLATE_KINDS)[number];

export interface RemovedBlock {
  kind: BoilerplateKind;
  /** Visible text of the block, whitespace-collapsed, cut at 300 characters. */
  text: string;
  /** Why the classifier decided so, for "why was this hidden?". */
  reason: string;
  /** `reason` as a message id and parameters (lib/wordings.ts). (Added later; missing in older reports.) */
  reasonWording?: Wording;
}

export const FLAG_CATEGORIES = [
  'untranslated',
  'transliteration',
  'false-friend',
  'calque',
  'literal-idiom',
  'wrong-institution-name',
  'grammar',
  'garbled',
  'punctuation',
  /** The same name, term, person or number written two ways in one article (lib/flags/rules/consistency). */
  'inconsistency',
  /** Model tier: words a model trained on post-edited machine translation finds unusual (lib/flags/rules/unusual-wording.ts). */
  'unusual-wording',
] as const;
export type FlagCategory = (typeof FLAG_CATEGORIES)[number];

export interface Flag {
  /** Offsets into `article.text` (or the input text in text mode), UTF-16 code units. */
  start: number;
  end: number;
  text: string;
  ruleId: string;
  category: FlagCategory;
  message: string;
  /** `message` as a message id and parameters (lib/wordings.ts); absent where the words come from a language data entry. */
  messageWording?: Wording;
  /** The first of `replacements`, when there is one. */
  suggestion?: string;
  /*
   * Added with the rule engine; findFlags always sets them (flags built
   * elsewhere, e.g. in tests, may leave them out).
   */
  /** Same as `start` (LanguageTool's name). */
  offset?: number;
  /** `end - start`. */
  length?: number;
  /** Replacements for `text`, best first; empty when the rule knows none. */
  replacements?: string[];
  /** How likely the flag is right, 0..1. */
  confidence?: number;
  /** What the rule `ruleId` looks for, in plain words. */
  ruleDescription?: string;
  /** The data entry or pattern of the rule that matched (e.g. `pl/actual-office`). */
  entryId?: string;
  /**
   * 'rule': a named cause with an explanation (lists, patterns, consistency
   * checks); 'model': words a trained model finds unusual, without a named
   * cause, shown with a softer mark. findFlags always sets it.
   */
  tier?: FlagTier;
  /** Other places of the text the flag is about (the other spelling of an inconsistent name), in text order. */
  related?: FlagSpan[];
}

export const FLAG_TIERS = ['rule', 'model'] as const;
export type FlagTier = (typeof FLAG_TIERS)[number];

export interface FlagSpan {
  start: number;
  end: number;
  text: string;
}

export interface PageReport {
  /** Version of this shape; bumped only when a field changes meaning. */
  schema: 1;
  url: string;
  mt: MtAssessment;
  /** Language of the article text (ISO 639-1), null when undetermined. */
  language: string | null;
  article: Article;
  removed: RemovedBlock[];
  flags: Flag[];
  /** Present only when the report is incomplete (an enormous page, the extension's time budget), saying why. */
  partial?: PartialReport;
}

/** What the light content script computes without the reader code. */
export type PageSummary = Pick<PageReport, 'url' | 'mt' | 'language' | 'removed'>;

/** Report on plain text (CLI --text): no article, no boilerplate. */
export interface TextReport {
  mt: MtAssessment;
  language: string | null;
  flags: Flag[];
}
