import { defineConfig } from 'vitest/config';

// The Firefox end-to-end tests (tests/e2e-firefox): Node drives real Firefox
// over WebDriver BiDi (puppeteer-core) with the e2e build installed. One file
// at a time, one Firefox per file: these machines have two shared cores, and
// Firefox alone can take half a minute to start on them.
export default defineConfig({
  test: {
    include: ['tests/e2e-firefox/**/*.test.ts'],
    globalSetup: ['tests/e2e-firefox/browser-check.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/firefox-e2e.json' },
  },
});
