/**
 * Detection and the reader's analysis (language, verdict, sanitised
 * article, metadata, flags), injected only when a report is asked for.
 */
import { analyzePage, summarizePage } from '@/lib/analyze';
import { failure, unanalysableReason, type TabRequest, type TabResponses } from '@/lib/messages';

const INSTALLED = Symbol.for('unspun.reader');

function handle(request: TabRequest): TabResponses['unspun:report' | 'unspun:summary'] | undefined {
  if (request.type !== 'unspun:report' && request.type !== 'unspun:summary') return undefined;
  const reason = unanalysableReason(document);
  if (reason) return { ok: false, error: reason };
  try {
    const options = { url: location.href, rules: request.rules, window };
    return { ok: true, value: request.type === 'unspun:report' ? analyzePage(document, options) : summarizePage(document, options) };
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
      if (response) sendResponse(response);
      return false;
    });
  },
});
