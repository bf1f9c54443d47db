/**
 * What the interface says about the report's ids (flag categories, tiers,
 * boilerplate kinds, a site's history, the reader's keys), in the
 * interface's language (./i18n.ts). lib/ names things by id; the words are
 * here and in the message files.
 */
import type { BoilerplateKind, Flag, FlagCategory, FlagTier } from '@/lib/report';
import type { SiteSummary } from '@/lib/history/site-history';
import { categoryTier, suggestionsOf } from '@/lib/reader/categories';
import { FLAG_KEYS, keyLabel, type FlagMove } from '@/lib/reader/navigation';
import { say, t, tp, uiLocale, type MessageKey } from './i18n';

const CATEGORY_KEYS: Record<FlagCategory, MessageKey> = {
  untranslated: 'categoryUntranslated',
  transliteration: 'categoryTransliteration',
  'false-friend': 'categoryFalseFriend',
  calque: 'categoryCalque',
  'literal-idiom': 'categoryLiteralIdiom',
  'wrong-institution-name': 'categoryWrongInstitutionName',
  grammar: 'categoryGrammar',
  garbled: 'categoryGarbled',
  punctuation: 'categoryPunctuation',
  inconsistency: 'categoryInconsistency',
  'unusual-wording': 'categoryUnusualWording',
};

/** A category's name ("Name spelling"); an unknown category (a newer report) by its id. */
export function categoryLabel(category: string): string {
  const key = (CATEGORY_KEYS as Record<string, MessageKey | undefined>)[category];
  return key ? t(key) : category;
}

const TIER_KEYS: Record<FlagTier, MessageKey> = { rule: 'tierRule', model: 'tierModel' };

export function tierLabel(tier: FlagTier): string {
  return t(TIER_KEYS[tier]);
}

/** "Model hint, confidence 62%" for a model flag; null for a rule flag. */
export function confidenceText(flag: Flag): string | null {
  if ((flag.tier ?? categoryTier(flag.category)) !== 'model') return null;
  return typeof flag.confidence === 'number' ? t('modelHintConfidence', Math.round(flag.confidence * 100)) : t('modelHint');
}

/** "a or b" in the interface's language. */
export function alternatives(items: readonly string[]): string {
  return new Intl.ListFormat(uiLocale(), { type: 'disjunction' }).format(items);
}

/** The list of suggestions as parts, so that each suggestion can be shown in bold: [{ value, element }]. */
export function alternativeParts(items: readonly string[]): Array<{ value: string; element: boolean }> {
  return new Intl.ListFormat(uiLocale(), { type: 'disjunction' })
    .formatToParts(items)
    .map((part) => ({ value: part.value, element: part.type === 'element' }));
}

/** One line a screen reader (and the list) can say about a flag: words, category, message, suggestion. */
export function flagAriaLabel(flag: Flag): string {
  const suggestions = suggestionsOf(flag);
  const message = say(flag.messageWording, flag.message).text.trim();
  const stop = /[.!?…]$/.test(message) ? '' : '.';
  const note = confidenceText(flag);
  const category = `${categoryLabel(flag.category)}${note ? `; ${note.toLocaleLowerCase(uiLocale())}` : ''}`;
  const suggestion = suggestions.length ? ` ${t('suggestion', alternatives(suggestions))}.` : '';
  return `${t('flagAriaLabel', flag.text, category, message)}${stop}${suggestion}`;
}

/** The keys of a move for a title: `j, n or Alt+↓`. */
export function flagKeysText(move: FlagMove): string {
  return alternatives(FLAG_KEYS[move].map(keyLabel));
}

const KIND_KEYS: Record<BoilerplateKind, MessageKey> = {
  promo: 'kindPromo',
  related: 'kindRelated',
  comments: 'kindComments',
  'author-box': 'kindAuthorBox',
  share: 'kindShare',
  newsletter: 'kindNewsletter',
  ads: 'kindAds',
  'cookie-banner': 'kindCookieBanner',
  navigation: 'kindNavigation',
  paywall: 'kindPaywall',
  credit: 'kindCredit',
  'article-meta': 'kindArticleMeta',
  legal: 'kindLegal',
  contact: 'kindContact',
  embed: 'kindEmbed',
  'site-rule': 'kindSiteRule',
};

export function kindLabel(kind: string): string {
  const key = (KIND_KEYS as Record<string, MessageKey | undefined>)[kind];
  return key ? t(key) : kind;
}

/** What the popup says of a site; nothing until the second article, since one article says nothing about a site. */
export function describeSite(summary: SiteSummary): string | null {
  if (summary.opened < 2) return null;
  if (summary.machine === 0) return t('siteNoMachineArticles', summary.opened);
  return tp('siteMachineArticles', summary.machine, summary.opened);
}
