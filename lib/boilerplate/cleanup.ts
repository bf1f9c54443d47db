/**
 * In-page cleanup: hides the boilerplate of the live page reversibly. Nodes
 * are never removed or moved; cleanup only adds its own marker attribute and
 * one <style> element, and restore takes exactly those away again.
 */
import type { BoilerplateKind, RemovedBlock } from '../report';
import { BOILERPLATE_KINDS } from '../report';
import { findBoilerplate, describeMatch, type BoilerplateMatch, type BoilerplateOptions } from './classify';

export const HIDDEN_ATTRIBUTE = 'data-unspun-hidden';
const STYLE_ID = 'unspun-cleanup-style';
/** A site rule's own selectors, hidden by CSS from the page's first paint (lib/rules/rule-css.ts). */
const RULE_STYLE_ID = 'unspun-rule-style';

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

export function ensureStyle(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = `[${HIDDEN_ATTRIBUTE}]{display:none!important}`;
  (doc.head ?? doc.documentElement).appendChild(style);
}

export function cleanupPage(doc: Document, options: CleanupOptions = {}): CleanupResult {
  return hideMatches(doc, findBoilerplate(doc, { ...options, kinds: options.kinds ?? DEFAULT_CLEANUP_KINDS }));
}

/** Marks the matches hidden (skipping what is hidden already). */
export function hideMatches(doc: Document, matches: readonly BoilerplateMatch[]): CleanupResult {
  let hidden = 0;
  const blocks: RemovedBlock[] = [];
  for (const match of matches) {
    if (match.element.closest(`[${HIDDEN_ATTRIBUTE}]`)) continue;
    blocks.push(describeMatch(match));
    match.element.setAttribute(HIDDEN_ATTRIBUTE, match.kind);
    hidden++;
  }
  if (hidden > 0) ensureStyle(doc);
  return { hidden, blocks };
}

/**
 * Hides by CSS what a site rule's selectors match, before the page is even
 * parsed (the content script runs at document_start); the element goes
 * where the page's markup does not see it (the end of <head>, or <html>
 * while there is no head yet) and restorePage takes it out again.
 */
export function addRuleStyle(doc: Document, css: string): void {
  if (!css || doc.getElementById(RULE_STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = RULE_STYLE_ID;
  style.textContent = css;
  (doc.head ?? doc.documentElement).appendChild(style);
}

/** Shows everything cleanup hid; returns how many elements came back. */
export function restorePage(doc: Document): number {
  const hidden = Array.from(doc.querySelectorAll(`[${HIDDEN_ATTRIBUTE}]`));
  for (const element of hidden) element.removeAttribute(HIDDEN_ATTRIBUTE);
  doc.getElementById(STYLE_ID)?.remove();
  doc.getElementById(RULE_STYLE_ID)?.remove();
  return hidden.length;
}

export function isCleaned(doc: Document): boolean {
  return !!doc.getElementById(STYLE_ID) || !!doc.getElementById(RULE_STYLE_ID);
}
