/**
 * A site rule's hiding selectors as a style sheet, so that what the user
 * named is hidden from the first paint, before any script of ours or the
 * page's runs. One style rule per selector: a selector CSS does not know
 * (the procedural ones, `:has-text()` and the like, lib/rules/extended-selector.ts)
 * drops only its own rule, and is hidden by the analysis' hide list instead.
 * Keep selectors win, as in the analysis: an element that is, or holds, a
 * kept one is not hidden (`:is()` forgives a keep selector CSS does not know).
 */
import type { SiteRule } from './model';

/** Characters that could end the selector and start a declaration or another rule (an @import would load from the network). */
const UNSAFE = /[{};@<]|\/\*/;

export function ruleStyleSheet(rule: Pick<SiteRule, 'removeSelectors' | 'keepSelectors'>): string {
  const keep = rule.keepSelectors.filter((selector) => selector.trim() && !UNSAFE.test(selector));
  const unlessKept = keep.length ? `:not(:is(${keep.join(',')})):not(:has(:is(${keep.join(',')})))` : '';
  return rule.removeSelectors
    .filter((selector) => selector.trim() && !UNSAFE.test(selector))
    .map((selector) => `:is(${selector})${unlessKept}{display:none!important}`)
    .join('\n');
}
