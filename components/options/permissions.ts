/** Optional host permissions per rule: asked for when the user saves or clicks "Grant". */
import { checkPattern } from '@/lib/rules/patterns';
import type { SiteRule } from '@/lib/rules/model';

export function originsOf(rule: Pick<SiteRule, 'pattern'>): string[] {
  const check = checkPattern(rule.pattern);
  return check.ok ? check.matchPatterns : [];
}

/**
 * Must be the first thing a click handler awaits: browsers only show the
 * prompt inside the user's gesture. Resolves false when refused or failing.
 */
export function requestSitePermission(rule: Pick<SiteRule, 'pattern'>): Promise<boolean> {
  const origins = originsOf(rule);
  if (origins.length === 0) return Promise.resolve(false);
  return browser.permissions.request({ origins }).catch(() => false);
}

export async function hasSitePermission(rule: Pick<SiteRule, 'pattern'>): Promise<boolean> {
  const origins = originsOf(rule);
  if (origins.length === 0) return false;
  return browser.permissions.contains({ origins }).catch(() => false);
}
