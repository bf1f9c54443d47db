/**
 * Injected on demand (toolbar click, or a site rule later): the reversible
 * in-page cleanup and nothing else. Small on purpose: language
 * identification, detection and the reader's code are a separate script
 * (report.content.ts) injected only when a report is asked for.
 */
import { cleanupPage, restorePage, isCleaned, HIDDEN_ATTRIBUTE } from '@/lib/boilerplate/cleanup';
import { failure, type CleanState, type TabRequest, type TabResponses } from '@/lib/messages';

const INSTALLED = Symbol.for('unspun.content');

function cleanState(): CleanState {
  return { cleaned: isCleaned(document), hidden: document.querySelectorAll(`[${HIDDEN_ATTRIBUTE}]`).length };
}

function handle(request: TabRequest): TabResponses[TabRequest['type']] | undefined {
  try {
    switch (request.type) {
      case 'unspun:clean':
        cleanupPage(document, { removeSelectors: request.rules?.removeSelectors, keepSelectors: request.rules?.keepSelectors });
        return { ok: true, value: cleanState() };
      case 'unspun:restore':
        restorePage(document);
        return { ok: true, value: cleanState() };
      case 'unspun:clean-state':
        return { ok: true, value: cleanState() };
      default:
        return undefined;
    }
  } catch (error) {
    return failure(error);
  }
}

export default defineContentScript({
  registration: 'runtime',
  main() {
    const scope = globalThis as Record<symbol, boolean>;
    if (scope[INSTALLED]) return;
    scope[INSTALLED] = true;
    browser.runtime.onMessage.addListener((request: TabRequest, _sender, sendResponse) => {
      const response = handle(request);
      if (response === undefined) return false;
      sendResponse(response);
      return false;
    });
  },
});
