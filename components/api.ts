/** Typed calls from extension pages to the background. */
import type { CleanState, PageRequest, PageResponses, Result } from '@/lib/messages';
import type { PageReport } from '@/lib/report';
import { t } from './i18n';

export async function request<T extends PageRequest>(message: T): Promise<PageResponses[T['type']]> {
  try {
    const response = (await browser.runtime.sendMessage(message)) as PageResponses[T['type']] | undefined;
    return response ?? { ok: false, error: t('errorNoAnswer') };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
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

let opening: Promise<OpeningRequests> | null = null;

/**
 * The reader's first questions, asked once: as soon as the popup's first,
 * small script runs (entrypoints/popup/early.ts), while the reader's own code
 * is still loading, and both at once.
 */
export function openingRequests(): Promise<OpeningRequests> {
  opening ??= targetTabId().then((tabId) =>
    tabId === null
      ? { tabId, report: null, clean: null }
      : { tabId, report: request({ type: 'report-tab', tabId }), clean: request({ type: 'clean-state', tabId }) },
  );
  return opening;
}
