/**
 * What the cleanup hid in a live page, and taking it away again: the
 * hiding itself (our attributes and style elements), kept apart from the
 * finding (lib/boilerplate/classify.ts), so that the content script, which
 * only hides what the analysis host found (lib/boilerplate/hide-list.ts),
 * does not carry the classifiers, their phrase tables and RegExps into
 * every page and compile them at document_start.
 *
 * Nodes are never removed or moved; cleanup only adds its own attributes and
 * style elements, and restore takes exactly those away again.
 *
 * What we hid is remembered here, per document, not read back from the DOM:
 * a page can write any attribute, so our marker attribute only tells a human
 * (and tests) the kind. The style that hides keys on an attribute whose name
 * holds a random token made when we first hide something, so a page that
 * copies our marker onto its article beforehand hides nothing, cannot make
 * "Show original" touch its own elements and cannot make us count or skip
 * what we did not hide.
 */
import type { BoilerplateKind } from '../report';

export const HIDDEN_ATTRIBUTE = 'data-unspun-hidden';
const STYLE_ID = 'unspun-cleanup-style';
/** A site rule's own selectors, hidden by CSS from the page's first paint (lib/rules/rule-css.ts). */
const RULE_STYLE_ID = 'unspun-rule-style';
/** The ids of the style elements cleanup adds to a page. */
export const CLEANUP_STYLE_IDS: readonly string[] = [STYLE_ID, RULE_STYLE_ID];

interface CleanupState {
  /** Makes the hiding attribute's name ours alone on this page. */
  token: string;
  /** What we hid (the kind is in the element's marker attribute). */
  hidden: Set<Element>;
  style: HTMLStyleElement | null;
  ruleStyle: HTMLStyleElement | null;
}

const states = new WeakMap<Document, CleanupState>();

function randomToken(): string {
  const bytes = new Uint8Array(8);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

function stateOf(doc: Document): CleanupState {
  let state = states.get(doc);
  if (!state) states.set(doc, (state = { token: randomToken(), hidden: new Set(), style: null, ruleStyle: null }));
  return state;
}

const keyAttribute = (state: CleanupState) => `data-unspun-${state.token}`;

function ensureStyle(doc: Document, state: CleanupState): void {
  if (state.style?.isConnected) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = `[${keyAttribute(state)}]{display:none!important}`;
  (doc.head ?? doc.documentElement).appendChild(style);
  state.style = style;
}

/** Whether we hid this element or one around it (what the page marked does not count). */
export function isHiddenByUs(element: Element): boolean {
  const hidden = states.get(element.ownerDocument)?.hidden;
  if (!hidden?.size) return false;
  for (let node: Element | null = element; node; node = node.parentElement) if (hidden.has(node)) return true;
  return false;
}

/** Hides one element as `kind`; false when it (or a block around it) is hidden already. */
export function hideElement(element: Element, kind: BoilerplateKind): boolean {
  if (isHiddenByUs(element)) return false;
  const doc = element.ownerDocument;
  const state = stateOf(doc);
  element.setAttribute(keyAttribute(state), '');
  element.setAttribute(HIDDEN_ATTRIBUTE, kind);
  state.hidden.add(element);
  ensureStyle(doc, state);
  return true;
}

/** How many elements of the page we hide now. */
export function hiddenCount(doc: Document): number {
  let count = 0;
  for (const element of states.get(doc)?.hidden ?? []) if (element.isConnected) count++;
  return count;
}

/**
 * Hides by CSS what a site rule's selectors match, before the page is even
 * parsed (the content script runs at document_start); the element goes
 * where the page's markup does not see it (the end of <head>, or <html>
 * while there is no head yet) and restorePage takes it out again.
 */
export function addRuleStyle(doc: Document, css: string): void {
  const state = stateOf(doc);
  if (!css || state.ruleStyle) return;
  const style = doc.createElement('style');
  style.id = RULE_STYLE_ID;
  style.textContent = css;
  (doc.head ?? doc.documentElement).appendChild(style);
  state.ruleStyle = style;
}

/** Shows everything cleanup hid; returns how many elements came back. Elements the page marked itself stay as they are. */
export function restorePage(doc: Document): number {
  const state = states.get(doc);
  if (!state) return 0;
  const key = keyAttribute(state);
  let restored = 0;
  for (const element of state.hidden) {
    element.removeAttribute(key);
    element.removeAttribute(HIDDEN_ATTRIBUTE);
    if (element.isConnected) restored++;
  }
  state.style?.remove();
  state.ruleStyle?.remove();
  states.delete(doc);
  return restored;
}

export function isCleaned(doc: Document): boolean {
  const state = states.get(doc);
  return !!state && (state.hidden.size > 0 || !!state.ruleStyle);
}
