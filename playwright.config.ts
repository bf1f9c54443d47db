import { defineConfig } from '@playwright/test';

// End-to-end tests load the built extension (.output/e2e/chrome-mv3, built by
// `npm run test:e2e`) into Chromium (found by scripts/find-browser.mjs); see tests/e2e/fixtures.ts.
export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/browser-check.ts',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  // One browser at a time: these machines have two cores.
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
});
