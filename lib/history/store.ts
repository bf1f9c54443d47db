/**
 * Where the site history lives: the local storage area only (never synced:
 * what a user reads stays on the device). Used by the extension pages.
 */
import { storage } from '@wxt-dev/storage';
import type { Verdict } from '../report';
import { siteDomainOf } from '../rules/patterns';
import { pageKey, readHistory, recordVisit, siteSummary, type SiteHistory, type SiteSummary } from './site-history';

export const siteHistoryItem = storage.defineItem<unknown>('local:siteHistory', { fallback: {} });

export async function loadSiteHistory(): Promise<SiteHistory> {
  return readHistory(await siteHistoryItem.getValue());
}

/** Counts the article at `url` with its verdict and returns what its site has served so far (null: not a web page). */
export async function recordSiteVisit(url: string, verdict: Verdict, now = Date.now()): Promise<SiteSummary | null> {
  const site = siteDomainOf(url);
  const page = pageKey(url);
  if (!site || !page) return null;
  const history = recordVisit(await loadSiteHistory(), site, { page, verdict, at: now });
  await siteHistoryItem.setValue(history);
  return siteSummary(history, site);
}

export async function clearSiteHistory(): Promise<void> {
  await siteHistoryItem.removeValue();
}
