import { findFirefox } from '../../scripts/find-browser.mjs';

/**
 * Vitest's global setup for the Firefox suite: without Firefox, one line
 * saying how to get one (and no stack trace) instead of a failure per file.
 */
export default async function browserCheck(): Promise<void> {
  const browser = await findFirefox();
  if (browser.path !== null) return;
  console.error(browser.problem);
  process.exit(1);
}
