import { afterEach, describe, expect, it } from 'vitest';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium, findFirefox } from '../../../scripts/find-browser.mjs';

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
});
