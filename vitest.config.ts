import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

export default defineConfig({
  // Resolves @/ imports and wxt's auto-imports the way the extension build does.
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    // DOMPurify does not sanitise under happy-dom; jsdom is the faithful DOM here.
    environment: 'jsdom',
    // browser.i18n answers from public/_locales (English unless a test picks another language).
    setupFiles: ['tests/unit/i18n/setup.ts'],
    testTimeout: 30_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/unit.json' },
  },
});
