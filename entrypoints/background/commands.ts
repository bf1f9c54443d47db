/**
 * Keyboard commands and context-menu entries: open the reader on the current
 * tab, clean it or show it as it was. Both grant activeTab for that tab, as
 * the toolbar click does; the shortcuts can be changed in the browser's
 * shortcut settings (chrome://extensions/shortcuts, about:addons).
 */
import type { PageRequest, PageResponses } from '@/lib/messages';
// Relative: wxt.config.ts reads COMMANDS before the @/ alias exists.
import { t, type MessageKey } from '../../components/i18n';

/** The descriptions are the message files' words (public/_locales), which the browser puts in its shortcut settings. */
export const COMMANDS = {
  'open-reader': { suggested_key: { default: 'Alt+Shift+U' }, description: '__MSG_commandOpenReader__' },
  'toggle-clean': { suggested_key: { default: 'Alt+Shift+K' }, description: '__MSG_commandToggleClean__' },
} as const;
export type CommandName = keyof typeof COMMANDS;

/** The context-menu entries, on any page: each runs the command of the same name. */
export const MENU_ENTRIES: readonly { id: CommandName; title: MessageKey; contexts: ['page'] }[] = [
  { id: 'open-reader', title: 'menuOpenReader', contexts: ['page'] },
  { id: 'toggle-clean', title: 'menuToggleClean', contexts: ['page'] },
];

declare const __UNSPUN_E2E__: boolean;

type Handle = <T extends PageRequest>(request: T) => Promise<PageResponses[T['type']]>;

/** Runs a command on a tab; the answer says what happened, for the badge title and the tests. */
export async function runCommand(name: CommandName, tabId: number, handle: Handle): Promise<string> {
  if (name === 'open-reader') {
    await browser.tabs.create({ url: browser.runtime.getURL(`/reader.html?tabId=${tabId}`) });
    return 'reader opened';
  }
  const state = await handle({ type: 'clean-state', tabId });
  if (!state.ok) return state.error;
  const changed = await handle({ type: state.value.cleaned ? 'restore-tab' : 'clean-tab', tabId });
  if (!changed.ok) return changed.error;
  return changed.value.cleaned ? 'cleaned' : 'restored';
}

async function activeTab(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export function startCommands(handle: Handle): void {
  browser.commands.onCommand.addListener((name) => {
    if (!(name in COMMANDS)) return;
    void activeTab().then((tabId) => {
      if (tabId !== null) void runCommand(name as CommandName, tabId, handle);
    });
  });
  // What the end-to-end build lets its tests see of the menu (headless Chromium shows none, so none can be clicked).
  const made: { id: string; title: string; contexts: string[] }[] = [];
  browser.runtime.onInstalled.addListener(() => {
    void browser.contextMenus.removeAll().then(() => {
      for (const { id, title, contexts } of MENU_ENTRIES) {
        const entry = { id, title: t(title), contexts };
        browser.contextMenus.create(entry, () => {
          if (browser.runtime.lastError) console.warn('Unspun: could not add a menu entry', id, browser.runtime.lastError.message);
          else made.push(entry);
        });
      }
    });
  });
  /** The menu's click, on the tab it was used on; the answer as runCommand's, null where it is not ours or has no tab. */
  const menuClicked = (info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab): Promise<string | null> =>
    tab?.id !== undefined && String(info.menuItemId) in COMMANDS
      ? runCommand(info.menuItemId as CommandName, tab.id, handle)
      : Promise.resolve(null);
  browser.contextMenus.onClicked.addListener((info, tab) => void menuClicked(info, tab));
  if (__UNSPUN_E2E__)
    (globalThis as { unspunMenu?: unknown }).unspunMenu = {
      made,
      // The listener above, called with the tab as the browser would pass it, and what the browser would say was clicked.
      click: async (menuItemId: string, tabId: number) => {
        const tab = await browser.tabs.get(tabId);
        return menuClicked({ menuItemId, editable: false, pageUrl: tab.url, frameId: 0 }, tab);
      },
    };
}
