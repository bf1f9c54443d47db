/** Typed calls from extension pages to the background. */
import type { PageRequest, PageResponses } from '@/lib/messages';

export async function request<T extends PageRequest>(message: T): Promise<PageResponses[T['type']]> {
  try {
    const response = (await browser.runtime.sendMessage(message)) as PageResponses[T['type']] | undefined;
    return response ?? { ok: false, error: 'Unspun’s background page did not answer. Try again.' };
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
