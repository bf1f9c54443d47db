/**
 * The automatic cleanup's registration: redone on every rule or settings
 * change, it must never leave a moment with the site's script unregistered
 * (a page loading then would not be cleaned). The browser's `scripting` and
 * `permissions` are kept in memory here; storage is wxt's fake browser.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { refreshAutoClean } from '@/entrypoints/background/auto-clean';
import { EVERY_PAGE_SCRIPT_ID, RULES_SCRIPT_ID } from '@/lib/rules/auto-clean-scripts';
import { createRule, DEFAULT_SETTINGS } from '@/lib/rules/model';
import { saveRules } from '@/lib/rules/store';

interface Registered {
  id: string;
  matches?: string[];
}

/** Registered scripts, and every state they went through (what a page load at that moment would have found). */
function fakeScripting(granted: string[]) {
  const scripts = new Map<string, Registered>();
  const states: string[][] = [];
  const note = () => states.push([...scripts.keys()].sort());
  const scripting = {
    getRegisteredContentScripts: async (filter?: { ids?: string[] }) =>
      [...scripts.values()].filter((script) => !filter?.ids || filter.ids.includes(script.id)),
    registerContentScripts: async (added: Registered[]) => {
      for (const script of added) {
        if (scripts.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
        scripts.set(script.id, script);
      }
      note();
    },
    unregisterContentScripts: async ({ ids }: { ids: string[] }) => {
      for (const id of ids) scripts.delete(id);
      note();
    },
    updateContentScripts: async (changed: Registered[]) => {
      for (const script of changed) scripts.set(script.id, { ...scripts.get(script.id), ...script });
      note();
    },
  };
  const permissions = {
    contains: async ({ origins }: { origins: string[] }) => origins.every((origin) => granted.includes(origin)),
  };
  Object.assign(fakeBrowser, { scripting, permissions });
  return { scripts, states };
}

describe('automatic cleanup registration', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps a site’s script registered through a refresh with the same rules, and follows a changed pattern', async () => {
    const { scripts, states } = fakeScripting([
      '*://news.example/*',
      '*://*.news.example/*',
      '*://other.example/*',
      '*://*.other.example/*',
    ]);
    await saveRules([createRule('news.example', { id: 'a' })]);
    await refreshAutoClean();
    expect(scripts.get(RULES_SCRIPT_ID)?.matches).toEqual(['*://news.example/*', '*://*.news.example/*']);

    states.length = 0;
    await refreshAutoClean();
    await saveRules([createRule('other.example', { id: 'a' })]);
    await refreshAutoClean();
    expect(scripts.get(RULES_SCRIPT_ID)?.matches).toEqual(['*://other.example/*', '*://*.other.example/*']);
    // Never a state without the script: no page load could slip through unregistered.
    expect(states.every((state) => state.includes(RULES_SCRIPT_ID))).toBe(true);
  });

  it('switches to the every-page script when the global mode is on and granted, and back', async () => {
    const { scripts } = fakeScripting(['*://news.example/*', '*://*.news.example/*', '*://*/*']);
    await saveRules([createRule('news.example', { id: 'a' })]);
    await refreshAutoClean();
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, autoCleanAboveThreshold: true } });
    await refreshAutoClean();
    expect([...scripts.keys()]).toEqual([EVERY_PAGE_SCRIPT_ID]);
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, autoCleanAboveThreshold: false } });
    await refreshAutoClean();
    expect([...scripts.keys()]).toEqual([RULES_SCRIPT_ID]);
  });

  it('registers nothing for a rule whose site was not granted', async () => {
    const { scripts } = fakeScripting([]);
    await saveRules([createRule('news.example', { id: 'a' })]);
    await refreshAutoClean();
    expect(scripts.size).toBe(0);
  });
});
