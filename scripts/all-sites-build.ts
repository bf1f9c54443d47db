/**
 * A copy of an extension build whose manifest holds the all-sites permission
 * from install: what a user grants when turning on "Clean every page that
 * looks machine-translated" (the options page asks for it, and no automation
 * can answer the browser's prompt). Used by the end-to-end test of that mode
 * and by `bench:perf --mode global`; shipped builds never hold it.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function withAllSites(directory: string): string {
  const copy = mkdtempSync(join(tmpdir(), 'unspun-all-sites-build-'));
  cpSync(directory, copy, { recursive: true });
  const manifestPath = join(copy, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { host_permissions?: string[] };
  manifest.host_permissions = [...new Set([...(manifest.host_permissions ?? []), '*://*/*'])];
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return copy;
}
