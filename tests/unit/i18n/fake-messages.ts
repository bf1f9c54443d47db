/**
 * browser.i18n.getMessage as Chrome and Firefox answer it, read from the
 * extension's own message files (public/_locales), for unit tests: named
 * placeholders, their `$1`…`$9` contents, `$$` for a dollar sign, and the
 * predefined @@ui_locale and @@bidi_dir. English unless a test picks
 * another language with useMessages().
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fakeBrowser } from 'wxt/testing';

export interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type MessageFile = Record<string, MessageEntry>;

const LOCALES_DIR = join(import.meta.dirname, '../../../public/_locales');

export const LOCALES: readonly string[] = readdirSync(LOCALES_DIR);

export function messageFile(locale: string): MessageFile {
  return JSON.parse(readFileSync(join(LOCALES_DIR, locale, 'messages.json'), 'utf8')) as MessageFile;
}

const RTL = new Set(['ar', 'he', 'fa', 'ur']);

/** The message as the browser builds it. */
export function formatMessage(entry: MessageEntry, substitutions: readonly string[] = []): string {
  const fill = (text: string) => text.replace(/\$(\d)/g, (_, digit: string) => substitutions[Number(digit) - 1] ?? '');
  return entry.message
    .replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
      const placeholder = Object.entries(entry.placeholders ?? {}).find(([key]) => key.toLowerCase() === name.toLowerCase());
      return placeholder ? fill(placeholder[1].content) : whole;
    })
    .replace(/\$\$/g, '$');
}

/** Makes browser.i18n answer as a browser whose language is `uiLocale` would, with the file of `locale` (falling back to English). */
export function useMessages(locale = 'en', uiLocale = locale): void {
  const files = [messageFile(locale), messageFile('en')];
  fakeBrowser.i18n.getMessage = ((key: string, substitutions?: string | string[]) => {
    if (key === '@@ui_locale') return uiLocale;
    if (key === '@@bidi_dir') return RTL.has(uiLocale.split(/[-_]/)[0]!) ? 'rtl' : 'ltr';
    const entry = files.map((file) => file[key]).find(Boolean);
    if (!entry) return '';
    return formatMessage(entry, typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []));
  }) as typeof fakeBrowser.i18n.getMessage;
}
