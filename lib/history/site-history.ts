/**
 * What a site has served: a small, local history of the verdicts of the
 * articles the user opened in the popup or the reader, per site, so that
 * the popup can say "3 of the 4 articles you opened on this site looked
 * machine-translated" and offer to clean the site for good.
 *
 * Only a hash of each article's address is kept (enough to count an article
 * once however often it is opened), with its verdict and the time. The
 * history is capped per site and in sites, and never leaves the device.
 */
import type { Verdict } from '../report';

export interface SiteVisit {
  /** FNV-1a hash of the article's origin and path: counts it once, does not keep the address. */
  page: string;
  verdict: Verdict;
  /** Milliseconds since the epoch. */
  at: number;
}

/** Visits by site (the registrable domain the rules use), oldest first. */
export type SiteHistory = Record<string, SiteVisit[]>;

export const MAX_VISITS_PER_SITE = 50;
export const MAX_SITES = 200;

const VERDICTS: readonly Verdict[] = ['machine-translated', 'uncertain', 'human'];

function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** The key of an article: its address without query or fragment (tracking parameters do not make a new article). */
export function pageKey(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    return fnv1a(`${parsed.host}${parsed.pathname}`);
  } catch {
    return null;
  }
}

/** A stored value read defensively: entries that are not visits are dropped, a value that is not a history is empty. */
export function readHistory(value: unknown): SiteHistory {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  const history: SiteHistory = {};
  for (const [site, visits] of Object.entries(value as Record<string, unknown>)) {
    if (!Array.isArray(visits)) continue;
    const valid = visits.filter(
      (visit): visit is SiteVisit =>
        !!visit &&
        typeof visit === 'object' &&
        typeof (visit as SiteVisit).page === 'string' &&
        VERDICTS.includes((visit as SiteVisit).verdict) &&
        typeof (visit as SiteVisit).at === 'number',
    );
    if (valid.length) history[site] = valid.slice(-MAX_VISITS_PER_SITE);
  }
  return history;
}

/**
 * The history with one more visit: an article seen before counts once, with
 * its latest verdict; the oldest visits and the sites visited longest ago go
 * first when a cap is reached.
 */
export function recordVisit(history: SiteHistory, site: string, visit: SiteVisit): SiteHistory {
  const visits = [...(history[site] ?? []).filter((earlier) => earlier.page !== visit.page), visit].slice(-MAX_VISITS_PER_SITE);
  const next: SiteHistory = { ...history, [site]: visits };
  const sites = Object.keys(next);
  if (sites.length > MAX_SITES) {
    const lastSeen = (name: string) => next[name]!.at(-1)?.at ?? 0;
    for (const name of sites.sort((a, b) => lastSeen(a) - lastSeen(b)).slice(0, sites.length - MAX_SITES)) delete next[name];
  }
  return next;
}

export interface SiteSummary {
  /** Articles opened on the site. */
  opened: number;
  /** Of those, called machine-translated. */
  machine: number;
}

export function siteSummary(history: SiteHistory, site: string): SiteSummary {
  const visits = history[site] ?? [];
  return { opened: visits.length, machine: visits.filter((visit) => visit.verdict === 'machine-translated').length };
}

/** Whether to put "Always clean this site" forward: most of at least two articles looked machine-translated. */
export function suggestsCleaningSite(summary: SiteSummary): boolean {
  return summary.opened >= 2 && summary.machine * 2 > summary.opened;
}

/** Articles and sites in the history, for the options page. */
export function historySize(history: SiteHistory): { sites: number; articles: number } {
  const sites = Object.values(history);
  return { sites: sites.length, articles: sites.reduce((sum, visits) => sum + visits.length, 0) };
}
