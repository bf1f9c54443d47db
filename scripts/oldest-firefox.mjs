#!/usr/bin/env node
// The oldest Firefox the add-on accepts: the manifest's strict_min_version (wxt.config.ts reads it here)
// and the ESR line the Firefox end-to-end tests run on besides the installed, current one.
//
// Run as a script, it makes sure Debian's build of that ESR (with its Polish language pack, for the Polish
// test) is unpacked under ~/.cache/unspun, beside whatever firefox-esr the system has, and prints the
// executable's path: `apt-get download` of the newest 140.x Debian offers, then `dpkg-deb -x`, so the
// system's own Firefox is neither replaced nor downgraded. Node built-ins only: CI runs it before `npm ci`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isExecutable } from './is-executable.mjs';

/** The oldest Firefox the add-on runs on: 140 ESR, the first to read data_collection_permissions. */
export const FIREFOX_MIN_VERSION = '140.0';
export const FIREFOX_MIN_MAJOR = Number.parseInt(FIREFOX_MIN_VERSION, 10);

const cacheHome = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
/** Where this script unpacks Debian's firefox-esr of that line. */
export const OLDEST_FIREFOX_DIR = join(cacheHome, 'unspun', `firefox-esr-${FIREFOX_MIN_MAJOR}`);
export const OLDEST_FIREFOX_BINARY = join(OLDEST_FIREFOX_DIR, 'usr/lib/firefox-esr/firefox-esr');

const output = (command, args, options = {}) => {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  if (result.status !== 0) throw new Error(`${[command, ...args].join(' ')} failed: ${(result.stderr || result.stdout || '').trim()}`);
  return result.stdout;
};

/** The newest firefox-esr version of the line apt knows of, or null. */
function newestOfLine() {
  const versions = output('apt-cache', ['madison', 'firefox-esr'])
    .split('\n')
    .map((line) => line.split('|')[1]?.trim())
    .filter((version) => version?.startsWith(`${FIREFOX_MIN_MAJOR}.`));
  if (versions.length === 0) return null;
  // apt's own comparison, not a string sort: 140.9 < 140.12.
  return versions.reduce((best, version) => (spawnSync('dpkg', ['--compare-versions', version, 'gt', best]).status === 0 ? version : best));
}

function install() {
  let version = newestOfLine();
  if (version === null) {
    // A fresh machine may have no package lists yet.
    const [command, ...args] = [...(process.getuid?.() === 0 ? [] : ['sudo']), 'apt-get', 'update', '-qq'];
    output(command, args);
    version = newestOfLine();
  }
  if (version === null) throw new Error(`Debian offers no firefox-esr ${FIREFOX_MIN_MAJOR}.x (apt-cache madison firefox-esr)`);
  const downloads = mkdtempSync(join(tmpdir(), 'unspun-firefox-'));
  try {
    output('apt-get', ['download', '-qq', `firefox-esr=${version}`, `firefox-esr-l10n-pl=${version}`], { cwd: downloads });
    // Unpacked beside the final place and moved in one step, so that an interrupted run leaves nothing half-made.
    const unpacked = `${OLDEST_FIREFOX_DIR}.partial`;
    rmSync(unpacked, { recursive: true, force: true });
    mkdirSync(unpacked, { recursive: true });
    for (const deb of readdirSync(downloads).filter((name) => name.endsWith('.deb')))
      output('dpkg-deb', ['-x', join(downloads, deb), unpacked]);
    rmSync(OLDEST_FIREFOX_DIR, { recursive: true, force: true });
    renameSync(unpacked, OLDEST_FIREFOX_DIR);
  } finally {
    rmSync(downloads, { recursive: true, force: true });
  }
  if (!isExecutable(OLDEST_FIREFOX_BINARY))
    throw new Error(`no executable at ${OLDEST_FIREFOX_BINARY} after unpacking firefox-esr ${version}`);
  process.stderr.write(`Unpacked Debian's firefox-esr ${version} into ${OLDEST_FIREFOX_DIR}\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    if (!isExecutable(OLDEST_FIREFOX_BINARY)) install();
    process.stdout.write(`${OLDEST_FIREFOX_BINARY}\n`);
  } catch (error) {
    process.stderr.write(`Could not get Firefox ${FIREFOX_MIN_MAJOR} ESR: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
