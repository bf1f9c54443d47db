#!/usr/bin/env node
// `npm test`: type check, lint and format check, unit tests (vitest), the Firefox build through
// addons-linter, then the extension built and tested end to end in Chromium (Playwright) and in Firefox
// (puppeteer-core over WebDriver BiDi, run by vitest): the installed Firefox, and the oldest the manifest
// accepts (140 ESR) where scripts/oldest-firefox.mjs has unpacked it. Every suite runs even if an
// earlier one failed; the last line is the total, `N passed, N failed`,
// which CI reads (it does not parse vitest's or Playwright's own output).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { findChromium, findFirefox, findOldestFirefox } from './find-browser.mjs';
import { FIREFOX_MIN_MAJOR } from './oldest-firefox.mjs';

const results = [];
const run = (name, command, args, env = {}) => {
  process.stdout.write(`\n=== ${name}: ${[command, ...args].join(' ')}\n`);
  const { status } = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return status === 0;
};
const readJson = (path) => {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
};

rmSync('test-results', { recursive: true, force: true });
mkdirSync('test-results', { recursive: true });

// Type check: one check, counted as one test.
const typesOk = run('typecheck', 'npx', ['tsc', '--noEmit']);
results.push({ suite: 'typecheck', passed: typesOk ? 1 : 0, failed: typesOk ? 0 : 1 });

// Lint and format: one check, counted as one test.
const lintOk = run('lint', 'npm', ['run', '-s', 'lint']);
results.push({ suite: 'lint', passed: lintOk ? 1 : 0, failed: lintOk ? 0 : 1 });

/** A vitest run's counts from its JSON report; a file that fails to load has no tests and counts as one failure. */
const vitestCounts = (suite, ok, report) => {
  if (!report) return { suite, passed: 0, failed: 1 };
  const brokenFiles = report.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0).length;
  const failed = report.numFailedTests + brokenFiles;
  return { suite, passed: report.numPassedTests, failed: failed || (ok ? 0 : 1) };
};

const unitOk = run('unit', 'npx', ['vitest', 'run']);
results.push(vitestCounts('unit', unitOk, readJson('test-results/unit.json')));

// The shipped Firefox build, checked as addons.mozilla.org checks it. One check.
const firefoxOk = run('firefox', 'npm', ['run', '-s', 'lint:firefox']);
results.push({ suite: 'firefox', passed: firefoxOk ? 1 : 0, failed: firefoxOk ? 0 : 1 });

const built = run('build', 'npm', ['run', '-s', 'build']) && run('build (e2e)', 'npx', ['wxt', 'build'], { UNSPUN_E2E: '1' });
// Asked before Playwright starts, so that a machine without a browser gets one line saying how to get one,
// not a stack trace per test.
const chromium = await findChromium();
if (!built) results.push({ suite: 'build', passed: 0, failed: 1 });
else if (chromium.path === null) {
  process.stdout.write(`\n=== e2e (Chromium): not run\n${chromium.problem}\n`);
  results.push({ suite: 'e2e', passed: 0, failed: 1, problem: chromium.problem });
} else {
  process.stdout.write(`\n(Chromium for the e2e tests: ${chromium.path}, found by ${chromium.source})\n`);
  const e2eOk = run('e2e', 'npx', ['playwright', 'test']);
  const e2e = readJson('test-results/e2e.json');
  const stats = e2e?.stats;
  if (stats) {
    const failed = stats.unexpected + (stats.flaky ?? 0);
    results.push({ suite: 'e2e', passed: stats.expected, failed: failed || (e2eOk ? 0 : 1) });
  } else results.push({ suite: 'e2e', passed: 0, failed: 1 });
}

// The Firefox e2e build installed in real Firefox: its own build (.output/e2e/firefox-mv3), and like Chromium,
// without a browser one line saying how to get one.
const firefoxBuilt = run('build (Firefox e2e)', 'npx', ['wxt', 'build', '-b', 'firefox', '--mv3'], { UNSPUN_E2E: '1' });
const firefox = await findFirefox();
if (!firefoxBuilt) results.push({ suite: 'build (Firefox e2e)', passed: 0, failed: 1 });
else if (firefox.path === null) {
  process.stdout.write(`\n=== e2e (Firefox): not run\n${firefox.problem}\n`);
  results.push({ suite: 'e2e (Firefox)', passed: 0, failed: 1, problem: firefox.problem });
} else {
  process.stdout.write(`\n(Firefox for the e2e tests: ${firefox.path}, found by ${firefox.source})\n`);
  const firefoxE2eOk = run('e2e (Firefox)', 'npx', ['vitest', 'run', '--config', 'vitest.firefox.config.ts']);
  results.push(vitestCounts('e2e (Firefox)', firefoxE2eOk, readJson('test-results/firefox-e2e.json')));
}

// The same suite again on the oldest Firefox the manifest accepts (140 ESR), which the tests check it is.
// Where it is not installed and not asked for (a developer's machine), a note, not a failure; CI asks for it.
const oldest = await findOldestFirefox();
const oldestSuite = `e2e (Firefox ${FIREFOX_MIN_MAJOR})`;
if (!firefoxBuilt) {
  // Already counted above.
} else if (oldest.path !== null) {
  process.stdout.write(`\n(Firefox ${FIREFOX_MIN_MAJOR} ESR for the e2e tests: ${oldest.path}, found by ${oldest.source})\n`);
  const report = 'test-results/firefox-oldest-e2e.json';
  const oldestOk = run(oldestSuite, 'npx', ['vitest', 'run', '--config', 'vitest.firefox.config.ts', `--outputFile.json=${report}`], {
    FIREFOX_PATH: oldest.path,
    UNSPUN_FIREFOX_OLDEST: '1',
  });
  results.push(vitestCounts(oldestSuite, oldestOk, readJson(report)));
} else if (oldest.required) {
  process.stdout.write(`\n=== ${oldestSuite}: not run\n${oldest.problem}\n`);
  results.push({ suite: oldestSuite, passed: 0, failed: 1, problem: oldest.problem });
} else process.stdout.write(`\n=== ${oldestSuite}: not run (not counted)\n${oldest.problem}\n`);

const passed = results.reduce((sum, result) => sum + result.passed, 0);
const failed = results.reduce((sum, result) => sum + result.failed, 0);
writeFileSync('test-results/summary.json', `${JSON.stringify({ passed, failed, suites: results }, null, 2)}\n`);
process.stdout.write(`\n${results.map((result) => `${result.suite}: ${result.passed} passed, ${result.failed} failed`).join('\n')}\n`);
for (const { problem } of results.filter((result) => result.problem)) process.stdout.write(`${problem}\n`);
process.stdout.write(`${passed} passed, ${failed} failed\n`);
process.exit(failed === 0 ? 0 : 1);
