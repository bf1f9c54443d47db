/**
 * Least privilege, read off the built manifests that users install: no host
 * permission at install, no permission the README does not document, and a
 * strict content security policy for the extension's own pages.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { test, expect } from './fixtures';

const SHIPPED = {
  chrome: '.output/chrome-mv3/manifest.json',
  firefox: '.output/firefox-mv3/manifest.json',
};

interface Manifest {
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  optional_permissions?: string[];
  content_scripts?: unknown[];
  content_security_policy?: { extension_pages?: string };
  web_accessible_resources?: unknown[];
  externally_connectable?: unknown;
}

/** A build older than the configuration that makes its manifest says nothing about the manifest users get. */
function stale(path: string): boolean {
  const built = statSync(path).mtimeMs;
  return ['wxt.config.ts', 'package.json'].some((source) => statSync(source).mtimeMs > built);
}

function shipped(browser: keyof typeof SHIPPED): Manifest {
  if (!existsSync(SHIPPED[browser]) || stale(SHIPPED[browser])) {
    const args = browser === 'firefox' ? ['wxt', 'build', '-b', 'firefox', '--mv3'] : ['wxt', 'build'];
    // The shipped builds, not the e2e one: UNSPUN_E2E adds 127.0.0.1 and must not leak into them.
    expect(spawnSync('npx', args, { stdio: 'inherit', env: { ...process.env, UNSPUN_E2E: '' } }).status).toBe(0);
  }
  return JSON.parse(readFileSync(SHIPPED[browser], 'utf8')) as Manifest;
}

/** The permissions the README's "Permissions" section names in code spans. */
function documentedPermissions(): Set<string> {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(readme.indexOf('### Permissions'), readme.indexOf('\n## ', readme.indexOf('### Permissions')));
  return new Set([...section.matchAll(/`([^`]+)`/g)].map((match) => match[1]!));
}

/** Directive → sources of a CSP string. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

for (const browser of ['chrome', 'firefox'] as const) {
  test(`the shipped ${browser} manifest: no host permission at install, only documented permissions, a strict CSP`, () => {
    const manifest = shipped(browser);
    const documented = documentedPermissions();
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.content_scripts ?? []).toEqual([]);
    // Nothing a web page can load from us or send messages to: our pages and scripts are reached only from the extension.
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
    expect(manifest.externally_connectable).toBeUndefined();
    for (const permission of [...(manifest.permissions ?? []), ...(manifest.optional_permissions ?? [])])
      expect(documented, `"${permission}" is not in the README's Permissions section`).toContain(permission);
    expect(manifest.optional_host_permissions).toEqual(['*://*/*']);
    expect(documented).toContain('*://*/*');

    const csp = directives(manifest.content_security_policy?.extension_pages ?? '');
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    for (const name of ['object-src', 'base-uri', 'form-action', 'frame-src']) expect(csp.get(name), name).toEqual(["'none'"]);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    // No directive anywhere lets inline code or eval run.
    for (const [name, sources] of csp)
      for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'"])
        expect(sources, `${name} allows ${unsafe}`).not.toContain(unsafe);
  });
}
