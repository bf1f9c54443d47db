/**
 * The in-page cleanup, and nothing else. Injected on demand (toolbar click)
 * or registered by the background for sites whose rule says "auto-clean";
 * either way it looks up the site's rule itself, and cleans at once when the
 * rule asks for it. Small on purpose: detection and the reader's code are a
 * separate script (report.content.ts).
 */
import { keepClean, type KeepCleanHandle } from '@/lib/boilerplate/keep-clean';
import { restorePage, isCleaned, HIDDEN_ATTRIBUTE } from '@/lib/boilerplate/cleanup';
import { failure, type CleanState, type TabRequest, type TabResponses } from '@/lib/messages';
import { loadRules, ruleFor } from '@/lib/rules/store';
import type { SiteRule } from '@/lib/rules/model';
import { parseExtendedSelector, selectAll } from '@/lib/rules/extended-selector';

const INSTALLED = Symbol.for('unspun.content');
/** Lets report.js, registered beside this script, clean a page it finds machine-translated. */
export const CLEAN_HOOK = Symbol.for('unspun.clean');

let watcher: KeepCleanHandle | null = null;

function cleanState(): CleanState {
  return { cleaned: isCleaned(document), hidden: document.querySelectorAll(`[${HIDDEN_ATTRIBUTE}]`).length };
}

function clean(rule: SiteRule | null): CleanState {
  watcher?.stop();
  watcher = keepClean(document, { removeSelectors: rule?.removeSelectors, keepSelectors: rule?.keepSelectors });
  return cleanState();
}

function restore(): CleanState {
  watcher?.stop();
  watcher = null;
  restorePage(document);
  return cleanState();
}

async function handle(request: TabRequest): Promise<TabResponses[TabRequest['type']] | undefined> {
  try {
    switch (request.type) {
      case 'unspun:clean':
        return { ok: true, value: clean(ruleFor(await loadRules(), location.href)) };
      case 'unspun:restore':
        return { ok: true, value: restore() };
      case 'unspun:clean-state':
        return { ok: true, value: cleanState() };
      case 'unspun:count-selectors':
        return { ok: true, value: countSelectors(request.removeSelectors, request.keepSelectors) };
      default:
        return undefined;
    }
  } catch (error) {
    return failure(error);
  }
}

function countSelectors(removeSelectors: string[], keepSelectors: string[]) {
  const count = (selector: string, list: 'remove' | 'keep') => {
    const parsed = parseExtendedSelector(selector, document);
    if (!parsed.ok) return { selector, list, count: null, error: parsed.error };
    return { selector, list, count: selectAll(document, parsed.selector).length };
  };
  return [...removeSelectors.map((selector) => count(selector, 'remove')), ...keepSelectors.map((selector) => count(selector, 'keep'))];
}

async function cleanIfRuled(): Promise<void> {
  const rule = ruleFor(await loadRules(), location.href);
  if (rule?.autoClean && !isCleaned(document)) clean(rule);
}

export default defineContentScript({
  registration: 'runtime',
  main() {
    const scope = globalThis as Record<symbol, unknown>;
    if (scope[INSTALLED]) return;
    scope[INSTALLED] = true;
    scope[CLEAN_HOOK] = async () => {
      if (!isCleaned(document)) clean(ruleFor(await loadRules(), location.href));
    };
    browser.runtime.onMessage.addListener((request: TabRequest, _sender, sendResponse) => {
      if (!['unspun:clean', 'unspun:restore', 'unspun:clean-state', 'unspun:count-selectors'].includes(request.type)) return false;
      void handle(request).then(sendResponse);
      return true;
    });
    void cleanIfRuled().catch((error: unknown) => console.warn('Unspun: automatic cleanup failed', error));
  },
});
