/**
 * Detection and the reader's analysis (language, verdict, sanitised
 * article, metadata, flags), injected only when a report is asked for.
 * The site's rule (selectors, source-language hint) and the flag settings
 * apply here as in the CLI.
 */
import { analyzePage, summarizePage } from '@/lib/analyze';
import { failure, unanalysableReason, type PageEvent, type TabRequest, type TabResponses } from '@/lib/messages';
import { loadRules, loadSettings, ruleFor } from '@/lib/rules/store';

const INSTALLED = Symbol.for('unspun.reader');

async function handle(request: TabRequest): Promise<TabResponses['unspun:report' | 'unspun:summary']> {
  const reason = unanalysableReason(document);
  if (reason) return { ok: false, error: reason };
  try {
    const [rules, settings] = await Promise.all([loadRules(), loadSettings()]);
    const options = {
      url: location.href,
      rules: ruleFor(rules, location.href),
      settings: { flagCategories: settings.flagCategories },
      window,
    };
    return { ok: true, value: request.type === 'unspun:report' ? analyzePage(document, options) : summarizePage(document, options) };
  } catch (error) {
    return failure(error);
  }
}

/**
 * Registered on every page only when the user turned on "clean pages that
 * look machine-translated" (and granted all sites): analyse, tell the
 * background (badge), and clean when the score reaches the threshold.
 */
async function cleanIfMachineTranslated(): Promise<void> {
  const settings = await loadSettings();
  if (!settings.autoCleanAboveThreshold || unanalysableReason(document)) return;
  const rules = await loadRules();
  const summary = summarizePage(document, { url: location.href, rules: ruleFor(rules, location.href) });
  await browser.runtime.sendMessage({ type: 'page-summary', verdict: summary.mt.verdict } satisfies PageEvent).catch(() => undefined);
  const cleanHook = (globalThis as Record<symbol, unknown>)[Symbol.for('unspun.clean')];
  if (summary.mt.score >= settings.autoCleanThreshold && typeof cleanHook === 'function') await cleanHook();
}

export default defineContentScript({
  registration: 'runtime',
  main() {
    const scope = globalThis as Record<symbol, boolean>;
    if (scope[INSTALLED]) return;
    scope[INSTALLED] = true;
    browser.runtime.onMessage.addListener((request: TabRequest, _sender, sendResponse) => {
      if (request.type !== 'unspun:report' && request.type !== 'unspun:summary') return false;
      void handle(request).then(sendResponse);
      return true;
    });
    void cleanIfMachineTranslated().catch((error: unknown) => console.warn('Unspun: automatic analysis failed', error));
  },
});
