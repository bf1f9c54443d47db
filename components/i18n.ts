/**
 * The interface's words, from the browser's message files
 * (public/_locales/<language>/messages.json, read with browser.i18n):
 * English, Polish. The browser picks the file from its own language, and
 * falls back to English.
 *
 * Plurals: a counted message has one key per CLDR plural category of each
 * language (`articlesOpened_one`, `_few`, `_many`, `_other`), chosen with
 * Intl.PluralRules for the language of the file in use; the browser's
 * message API has no plurals of its own.
 *
 * What the report says by id (verdict, verdict kind, source language, flag
 * category, tier, boilerplate kind) is worded here; what lib writes in
 * sentences (the detector's reasons, the flags' explanations, why a block
 * was left out) comes with a message id and parameters (lib/wording.ts),
 * worded by `say` from the same files, in English where an id is unknown.
 */
import type { ComponentChildren } from 'preact';
import type messages from '@/public/_locales/en/messages.json';
// Relative: wxt.config.ts loads this file (through the commands) before the @/ alias exists.
import { isRtlLanguage, type TextDirection } from '../lib/text/direction';
import type { Wording } from '../lib/wording';
import { renderWording, UnknownWording, type WordingLanguage } from '../lib/wording-render';

export type MessageKey = keyof typeof messages;
type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
/** A counted message: its keys end in `_<plural category>`. */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}_other` ? Base : never) : never;
type Substitution = string | number;

function getMessage(key: string, substitutions?: string[]): string {
  try {
    return browser.i18n.getMessage(key as MessageKey, substitutions);
  } catch {
    return '';
  }
}

/** The message `key` with its `$placeholders$` filled in order; the key itself if no file has it (never an empty label). */
export function t(key: MessageKey, ...substitutions: Substitution[]): string {
  return getMessage(key, substitutions.map(String)) || key;
}

/** The language of the message file in use (each file says its own): plural rules, language names and dates follow it. */
export function uiLocale(): string {
  const locale = getMessage('locale');
  return locale || 'en';
}

let rules: { locale: string; rules: Intl.PluralRules } | null = null;

/** The counted message `base` for `count` (its first placeholder), in the plural form the language needs. */
export function tp(base: PluralKey, count: number, ...more: Substitution[]): string {
  const locale = uiLocale();
  if (rules?.locale !== locale) rules = { locale, rules: new Intl.PluralRules(locale) };
  const category = rules.rules.select(count) as PluralSuffix;
  const formatted = count.toLocaleString(locale);
  return getMessage(`${base}_${category}`, [formatted, ...more.map(String)]) || t(`${base}_other` as MessageKey, formatted, ...more);
}

/**
 * A message with elements in it (keys, links): each substitution is put in
 * its placeholder's place as a node, the words around it as text, so that a
 * language may put them in any order.
 */
export function tx(key: MessageKey, ...parts: ComponentChildren[]): Array<string | ComponentChildren> {
  // Markers no message contains: a private-use character around the part's index.
  const markers = parts.map((_, index) => `\ue000${index}\ue000`);
  const text = t(key, ...markers);
  return text.split(/\ue000(\d+)\ue000/).map((piece, index) => (index % 2 === 1 ? parts[Number(piece)] : piece));
}

let names: { locale: string; names: Intl.DisplayNames | null } | null = null;

/** A language's name in the interface's language ("polski", "Polish"); `fallback` (the English name) where the browser knows none. */
export function languageLabel(code: string, fallback: string = code): string {
  const locale = uiLocale();
  if (names?.locale !== locale) {
    let display: Intl.DisplayNames | null = null;
    try {
      display = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' });
    } catch {
      display = null;
    }
    names = { locale, names: display };
  }
  try {
    return names.names?.of(code) ?? fallback;
  } catch {
    return fallback;
  }
}

/** A date the way the interface's language writes it. */
export function formatLongDate(date: Date): string {
  return date.toLocaleDateString(uiLocale(), { year: 'numeric', month: 'long', day: 'numeric' });
}

/**
 * The interface's direction: that of the language of the message file in
 * use. Not @@bidi_dir, which follows the browser's locale rather than the
 * file: headless Chromium started with --lang=pl reads the Polish file while
 * @@ui_locale says en_US, and an Arabic browser shown the English file would
 * lay English out right to left.
 */
export function uiDirection(): TextDirection {
  return isRtlLanguage(uiLocale()) ? 'rtl' : 'ltr';
}

/** Sets the page's `lang` and `dir` to the interface's, before the first render (the HTML files say English). */
export function applyUiLanguage(root: HTMLElement = document.documentElement): void {
  root.lang = uiLocale();
  root.dir = uiDirection();
}

/** What `say` gives: the words, and `lang` "en" when they are lib's English because the interface's files lack a message. */
export interface Said {
  text: string;
  lang?: 'en';
}

function interfaceLanguage(): WordingLanguage {
  const locale = uiLocale();
  if (rules?.locale !== locale) rules = { locale, rules: new Intl.PluralRules(locale) };
  const plural = rules.rules;
  return {
    message: (key, values) => getMessage(key, values) || null,
    plural: (count) => plural.select(count),
    number: (value) => value.toLocaleString(locale),
    language: (code) => languageLabel(code),
  };
}

/**
 * A sentence of lib's (a reason, a flag's explanation, why a block was left
 * out, a refused rule) in the interface's language, from its wording; lib's
 * English `english` where there is no wording (older reports, data entries)
 * or a message is missing.
 */
export function say(wording: Wording | undefined, english: string): Said {
  if (!wording) return { text: english, lang: 'en' };
  try {
    return { text: renderWording(wording, interfaceLanguage()) };
  } catch (error) {
    if (error instanceof UnknownWording) return { text: english, lang: 'en' };
    throw error;
  }
}
