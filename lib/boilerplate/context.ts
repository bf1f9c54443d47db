/**
 * What every boilerplate classifier may ask about an element: its text and
 * link density (precomputed), whether it holds the article, which class/id
 * tokens and which heading phrases (in every known language) it carries.
 */
import type { BoilerplateKind } from '../report';
import type { TextStats } from '../dom/stats';
import { collapseWhitespace } from '../dom/text';
import { headingPhrases } from './phrases';
import classTokens from './class-tokens.json';

const TOKENS = classTokens as unknown as Record<BoilerplateKind, string[]>;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const tokenPatterns = new Map<BoilerplateKind, RegExp>();
const headingPatterns = new Map<BoilerplateKind, RegExp>();

function tokenPattern(kind: BoilerplateKind): RegExp | null {
  if (!TOKENS[kind]) return null;
  let pattern = tokenPatterns.get(kind);
  if (!pattern) {
    const parts = TOKENS[kind].map(escapeRegExp).join('|');
    pattern = new RegExp(`(?:^|-)(?:${parts})(?:-|$)`);
    tokenPatterns.set(kind, pattern);
  }
  return pattern;
}

function headingPattern(kind: BoilerplateKind): RegExp | null {
  let pattern = headingPatterns.get(kind);
  if (pattern === undefined) {
    const phrases = headingPhrases(kind);
    if (phrases.length === 0) return null;
    // Longest first, so "Read also" wins over "Read".
    phrases.sort((a, b) => b.length - a.length);
    pattern = new RegExp(`^(?:${phrases.map(escapeRegExp).join('|')})(?=$|[\\s:.,!?»"“”(\\-–—|…])`, 'iu');
    headingPatterns.set(kind, pattern);
  }
  return pattern;
}

const MODIFIER = /(?:^|-)(?:has|with|without|no|show|hide|is|enable|disable|allow)-/;
/** "live-match-comment", "ticker-comment": a live ticker's entries are the article itself. */
const LIVE_COVERAGE = /(?:^|-)(?:live|liveticker|ticker|minute|play-by-play)-/;

function tokenOfKind(tokens: readonly string[], pattern: RegExp): string | null {
  for (const token of tokens) {
    const normalised = token.replace(/_/g, '-');
    // "o-section--has-ads", "no-comments", "with-sidebar" describe a layout, not a block of that kind.
    if (pattern.test(normalised) && !MODIFIER.test(normalised) && !LIVE_COVERAGE.test(normalised)) return token;
  }
  return null;
}

/**
 * The id/class token that marks `element` as `kind` (class-tokens.json), for
 * code that has no ClassifyContext (the reader's caption pass).
 */
export function classTokenOfKind(element: Element, kind: BoilerplateKind): string | null {
  const pattern = tokenPattern(kind);
  if (!pattern) return null;
  return tokenOfKind(`${element.id} ${element.getAttribute('class') ?? ''}`.toLowerCase().split(/\s+/).filter(Boolean), pattern);
}

/** Elements that can be a box of their own (as opposed to a box's title). */
const BOX_TAGS = new Set(['div', 'section', 'aside', 'form', 'ul', 'ol', 'p', 'article', 'figure', 'nav', 'footer', 'header']);

export class ClassifyContext {
  readonly stats: TextStats;
  /** The article element and its ancestors: never boilerplate as a whole. */
  private readonly protectedElements = new Set<Element>();
  readonly mainRoot: Element | null;
  readonly mainTextLength: number;

  constructor(
    readonly doc: Document,
    mainRoot: Element | null,
    stats: TextStats,
  ) {
    this.stats = stats;
    this.mainRoot = mainRoot;
    for (let element = mainRoot; element; element = element.parentElement) this.protectedElements.add(element);
    this.mainTextLength = mainRoot ? stats.textLength(mainRoot) : 0;
  }

  isProtected(element: Element): boolean {
    return this.protectedElements.has(element);
  }

  insideMain(element: Element): boolean {
    return !!this.mainRoot && this.mainRoot !== element && this.mainRoot.contains(element);
  }

  /** Would hiding this element hide a real share of the article? */
  holdsArticleText(element: Element): boolean {
    if (!this.insideMain(element)) return false;
    const length = this.stats.textLength(element);
    return length > 300 && length > this.mainTextLength * 0.4;
  }

  textLength(element: Element): number {
    return this.stats.textLength(element);
  }

  linkDensity(element: Element): number {
    return this.stats.linkDensity(element);
  }

  /** How many links, forms, e-mail fields... the element holds (itself included). */
  count(element: Element, counter: Parameters<TextStats['count']>[1]): number {
    return this.stats.count(element, counter);
  }

  private readonly tokenCache = new Map<Element, string[]>();
  private readonly leadingCache = new Map<Element, string>();

  /** The id/class token (hyphen-normalised) that marks `element` as `kind`, if any. */
  matchingToken(element: Element, kind: BoilerplateKind): string | null {
    const pattern = tokenPattern(kind);
    if (!pattern) return null;
    let tokens = this.tokenCache.get(element);
    if (!tokens) {
      tokens = `${element.id} ${element.getAttribute('class') ?? ''}`.toLowerCase().split(/\s+/).filter(Boolean);
      this.tokenCache.set(element, tokens);
    }
    return tokenOfKind(tokens, pattern);
  }

  /** The first words of the element's text, for heading checks. */
  leadingText(element: Element): string {
    let text = this.leadingCache.get(element);
    if (text === undefined) {
      text = collapseWhitespace(leading(element, 160)).replace(/^[\s\-–—•»›:|#]+/, '');
      this.leadingCache.set(element, text);
    }
    return text;
  }

  /**
   * The heading phrase of `kind` (any language) the element's text starts
   * with. When the element merely opens with a smaller block that starts the
   * same way (a footer opening with its cookie notice), that block is the one
   * headed, not the element: it is found when the walk descends.
   */
  matchingHeading(element: Element, kind: BoilerplateKind): string | null {
    const pattern = headingPattern(kind);
    if (!pattern) return null;
    const heading = this.leadingText(element).match(pattern)?.[0] ?? null;
    if (!heading) return null;
    const first = element.firstElementChild;
    if (first && BOX_TAGS.has(first.localName)) {
      const length = this.stats.textLength(first);
      if (length > heading.length + 1 && length < this.stats.textLength(element) * 0.7 && pattern.test(this.leadingText(first)))
        return null;
    }
    return heading;
  }
}

/** Up to `limit` characters of text from the start of `node`, skipping scripts. */
function leading(node: Node, limit: number): string {
  let text = '';
  const walk = (current: Node): boolean => {
    if (current.nodeType === 3) {
      text += (current as Text).data;
      // No copy trimmed while the text is too short to be long enough trimmed (most text nodes an element starts with).
      return text.length >= limit && text.trim().length >= limit;
    }
    if (current.nodeType !== 1) return false;
    const tag = (current as Element).localName;
    if (tag === 'script' || tag === 'style' || tag === 'noscript' || tag === 'template') return false;
    for (let child = current.firstChild; child; child = child.nextSibling) {
      if (walk(child)) return true;
      if (child.nodeType === 1 && /^(p|div|h[1-6]|li|span)$/.test((child as Element).localName)) text += ' ';
    }
    return false;
  };
  walk(node);
  return text;
}
