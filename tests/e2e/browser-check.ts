import { findChromium } from '../../scripts/find-browser.mjs';

/**
 * Playwright's global setup: without a browser, one line saying how to get
 * one (and no stack trace) instead of a failure per test.
 */
export default async function browserCheck(): Promise<void> {
  const browser = await findChromium();
  if (browser.path !== null) return;
  console.error(browser.problem);
  process.exit(1);
}
