/**
 * Which flags the reader shows: not those of the categories the reader turned
 * off, nor the phrases dismissed as "Not a mistake" on the page's site.
 * Dismissed phrases are kept per site (host name → lower-cased phrases, most
 * recent last). Pure: lib/reader/dismissed-store.ts stores them.
 */
import type { Flag, FlagCategory } from '../report';

/** Phrases kept per site; the oldest go first. */
export const MAX_DISMISSED_PER_SITE = 500;
/** Sites kept; the site dismissed in least recently goes first. */
export const MAX_DISMISSED_SITES = 200;
/** Longer phrases are compared (and kept) by their first characters. */
export const MAX_PHRASE_LENGTH = 300;

/** Host name → dismissed phrases (normalised, oldest first). */
export type DismissedPhrases = Record<string, string[]>;

/** How a phrase is compared: case, Unicode form and runs of whitespace do not matter. */
export function normalizePhrase(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase().slice(0, MAX_PHRASE_LENGTH);
}

/**
 * The site a page belongs to for dismissals: its host name, lower-cased,
 * without `www.`; local files share `file:`. Null for what has no site.
 */
export function siteKeyOf(url: string): string | null {
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol === 'file:') return 'file:';
    if (protocol !== 'http:' && protocol !== 'https:') return null;
    return hostname.toLowerCase().replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/** Reads a stored value leniently: anything but a map of phrase lists is dropped, the caps are applied. */
export function normalizeDismissed(value: unknown): DismissedPhrases {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  const result: DismissedPhrases = {};
  const sites = Object.entries(value as Record<string, unknown>).filter(
    (entry): entry is [string, unknown[]] => entry[0] !== '' && Array.isArray(entry[1]),
  );
  for (const [site, list] of sites.slice(-MAX_DISMISSED_SITES)) {
    const phrases = uniqueKeepingLast(list.filter((item): item is string => typeof item === 'string').map(normalizePhrase)).filter(Boolean);
    if (phrases.length > 0) result[site] = phrases.slice(-MAX_DISMISSED_PER_SITE);
  }
  return result;
}

/** Each phrase once, at its last position. */
function uniqueKeepingLast(phrases: string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (let index = phrases.length - 1; index >= 0; index--) {
    const phrase = phrases[index]!;
    if (seen.has(phrase)) continue;
    seen.add(phrase);
    result.unshift(phrase);
  }
  return result;
}

/** `phrase` dismissed on `site`: kept as the most recent, the caps applied. Returns a new value. */
export function addDismissed(store: DismissedPhrases, site: string, phrase: string): DismissedPhrases {
  const normalized = normalizePhrase(phrase);
  if (!site || !normalized) return store;
  const previous = store[site] ?? [];
  const phrases = [...previous.filter((other) => other !== normalized), normalized].slice(-MAX_DISMISSED_PER_SITE);
  // The site moves to the end: the one least recently dismissed in is dropped first.
  const others = Object.entries(store).filter(([key]) => key !== site);
  const entries = [...others, [site, phrases] as [string, string[]]].slice(-MAX_DISMISSED_SITES);
  return Object.fromEntries(entries);
}

/** `phrase` flagged again on `site`. Returns a new value. */
export function removeDismissed(store: DismissedPhrases, site: string, phrase: string): DismissedPhrases {
  const normalized = normalizePhrase(phrase);
  const previous = store[site];
  if (!previous?.includes(normalized)) return store;
  const phrases = previous.filter((other) => other !== normalized);
  if (phrases.length > 0) return { ...store, [site]: phrases };
  return Object.fromEntries(Object.entries(store).filter(([key]) => key !== site));
}

/** The phrases dismissed on `site`, oldest first. */
export function dismissedOn(store: DismissedPhrases, site: string | null): string[] {
  return site ? (store[site] ?? []) : [];
}

export interface FlagFilter {
  /** Categories the reader turned off. */
  hiddenCategories?: Iterable<FlagCategory>;
  /** Normalised phrases dismissed on the page's site. */
  dismissed?: Iterable<string>;
}

/** The flags the reader shows, in text order (by start, then end). */
export function visibleFlags(flags: readonly Flag[], filter: FlagFilter = {}): Flag[] {
  const hidden = new Set<string>(filter.hiddenCategories ?? []);
  return notDismissed(flags, filter.dismissed).filter((flag) => !hidden.has(flag.category));
}

/** The flags not dismissed (whatever their category), in text order: what the legend counts. */
export function notDismissed(flags: readonly Flag[], dismissed: Iterable<string> = []): Flag[] {
  const phrases = new Set(Array.from(dismissed, normalizePhrase));
  return flags.filter((flag) => !phrases.has(normalizePhrase(flag.text))).sort((a, b) => a.start - b.start || a.end - b.end);
}

/** An id for a flag that survives filtering (the reader's "current flag"). */
export function flagKey(flag: Pick<Flag, 'start' | 'end' | 'ruleId'>): string {
  return `${flag.start}:${flag.end}:${flag.ruleId}`;
}
