/** Typed calls from extension pages to the background. */
import { failure, isNoReceiver, type CleanState, type PageRequest, type PageResponses, type Result } from '@/lib/messages';
import type { PageReport } from '@/lib/report';
import { t } from './i18n';
import { mark } from './timeline';

export async function request<T extends PageRequest>(message: T): Promise<PageResponses[T['type']]> {
  try {
    const response = (await browser.runtime.sendMessage(message)) as PageResponses[T['type']] | undefined;
    return response ?? { ok: false, error: t('errorNoAnswer') };
  } catch (error) {
    // The background was not there to answer (Firefox's and Chrome's words for it are English); else the browser's words, in a sentence of ours.
    return { ok: false, error: isNoReceiver(error) ? t('errorNoAnswer') : t('errorUnexpected', failure(error).error) };
  }
}

/** The tab to show: ?tabId=N (reader tab, tests), else the active tab of this window. */
export async function targetTabId(): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export interface OpeningRequests {
  tabId: number | null;
  report: Promise<Result<PageReport>> | null;
  clean: Promise<Result<CleanState>> | null;
}

/** Shared with the page's first script (entrypoints/opening.ts), a bundle of its own with its own copy of this module. */
const scope = globalThis as { unspunOpening?: Promise<OpeningRequests> };

/**
 * The reader's first questions, asked once: by the popup's (or reader tab's)
 * first script, a small classic script in the page's head
 * (entrypoints/opening.ts), while the reader's own code is still loading,
 * and both at once. The reader's code then picks up the same requests.
 */
export function openingRequests(): Promise<OpeningRequests> {
  if (scope.unspunOpening) return scope.unspunOpening;
  mark('popup:ask');
  scope.unspunOpening = targetTabId().then((tabId) =>
    tabId === null
      ? { tabId, report: null, clean: null }
      : {
          tabId,
          report: request({ type: 'report-tab', tabId }).finally(() => mark('popup:report')),
          clean: request({ type: 'clean-state', tabId }),
        },
  );
  return scope.unspunOpening;
}
