/**
 * Finds the boilerplate blocks of a document without changing it: walks the
 * body top-down, asks each classifier in turn, and stops descending at the
 * first block claimed. The article element and its ancestors are never
 * claimed, and nothing inside the article that holds a real share of its
 * text is either.
 */
import type { BoilerplateKind, RemovedBlock } from '../report';
import { TextStats } from '../dom/stats';
import { visibleText } from '../dom/text';
import { findMainContent } from '../extract/main-content';
import { ClassifyContext } from './context';
import { BOILERPLATE_CLASSIFIERS } from './kinds';

export interface BoilerplateMatch {
  element: Element;
  kind: BoilerplateKind;
  reason: string;
}

export interface BoilerplateOptions {
  /** Extra CSS selectors to remove (site rules); they count as `kind` "promo" unless a classifier names them. */
  removeSelectors?: readonly string[];
  /** CSS selectors never removed, winning over both the classifiers and removeSelectors. */
  keepSelectors?: readonly string[];
  /**
   * Only these kinds are looked for; blocks of other kinds are walked into, so
   * that a cookie bar inside a site footer is found even when footers stay.
   */
  kinds?: readonly BoilerplateKind[];
  /** Precomputed by the caller when it already has them. */
  mainRoot?: Element | null;
  stats?: TextStats;
}

const NOT_CANDIDATES = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'dfn',
  'em',
  'i',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
  'br',
  'hr',
  'img',
  'picture',
  'source',
  'video',
  'audio',
  'track',
  'svg',
  'math',
  'input',
  'label',
  'button',
  'select',
  'option',
  'textarea',
  'script',
  'style',
  'link',
  'meta',
  'template',
  'head',
  'title',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'tr',
  'td',
  'th',
  'tbody',
  'thead',
  'tfoot',
  'caption',
]);

function matchesAny(element: Element, selectors: readonly string[]): string | null {
  for (const selector of selectors) {
    try {
      if (element.matches(selector)) return selector;
    } catch {
      // Invalid selectors are refused when a rule is saved; ignore any left.
    }
  }
  return null;
}

function containsKept(element: Element, selectors: readonly string[]): boolean {
  for (const selector of selectors) {
    try {
      if (element.matches(selector) || element.querySelector(selector)) return true;
    } catch {
      // see matchesAny
    }
  }
  return false;
}

export function findBoilerplate(doc: Document, options: BoilerplateOptions = {}): BoilerplateMatch[] {
  const body = doc.body;
  if (!body) return [];
  const stats = options.stats ?? new TextStats(body);
  const mainRoot = options.mainRoot !== undefined ? options.mainRoot : findMainContent(doc, stats);
  const context = new ClassifyContext(doc, mainRoot, stats);
  const removeSelectors = options.removeSelectors ?? [];
  const keepSelectors = options.keepSelectors ?? [];
  const classifiers = options.kinds
    ? BOILERPLATE_CLASSIFIERS.filter((classifier) => options.kinds!.includes(classifier.kind))
    : BOILERPLATE_CLASSIFIERS;
  const matches: BoilerplateMatch[] = [];

  const visit = (element: Element) => {
    for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
      if (NOT_CANDIDATES.has(child.localName)) continue;
      const decision = decide(child);
      if (decision) matches.push(decision);
      else visit(child);
    }
  };

  const decide = (element: Element): BoilerplateMatch | null => {
    if (keepSelectors.length && containsKept(element, keepSelectors)) return null;
    const ruleSelector = removeSelectors.length ? matchesAny(element, removeSelectors) : null;
    if (context.isProtected(element) || context.holdsArticleText(element)) return null;
    for (const classifier of classifiers) {
      const reason = classifier.classify(element, context);
      if (reason) return { element, kind: classifier.kind, reason };
    }
    if (ruleSelector) return { element, kind: 'promo', reason: `site rule selector "${ruleSelector}"` };
    return null;
  };

  visit(body);
  return matches;
}

/** The report's view of a match: kind, what it said, and why. */
export function describeMatch(match: BoilerplateMatch): RemovedBlock {
  const text = visibleText(match.element);
  return { kind: match.kind, text: text.length > 300 ? `${text.slice(0, 299)}…` : text, reason: match.reason };
}
