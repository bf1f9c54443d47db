#!/usr/bin/env node
// `npm run lint:firefox`: the Firefox build through addons-linter, the checks
// addons.mozilla.org runs on submission (manifest keys against the minimum
// version, permissions, CSP, remote code), on the shipped build; the e2e build
// runs in real Firefox in tests/e2e-firefox.
//
// Fails on any error, and on any warning beyond scripts/firefox-lint-baseline.json:
// the "unsafe innerHTML" warnings inside bundled libraries (DOMPurify,
// Readability, Preact), counted per file and message, so that one more in any
// file (ours cannot assign markup at all: eslint.config.js) fails the check.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import linter from 'addons-linter';

const DIR = '.output/firefox-mv3';
const BASELINE = JSON.parse(readFileSync(new URL('./firefox-lint-baseline.json', import.meta.url), 'utf8')).allowed;
/**
 * "chunks/ReaderView-CmXevjan.js" → "chunks/ReaderView.js": the content hash changes with every build. It is 8
 * characters of base64url, so it may hold '-' ("sanitize-CyQr-jNm.js"), which made a build's lint fail by chance.
 */
const stableName = (file) => (file ?? '').replace(/-[A-Za-z0-9_-]{8}(\.js)$/, '$1');

const build = spawnSync('npx', ['wxt', 'build', '-b', 'firefox', '--mv3'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(1);

const instance = linter.createInstance({
  config: {
    _: [DIR],
    logLevel: 'fatal',
    stack: false,
    pretty: false,
    warningsAsErrors: false,
    metadata: false,
    output: 'none',
    boring: false,
    selfHosted: false,
  },
  runAsBinary: false,
});
const results = await instance.run();
const counts = new Map();
for (const warning of results.warnings) {
  const key = `${stableName(warning.file)}|${warning.message}`;
  counts.set(key, [...(counts.get(key) ?? []), warning]);
}
const problems = [...results.errors];
for (const [key, warnings] of counts) {
  if (warnings.length > (BASELINE[key] ?? 0)) problems.push(...warnings.slice(BASELINE[key] ?? 0));
}
for (const problem of problems)
  console.log(`${problem.type} ${problem.code} ${problem.file ?? ''}:${problem.line ?? ''}: ${problem.message}\n  ${problem.description}`);
const allowed = results.warnings.length - (problems.length - results.errors.length);
console.log(
  `addons-linter on ${DIR}: ${results.errors.length} errors, ${results.warnings.length} warnings (${allowed} allowed by scripts/firefox-lint-baseline.json), ${results.notices.length} notices`,
);
process.exit(problems.length ? 1 : 0);
