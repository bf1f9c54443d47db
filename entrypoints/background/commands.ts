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

const MENU_TITLES: Record<CommandName, MessageKey> = {
  'open-reader': 'menuOpenReader',
  'toggle-clean': 'menuToggleClean',
};

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
  browser.runtime.onInstalled.addListener(() => {
    void browser.contextMenus.removeAll().then(() => {
      for (const [id, title] of Object.entries(MENU_TITLES)) browser.contextMenus.create({ id, title: t(title), contexts: ['page'] });
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (tab?.id !== undefined && String(info.menuItemId) in COMMANDS) void runCommand(info.menuItemId as CommandName, tab.id, handle);
  });
}
