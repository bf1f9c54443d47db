/**
 * Injects the analysis scripts into a tab on request (activeTab + scripting,
 * no host permissions), relays typed messages and keeps the badge in step
 * with the verdict of each analysed tab.
 */
import type { PageEvent, PageRequest, PageResponses, Result, TabRequest, TabResponses } from '@/lib/messages';
import { checkPattern } from '@/lib/rules/patterns';
import { loadSettings } from '@/lib/rules/store';
import { startAutoClean } from './auto-clean';
import { failure } from '@/lib/messages';
import type { Verdict } from '@/lib/report';
import { badgeFor } from '@/lib/badge';

import type { PublicPath } from 'wxt/browser';

type ScriptPath = Extract<PublicPath, `${string}.js`>;
const CONTENT_SCRIPT: ScriptPath = '/content-scripts/content.js';
const REPORT_SCRIPT: ScriptPath = '/content-scripts/report.js';

const BROWSER_PAGE = 'Browser pages cannot be analysed. Open a news article and try again.';
const isBrowserPage = (url: string | undefined): boolean =>
  /^(chrome|edge|about|moz-extension|chrome-extension|view-source|devtools|resource):/.test(url ?? '');
const isPdfAddress = (url: string | undefined): boolean => {
  try {
    return /\.pdf$/i.test(new URL(url ?? '').pathname);
  } catch {
    return false;
  }
};

function explainInjectionError(error: unknown, url: string | undefined): string {
  const message = error instanceof Error ? error.message : String(error);
  // Without the "tabs" permission the URL is often unknown; Chrome's message names the scheme.
  if (
    isBrowserPage(url) ||
    /Cannot access an? (chrome|edge|about|devtools|chrome-extension)[^ ]* URL|chrome:\/\/|chrome-extension:\/\//i.test(message)
  ) {
    return BROWSER_PAGE;
  }
  if (/gallery cannot be scripted|web ?store/i.test(message))
    return 'The browser does not let extensions read this page (web store and other protected pages).';
  // Firefox shows PDFs in its own viewer, which no extension may script whatever its permissions: it says
  // "Missing host permission for the tab", and clicking the toolbar button would not help.
  if (isPdfAddress(url) && /permission/i.test(message))
    return 'This is a PDF, shown in the browser’s own viewer, which extensions may not read. Unspun reads web pages, not PDF documents.';
  if (/must request permission|Cannot access contents|permission/i.test(message)) {
    return 'Unspun may only read this page after you click its toolbar button on it. Click the Unspun icon while the page is open.';
  }
  return `This page could not be analysed: ${message}`;
}

async function inject(tabId: number, files: ScriptPath[]): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files });
}

async function ask<T extends TabRequest>(tabId: number, request: T, files: ScriptPath[]): Promise<TabResponses[T['type']]> {
  let url: string | undefined;
  try {
    url = (await browser.tabs.get(tabId)).url;
    // Firefox "injects" into its own about: pages without running anything (and without an error).
    if (isBrowserPage(url)) return { ok: false, error: BROWSER_PAGE };
    await inject(tabId, files);
  } catch (error) {
    return { ok: false, error: explainInjectionError(error, url) };
  }
  try {
    const response = (await browser.tabs.sendMessage(tabId, request)) as TabResponses[T['type']] | undefined;
    return response ?? { ok: false, error: 'The page did not answer. Reload it and try again.' };
  } catch (error) {
    // That silent non-injection, where the tab's URL is unknown (no access to the tab): nothing listens.
    if (url === undefined && /Receiving end does not exist/i.test(String(error))) return { ok: false, error: BROWSER_PAGE };
    return failure(error);
  }
}

async function setBadge(tabId: number, verdict: Verdict | null): Promise<void> {
  const badge = badgeFor(verdict && (await loadSettings()).badge ? verdict : null);
  await browser.action.setBadgeText({ tabId, text: badge.text });
  await browser.action.setBadgeBackgroundColor({ tabId, color: badge.color });
  await browser.action.setTitle({ tabId, title: badge.title });
}

async function handle(request: PageRequest): Promise<PageResponses[PageRequest['type']]> {
  switch (request.type) {
    case 'report-tab': {
      const response = await ask(request.tabId, { type: 'unspun:report' }, [CONTENT_SCRIPT, REPORT_SCRIPT]);
      if (response.ok) await setBadge(request.tabId, response.value.mt.verdict).catch(() => undefined);
      return response;
    }
    case 'clean-tab':
      return ask(request.tabId, { type: 'unspun:clean' }, [CONTENT_SCRIPT]);
    case 'restore-tab':
      return ask(request.tabId, { type: 'unspun:restore' }, [CONTENT_SCRIPT]);
    case 'clean-state':
      return ask(request.tabId, { type: 'unspun:clean-state' }, [CONTENT_SCRIPT]);
    case 'count-selectors':
      return previewSelectors(request);
  }
}

/** Counts a rule's selectors on an open tab of its site (readable once its permission is granted). */
async function previewSelectors(request: Extract<PageRequest, { type: 'count-selectors' }>): Promise<PageResponses['count-selectors']> {
  const check = checkPattern(request.pattern);
  const none = { ok: true as const, value: { page: null, counts: [] } };
  if (!check.ok || !(await browser.permissions.contains({ origins: check.matchPatterns }))) return none;
  const [tab] = await browser.tabs.query({ url: check.matchPatterns });
  if (tab?.id === undefined) return none;
  const counts = await ask(
    tab.id,
    { type: 'unspun:count-selectors', removeSelectors: request.removeSelectors, keepSelectors: request.keepSelectors },
    [CONTENT_SCRIPT],
  );
  if (!counts.ok) return counts;
  return { ok: true, value: { page: { title: tab.title ?? tab.url ?? '', url: tab.url ?? '' }, counts: counts.value } };
}

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((request: PageRequest | PageEvent, sender, sendResponse) => {
    if (sender.id !== browser.runtime.id) return false;
    // Scripts in web pages may only report on their own tab.
    if (sender.tab?.url && !sender.tab.url.startsWith(browser.runtime.getURL('/'))) {
      if (request.type === 'page-summary' && sender.tab.id !== undefined)
        void setBadge(sender.tab.id, request.verdict).catch(() => undefined);
      return false;
    }
    if (request.type === 'page-summary') return false;
    handle(request).then(sendResponse, (error: unknown) => sendResponse(failure(error) satisfies Result<never>));
    return true;
  });
  startAutoClean();
  // A new page in the tab has not been analysed yet.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && change.url) void setBadge(tabId, null).catch(() => undefined);
  });
});
