/**
 * Injects the analysis scripts into a tab on request (activeTab + scripting,
 * no host permissions), relays typed messages and keeps the badge in step
 * with the verdict of each analysed tab.
 */
import type { PageRequest, PageResponses, Result, TabRequest, TabResponses } from '@/lib/messages';
import { failure } from '@/lib/messages';
import type { Verdict } from '@/lib/report';
import { badgeFor } from '@/lib/badge';

import type { PublicPath } from 'wxt/browser';

type ScriptPath = Extract<PublicPath, `${string}.js`>;
const CONTENT_SCRIPT: ScriptPath = '/content-scripts/content.js';
const REPORT_SCRIPT: ScriptPath = '/content-scripts/report.js';

function explainInjectionError(error: unknown, url: string | undefined): string {
  const message = error instanceof Error ? error.message : String(error);
  // Without the "tabs" permission the URL is often unknown; Chrome's message names the scheme.
  if (
    /^(chrome|edge|about|moz-extension|chrome-extension|view-source|devtools):/.test(url ?? '') ||
    /Cannot access an? (chrome|edge|about|devtools|chrome-extension)[^ ]* URL|chrome:\/\/|chrome-extension:\/\//i.test(message)
  ) {
    return 'Browser pages cannot be analysed. Open a news article and try again.';
  }
  if (/gallery cannot be scripted|web ?store/i.test(message))
    return 'The browser does not let extensions read this page (web store and other protected pages).';
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
    await inject(tabId, files);
  } catch (error) {
    return { ok: false, error: explainInjectionError(error, url) };
  }
  try {
    const response = (await browser.tabs.sendMessage(tabId, request)) as TabResponses[T['type']] | undefined;
    return response ?? { ok: false, error: 'The page did not answer. Reload it and try again.' };
  } catch (error) {
    return failure(error);
  }
}

async function setBadge(tabId: number, verdict: Verdict | null): Promise<void> {
  const badge = badgeFor(verdict);
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
  }
}

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((request: PageRequest, sender, sendResponse) => {
    // Only the extension's own pages may drive it.
    if (sender.id !== browser.runtime.id || sender.tab?.url?.startsWith('http')) return false;
    handle(request).then(sendResponse, (error: unknown) => sendResponse(failure(error) satisfies Result<never>));
    return true;
  });
  // A new page in the tab has not been analysed yet.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && change.url) void setBadge(tabId, null).catch(() => undefined);
  });
});
