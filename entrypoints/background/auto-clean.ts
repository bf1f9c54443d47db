/**
 * Automatic cleanup: registers the cleanup content script for exactly the
 * patterns of enabled auto-clean rules whose host permission the user has
 * granted, and for every page when "clean machine-translated pages" is on
 * (which needs the all-sites permission). Registration is redone from
 * scratch on browser start, on rule or settings changes and when the user
 * grants or revokes a permission, so it can never drift from the rules.
 */
import { checkPattern } from '@/lib/rules/patterns';
import { loadRules, loadSettings, watchRulesAndSettings } from '@/lib/rules/store';

const RULES_SCRIPT_ID = 'unspun-auto-clean';
const THRESHOLD_SCRIPT_ID = 'unspun-auto-clean-mt';
export const ALL_SITES = ['*://*/*'];

/** The match patterns of rules that should clean on their own and may. */
export async function autoCleanPatterns(): Promise<string[]> {
  const patterns = new Set<string>();
  for (const rule of await loadRules()) {
    if (!rule.enabled || !rule.autoClean) continue;
    const check = checkPattern(rule.pattern);
    if (!check.ok) continue;
    if (await browser.permissions.contains({ origins: check.matchPatterns }))
      check.matchPatterns.forEach((pattern) => patterns.add(pattern));
  }
  return [...patterns];
}

async function register(): Promise<void> {
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [RULES_SCRIPT_ID, THRESHOLD_SCRIPT_ID] });
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: existing.map((script) => script.id) });
  const scripts: Parameters<typeof browser.scripting.registerContentScripts>[0] = [];
  const settings = await loadSettings();
  if (settings.autoCleanAboveThreshold && (await browser.permissions.contains({ origins: ALL_SITES }))) {
    // Every page is analysed, and cleaned when its score is high enough (report.content.ts).
    scripts.push({
      id: THRESHOLD_SCRIPT_ID,
      matches: ALL_SITES,
      js: ['/content-scripts/content.js', '/content-scripts/report.js'],
      runAt: 'document_idle',
      persistAcrossSessions: false,
    });
  } else {
    const matches = await autoCleanPatterns();
    if (matches.length)
      scripts.push({
        id: RULES_SCRIPT_ID,
        matches,
        js: ['/content-scripts/content.js'],
        runAt: 'document_idle',
        persistAcrossSessions: false,
      });
  }
  if (scripts.length) await browser.scripting.registerContentScripts(scripts);
}

let queue: Promise<void> = Promise.resolve();

/** Re-registers, one run at a time (events can arrive in bursts). */
export function refreshAutoClean(): Promise<void> {
  queue = queue.then(register).catch((error: unknown) => console.error('Unspun: could not register automatic cleanup', error));
  return queue;
}

export function startAutoClean(): void {
  browser.runtime.onStartup.addListener(() => void refreshAutoClean());
  browser.runtime.onInstalled.addListener(() => void refreshAutoClean());
  browser.permissions.onAdded.addListener(() => void refreshAutoClean());
  browser.permissions.onRemoved.addListener(() => void refreshAutoClean());
  watchRulesAndSettings(() => void refreshAutoClean());
  void refreshAutoClean();
}
