import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { COMMANDS } from './entrypoints/background/commands';
import { FIREFOX_MIN_VERSION } from './scripts/oldest-firefox.mjs';

// The end-to-end build may read pages on 127.0.0.1 without the toolbar click,
// because headless Chromium cannot grant activeTab to a popup opened as a tab.
// Shipped builds never set UNSPUN_E2E and keep zero install-time hosts.
const e2e = process.env.UNSPUN_E2E === '1';

export const EXTENSION_PAGES_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
  "connect-src 'self'",
  "media-src 'none'",
  "style-src 'self'",
  'img-src * data: blob:',
].join('; ');

export default defineConfig({
  manifestVersion: 3,
  outDir: e2e ? '.output/e2e' : '.output',
  vite: () => ({
    plugins: [preact({ prefreshEnabled: false, devToolsEnabled: false })],
    // The content script's timings as User Timing measures, for bench:perf (entrypoints/content/timing.ts).
    define: { __UNSPUN_TIMINGS__: JSON.stringify(e2e), __UNSPUN_E2E__: JSON.stringify(e2e) },
  }),
  hooks: {
    // WXT takes the toolbar button's title from the popup's <title>; the button's tooltip is a message of its own.
    'build:manifestGenerated': (_, manifest) => {
      if (manifest.action) manifest.action.default_title = '__MSG_actionTitle__';
    },
  },
  manifest: ({ browser }) => ({
    // The words are in public/_locales/<language>/messages.json; the browser picks its language, else English.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // offscreen: Chrome's analysis host (entrypoints/offscreen), a page of the extension's own; no access to any site.
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus', ...(browser === 'firefox' ? [] : ['offscreen'])],
    commands: COMMANDS,
    optional_host_permissions: ['*://*/*'],
    ...(e2e ? { host_permissions: ['*://127.0.0.1/*'] } : {}),
    // The popup, reader and options pages show untrusted article markup (sanitised by DOMPurify). Should
    // anything slip through, the page still runs only our own scripts and loads nothing but images:
    // no inline code, plugins, frames, forms, <base> or fetches elsewhere (checked in tests/e2e/xss.spec.ts).
    content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // Everything runs locally: Firefox shows "no data collected" at install. New add-ons must
            // declare it, and Firefox reads the key from 140 (ESR 140) and 142 on Android. The Firefox end-to-end
            // tests run on that ESR too (scripts/oldest-firefox.mjs) and check that this is the version they ran.
            gecko: {
              id: 'unspun@unspun.invalid',
              strict_min_version: FIREFOX_MIN_VERSION,
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
