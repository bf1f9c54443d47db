#!/usr/bin/env node
// `npm run lint:firefox`: the Firefox build through addons-linter, the checks
// addons.mozilla.org runs on submission (manifest keys against the minimum
// version, permissions, CSP, remote code). We cannot launch Firefox here, so
// this is how the Firefox build is tested at all.
//
// Fails on any error or warning, except "unsafe innerHTML assignment" inside
// bundled libraries (DOMPurify, Readability, Preact): our own code cannot
// assign markup at all (ESLint no-restricted-syntax in eslint.config.mjs).
import { spawnSync } from 'node:child_process';
import linter from 'addons-linter';

const DIR = '.output/firefox-mv3';
const VENDOR_ONLY = new Set(['UNSAFE_VAR_ASSIGNMENT']);

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
const problems = [...results.errors, ...results.warnings.filter((warning) => !VENDOR_ONLY.has(warning.code))];
const allowed = results.warnings.length - (problems.length - results.errors.length);
for (const problem of problems)
  console.log(`${problem.type} ${problem.code} ${problem.file ?? ''}: ${problem.message}\n  ${problem.description}`);
console.log(
  `addons-linter on ${DIR}: ${results.errors.length} errors, ${results.warnings.length} warnings (${allowed} in bundled libraries, allowed), ${results.notices.length} notices`,
);
process.exit(problems.length ? 1 : 0);
