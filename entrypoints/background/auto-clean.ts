/**
 * Automatic cleanup: registers the cleanup content script for exactly the
 * patterns of enabled auto-clean rules whose host permission the user has
 * granted, and for every page when "clean machine-translated pages" is on
 * (which needs the all-sites permission). What to register is worked out
 * from scratch on browser start, on rule or settings changes and when the
 * user grants or revokes a permission, so it can never drift from the rules.
 */
import { checkPattern } from '@/lib/rules/patterns';
import { ruleStyleSheet } from '@/lib/rules/rule-css';
import type { SiteRule } from '@/lib/rules/model';
import { EVERY_PAGE_SCRIPT_ID, RULES_SCRIPT_ID } from '@/lib/rules/auto-clean-scripts';
import { autoCleanSetupItem, loadRules, loadSettings, watchRulesAndSettings } from '@/lib/rules/store';

export const ALL_SITES = ['*://*/*'];

/** The rules that should clean on their own and may, with their match patterns. */
async function autoCleanRules(): Promise<Array<{ rule: SiteRule; matchPatterns: string[] }>> {
  const found = [];
  for (const rule of await loadRules()) {
    if (!rule.enabled || !rule.autoClean) continue;
    const check = checkPattern(rule.pattern);
    if (!check.ok) continue;
    if (await browser.permissions.contains({ origins: check.matchPatterns })) found.push({ rule, matchPatterns: check.matchPatterns });
  }
  return found;
}

async function register(): Promise<void> {
  const settings = await loadSettings();
  const rules = await autoCleanRules();
  const everyPage = settings.autoCleanAboveThreshold && (await browser.permissions.contains({ origins: ALL_SITES }));
  // Read by the content script at document_start, before the registration below can start it.
  await autoCleanSetupItem.setValue({ sites: rules.map(({ rule }) => ({ pattern: rule.pattern, css: ruleStyleSheet(rule) })), everyPage });
  // The same small script either way (content.ts): at document_start it hides a rule's selectors by CSS;
  // once the DOM is parsed it sends a snapshot, and the analysis host answers with what to hide.
  const script = { js: ['/content-scripts/content.js'], runAt: 'document_start' as const, persistAcrossSessions: false };
  const wanted: Parameters<typeof browser.scripting.registerContentScripts>[0] = [];
  if (everyPage) {
    // Every page is analysed, and cleaned when its score is high enough.
    wanted.push({ ...script, id: EVERY_PAGE_SCRIPT_ID, matches: ALL_SITES });
  } else {
    const matches = [...new Set(rules.flatMap((entry) => entry.matchPatterns))];
    if (matches.length) wanted.push({ ...script, id: RULES_SCRIPT_ID, matches });
  }
  // A script that stays is updated in place, never unregistered and registered again: a page loading in
  // between would not be cleaned (seen in CI: a refresh of unchanged rules raced a page load).
  const existing = new Set(
    (await browser.scripting.getRegisteredContentScripts({ ids: [RULES_SCRIPT_ID, EVERY_PAGE_SCRIPT_ID] })).map((found) => found.id),
  );
  const stale = [...existing].filter((id) => !wanted.some((entry) => entry.id === id));
  if (stale.length) await browser.scripting.unregisterContentScripts({ ids: stale });
  const kept = wanted.filter((entry) => existing.has(entry.id));
  if (kept.length) await browser.scripting.updateContentScripts(kept);
  const added = wanted.filter((entry) => !existing.has(entry.id));
  if (added.length) await browser.scripting.registerContentScripts(added);
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
