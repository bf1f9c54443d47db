// Finds the browsers the end-to-end tests and benchmarks drive, in one place, so
// that `npm test`, the Playwright fixtures and the benchmarks agree on which
// binary runs, and a machine without one gets one clear line instead of a
// dozen "executable doesn't exist" stack traces.
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { FIREFOX_MIN_MAJOR, OLDEST_FIREFOX_BINARY } from './oldest-firefox.mjs';
import { isExecutable } from './is-executable.mjs';

/** The first of `names` on PATH, or null. */
const onPath = (names) => {
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const name of names)
    for (const dir of dirs) {
      const path = join(dir, name);
      if (isExecutable(path)) return path;
    }
  return null;
};

/**
 * Playwright's own Chromium, where `npx playwright install chromium` put it.
 * playwright-core reports the path it would use whether or not it was downloaded.
 */
async function playwrightChromium() {
  try {
    const { chromium } = await import('@playwright/test');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

/** Headless Chromium without the background connections this machine's closed network refuses. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const CHROMIUM_HELP =
  'No Chromium or Chrome found for the end-to-end tests: install one (Debian/Ubuntu: `sudo apt-get install chromium`; ' +
  'elsewhere: `npx playwright install chromium`) or point CHROMIUM_PATH at its executable.';

export const FIREFOX_HELP =
  'No Firefox found for the Firefox end-to-end tests: install Firefox 140 or later (Debian: `sudo apt-get install firefox-esr`) ' +
  'or point FIREFOX_PATH at its executable.';

/**
 * Chromium for the tests: $CHROMIUM_PATH, then /usr/bin/chromium, then
 * chromium, chromium-browser, google-chrome on PATH, then Playwright's own.
 * @returns {Promise<{ path: string, source: string } | { path: null, problem: string }>}
 */
export async function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    // A path the user named that does not work is their mistake to hear about, not to be replaced silently.
    return isExecutable(fromEnv)
      ? { path: fromEnv, source: 'CHROMIUM_PATH' }
      : { path: null, problem: `CHROMIUM_PATH=${fromEnv} is not an executable file. ${CHROMIUM_HELP}` };
  }
  if (isExecutable('/usr/bin/chromium')) return { path: '/usr/bin/chromium', source: 'Debian' };
  const named = onPath(['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']);
  if (named) return { path: named, source: 'PATH' };
  const own = await playwrightChromium();
  if (own) return { path: own, source: 'Playwright' };
  return { path: null, problem: CHROMIUM_HELP };
}

/**
 * Firefox for the tests: $FIREFOX_PATH, then firefox-esr and firefox on PATH.
 * @returns {Promise<{ path: string, source: string } | { path: null, problem: string }>}
 */
export async function findFirefox() {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) {
    return isExecutable(fromEnv)
      ? { path: fromEnv, source: 'FIREFOX_PATH' }
      : { path: null, problem: `FIREFOX_PATH=${fromEnv} is not an executable file. ${FIREFOX_HELP}` };
  }
  const named = onPath(['firefox-esr', 'firefox']);
  return named ? { path: named, source: 'PATH' } : { path: null, problem: FIREFOX_HELP };
}

export const OLDEST_FIREFOX_HELP =
  `Firefox ${FIREFOX_MIN_MAJOR} ESR, the oldest the manifest accepts (strict_min_version), is not installed for the tests: ` +
  "`node scripts/oldest-firefox.mjs` unpacks Debian's into ~/.cache/unspun (CI does), or point FIREFOX_OLDEST_PATH at one.";

/**
 * The oldest Firefox the add-on accepts, tested besides the current one: $FIREFOX_OLDEST_PATH, then the one
 * scripts/oldest-firefox.mjs unpacked. Set, the variable makes it required (CI sets it): empty or wrong, it
 * is a problem to report, not a run to skip.
 * @returns {Promise<{ path: string, source: string } | { path: null, problem: string, required: boolean }>}
 */
export async function findOldestFirefox() {
  const fromEnv = process.env.FIREFOX_OLDEST_PATH;
  if (fromEnv !== undefined) {
    return isExecutable(fromEnv)
      ? { path: fromEnv, source: 'FIREFOX_OLDEST_PATH' }
      : { path: null, problem: `FIREFOX_OLDEST_PATH=${fromEnv} is not an executable file. ${OLDEST_FIREFOX_HELP}`, required: true };
  }
  return isExecutable(OLDEST_FIREFOX_BINARY)
    ? { path: OLDEST_FIREFOX_BINARY, source: 'scripts/oldest-firefox.mjs' }
    : { path: null, problem: OLDEST_FIREFOX_HELP, required: false };
}
