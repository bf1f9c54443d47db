/**
 * In-page cleanup: finds the boilerplate of a live page (lib/boilerplate/classify.ts)
 * and hides it reversibly (lib/boilerplate/hidden.ts, which says how).
 */
import type { BoilerplateKind, RemovedBlock } from '../report';
import { BOILERPLATE_KINDS } from '../report';
import { findBoilerplate, describeMatch, type BoilerplateMatch, type BoilerplateOptions } from './classify';
import { hideElement, isHiddenByUs } from './hidden';

/**
 * Kinds the in-page cleanup leaves alone unless asked: site navigation stays
 * usable, and bylines, credits, notices and paywalls are the page's business
 * (the reader drops them from its own copy), as are contact blocks and the
 * social posts an author chose to embed.
 */
const KEPT_ON_THE_PAGE: readonly BoilerplateKind[] = [
  'navigation',
  'paywall',
  'credit',
  'article-meta',
  'legal',
  'contact',
  'embed',
  'site-rule',
];

/** Kinds hidden unless asked otherwise (site-rule blocks are always hidden). */
export const DEFAULT_CLEANUP_KINDS: readonly BoilerplateKind[] = BOILERPLATE_KINDS.filter((kind) => !KEPT_ON_THE_PAGE.includes(kind));

export interface CleanupOptions extends BoilerplateOptions {
  kinds?: readonly BoilerplateKind[];
}

export interface CleanupResult {
  /** Elements newly hidden by this call. */
  hidden: number;
  blocks: RemovedBlock[];
}

export function cleanupPage(doc: Document, options: CleanupOptions = {}): CleanupResult {
  return hideMatches(findBoilerplate(doc, { ...options, kinds: options.kinds ?? DEFAULT_CLEANUP_KINDS }));
}

/** Marks the matches hidden (skipping what is hidden already). */
export function hideMatches(matches: readonly BoilerplateMatch[]): CleanupResult {
  let hidden = 0;
  const blocks: RemovedBlock[] = [];
  for (const match of matches) {
    if (isHiddenByUs(match.element)) continue;
    blocks.push(describeMatch(match));
    hideElement(match.element, match.kind);
    hidden++;
  }
  return { hidden, blocks };
}
