import { afterEach, describe, expect, it, vi } from 'vitest';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium, findFirefox, findOldestFirefox } from '../../../scripts/find-browser.mjs';

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
});

/** An executable file named `name` in a fresh folder. */
function fakeBinary(name: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'unspun-browser-')), name);
  writeFileSync(path, '#!/bin/sh\n');
  chmodSync(path, 0o755);
  return path;
}

describe('finding a browser for the end-to-end tests', () => {
  it('uses CHROMIUM_PATH when it names an executable', async () => {
    const path = fakeBinary('my-chrome');
    process.env.CHROMIUM_PATH = path;
    expect(await findChromium()).toEqual({ path, source: 'CHROMIUM_PATH' });
  });

  it('says what is wrong, and how to get a browser, when CHROMIUM_PATH names nothing', async () => {
    process.env.CHROMIUM_PATH = '/nowhere/chromium';
    const found = await findChromium();
    expect(found.path).toBeNull();
    const problem = 'problem' in found ? found.problem : '';
    expect(problem).toContain('CHROMIUM_PATH=/nowhere/chromium');
    expect(problem).toMatch(/apt-get install chromium/);
    expect(problem).toMatch(/npx playwright install chromium/);
    expect(problem.split('\n')).toHaveLength(1);
  });

  it('finds Firefox on PATH under its ESR name', async () => {
    delete process.env.FIREFOX_PATH;
    const path = fakeBinary('firefox-esr');
    process.env.PATH = join(path, '..');
    expect(await findFirefox()).toEqual({ path, source: 'PATH' });
  });

  it('without any Firefox, gives one line saying how to install one', async () => {
    delete process.env.FIREFOX_PATH;
    process.env.PATH = mkdtempSync(join(tmpdir(), 'unspun-empty-'));
    const found = await findFirefox();
    expect(found.path).toBeNull();
    expect('problem' in found && found.problem).toMatch(/^No Firefox found.*apt-get install firefox-esr/);
  });

  it('uses FIREFOX_OLDEST_PATH for the oldest Firefox the manifest accepts', async () => {
    const path = fakeBinary('firefox-esr');
    process.env.FIREFOX_OLDEST_PATH = path;
    expect(await findOldestFirefox()).toEqual({ path, source: 'FIREFOX_OLDEST_PATH' });
  });

  it('where FIREFOX_OLDEST_PATH is set but names nothing (CI could not install it), that Firefox is required and the line says how to get it', async () => {
    process.env.FIREFOX_OLDEST_PATH = '';
    const found = await findOldestFirefox();
    expect(found).toMatchObject({ path: null, required: true });
    expect('problem' in found && found.problem).toMatch(
      /^FIREFOX_OLDEST_PATH= is not an executable file\. Firefox 140 ESR.*node scripts\/oldest-firefox\.mjs/,
    );
  });

  it('without FIREFOX_OLDEST_PATH, looks where scripts/oldest-firefox.mjs unpacks it, and is not required', async () => {
    delete process.env.FIREFOX_OLDEST_PATH;
    process.env.XDG_CACHE_HOME = mkdtempSync(join(tmpdir(), 'unspun-cache-'));
    vi.resetModules();
    const { findOldestFirefox: fresh } = await import('../../../scripts/find-browser.mjs');
    expect(await fresh()).toMatchObject({ path: null, required: false });
    const path = join(process.env.XDG_CACHE_HOME, 'unspun/firefox-esr-140/usr/lib/firefox-esr/firefox-esr');
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, '#!/bin/sh\n');
    chmodSync(path, 0o755);
    expect(await fresh()).toEqual({ path, source: 'scripts/oldest-firefox.mjs' });
  });
});
