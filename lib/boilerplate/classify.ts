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
import type { BoilerplateClassifier } from './kind';
import { promo } from './kinds/promo';
import { related, standingBoxTitle } from './kinds/related';
import { parseExtendedSelector, selectAll } from '../rules/extended-selector';
import { wording, type Wording } from '../wording';
import { inEnglish } from '../wording-english';

export interface BoilerplateMatch {
  element: Element;
  kind: BoilerplateKind;
  /** Why, in English (what the report's `reason` says). */
  reason: string;
  /** The same as a message id and parameters (lib/wordings.ts). */
  reasonWording: Wording;
}

function because(said: Wording): Pick<BoilerplateMatch, 'reason' | 'reasonWording'> {
  return { reason: inEnglish(said), reasonWording: said };
}

export interface BoilerplateOptions {
  /** Extra selectors to hide (site rules); kind "site-rule" unless a classifier names the block. */
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
  /**
   * Asked as the walk goes (every few dozen elements): true when time is up.
   * The walk then stops where it is, and what it found before is what a
   * whole walk finds there (a block's decision reads only the page, never
   * an earlier decision), so a cleanup stopped early hides nothing a
   * complete one would not. BoilerplateFinder.stoppedAt says where.
   */
  until?: () => boolean;
}

/** Elements the walk meets between two questions to BoilerplateOptions.until. */
const UNTIL_EVERY = 64;

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
  'strong',
  'sub',
  'sup',
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
  'caption',
]);

/** A table's rows and row groups: walked through, never a block of their own. */
const TABLE_PARTS = new Set(['tbody', 'thead', 'tfoot', 'tr']);
/** A table's cells: asked only of the kinds that read a cell's own wording (BoilerplateClassifier.cells). */
const CELLS = new Set(['td', 'th']);
const CELL_CLASSIFIERS = BOILERPLATE_CLASSIFIERS.filter((classifier) => classifier.cells);

/**
 * Elements the given selectors match (CSS, or uBlock-style procedural
 * selectors: lib/rules/extended-selector.ts). Selectors are checked when a rule is
 * saved; one that still fails here (a browser that parses less) is skipped
 * rather than breaking the cleanup.
 */
function selectEach(doc: Document, selectors: readonly string[]): Element[] {
  const found: Element[] = [];
  for (const selector of selectors) {
    const parsed = parseExtendedSelector(selector, doc);
    if (!parsed.ok) continue;
    try {
      found.push(...selectAll(doc, parsed.selector));
    } catch {
      // see above
    }
  }
  return found;
}

/** Headings below the title: where in-text promos are set as headings. */
const SUBHEADING = /^h[2-6]$/;

const BOXES_WITH_HEADINGS = new Set<BoilerplateKind>(['related', 'comments', 'newsletter', 'author-box', 'navigation']);

/**
 * One pass of boilerplate finding over a document: the article, text stats
 * and rule selectors are worked out once, then the page is classified.
 */
export class BoilerplateFinder {
  private readonly context: ClassifyContext;
  /** Kinds to report; null for all. */
  private readonly wanted: Set<BoilerplateKind> | null;
  private readonly stats: TextStats;
  private ruleTargets = new Set<Element>();
  private keptAndAncestors = new Set<Element>();
  private untilIn = UNTIL_EVERY;
  /** The first element the walk did not look at because BoilerplateOptions.until said stop; null when it went to the end. */
  stoppedAt: Element | null = null;

  constructor(
    private readonly doc: Document,
    private readonly options: BoilerplateOptions = {},
  ) {
    const body = doc.body ?? doc.documentElement;
    this.stats = options.stats ?? new TextStats(body);
    const mainRoot = options.mainRoot !== undefined ? options.mainRoot : doc.body ? findMainContent(doc, this.stats) : null;
    this.context = new ClassifyContext(doc, mainRoot, this.stats);
    this.wanted = options.kinds ? new Set(options.kinds) : null;
    this.refreshSelectors();
  }

  private refreshSelectors(): void {
    this.ruleTargets = new Set(selectEach(this.doc, this.options.removeSelectors ?? []));
    this.keptAndAncestors = new Set();
    for (const kept of selectEach(this.doc, this.options.keepSelectors ?? [])) {
      for (let element: Element | null = kept; element && !this.keptAndAncestors.has(element); element = element.parentElement) {
        this.keptAndAncestors.add(element);
      }
    }
  }

  get mainRoot(): Element | null {
    return this.context.mainRoot;
  }

  /** Every boilerplate block of the page, outermost first. */
  findAll(): BoilerplateMatch[] {
    const matches: BoilerplateMatch[] = [];
    const body = this.doc.body;
    if (body) this.visit(body, matches);
    return this.withTheirHeadings(matches);
  }

  /**
   * A box's title often stands outside the box ("<h2>Neueste Artikel</h2>"
   * then the list): a short heading right before a claimed block, with
   * nothing between them, goes with it.
   */
  private withTheirHeadings(matches: BoilerplateMatch[]): BoilerplateMatch[] {
    const claimed = new Set(matches.map((match) => match.element));
    const headings: BoilerplateMatch[] = [];
    for (const match of matches) {
      const previous = match.element.previousElementSibling;
      if (!previous || claimed.has(previous) || this.keptAndAncestors.has(previous) || this.context.textLength(previous) > 80) continue;
      // "<p><strong>Verwandte Artikel:</strong></p>", "<div><h2>Das könnte dich auch interessieren</h2></div>": a title set as a block.
      if (!/^h[2-6]$/.test(previous.localName) && !this.titlesBox(previous, match.kind)) continue;
      // Boxes that stand apart from the text take their heading; an ad or an inline
      // promo right after a section heading must not take the section's title.
      const boxKind = BOXES_WITH_HEADINGS.has(match.kind);
      if (!boxKind && !this.context.matchingHeading(previous, match.kind)) continue;
      headings.push({ element: previous, kind: match.kind, ...because(wording('removed_headingOf', { kind: match.kind })) });
      claimed.add(previous);
    }
    return headings.length ? [...matches, ...headings] : matches;
  }

  /** A short block without links that opens with a box title of this kind (a related list may be titled as a promo). */
  private titlesBox(element: Element, kind: BoilerplateKind): boolean {
    if (this.context.count(element, 'links') > 0) return false;
    if (this.context.matchingHeading(element, kind)) return true;
    return kind === 'related' && !!this.context.matchingHeading(element, 'promo');
  }

  /** What the user's own rule hides is always wanted. */
  private isWanted(kind: BoilerplateKind): boolean {
    return !this.wanted || this.wanted.has(kind) || kind === 'site-rule';
  }

  /** Whether the walk is to stop before `element` (BoilerplateOptions.until). */
  private stopsAt(element: Element): boolean {
    if (this.stoppedAt) return true;
    if (!this.options.until || --this.untilIn > 0) return false;
    this.untilIn = UNTIL_EVERY;
    if (this.options.until()) this.stoppedAt = element;
    return !!this.stoppedAt;
  }

  private visit(element: Element, matches: BoilerplateMatch[]): void {
    for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
      if (this.stopsAt(child)) return;
      // Layout tables (old sites, forum software) hold whole pages: their cells are walked into.
      if (TABLE_PARTS.has(child.localName)) {
        this.visit(child, matches);
        continue;
      }
      if (NOT_CANDIDATES.has(child.localName)) {
        const decision = SUBHEADING.test(child.localName) ? (this.decideInTextPromo(child) ?? this.decideBoxTitle(child)) : null;
        if (decision && this.isWanted(decision.kind)) matches.push(decision);
        continue;
      }
      const decision = this.decide(child, CELLS.has(child.localName) ? CELL_CLASSIFIERS : BOILERPLATE_CLASSIFIERS);
      if (!decision) this.visit(child, matches);
      else if (this.isWanted(decision.kind)) matches.push(decision);
      // Site chrome the caller keeps may still hold boxes it wants (a cookie bar in the footer);
      // any other kind it leaves alone is left alone whole (a paywall and its buttons).
      else if (decision.kind === 'navigation') this.visit(child, matches);
    }
  }

  /**
   * Headings are not boxes, but sites set in-text promos as headings
   * ("<h3>MIRA: <a>Madre se acerca…</a></h3>"): a heading that opens with a
   * promo label and a colon and is mostly a link is one.
   */
  private decideInTextPromo(element: Element): BoilerplateMatch | null {
    if (this.keptAndAncestors.has(element) || this.context.isProtected(element)) return null;
    const label = this.context.matchingHeading(element, 'promo');
    if (!label) return null;
    const colon = label.endsWith(':') || /^\s*[:：]/.test(this.context.leadingText(element).slice(label.length));
    if (!colon) return null;
    const reason = promo.classify(element, this.context);
    return reason ? { element, kind: promo.kind, ...because(wording('removed_headingThat', { reason })) } : null;
  }

  /** A heading that titles a related box whose links are gone or follow it (lib/boilerplate/kinds/related.ts). */
  private decideBoxTitle(element: Element): BoilerplateMatch | null {
    if (this.keptAndAncestors.has(element) || this.context.isProtected(element)) return null;
    const reason = standingBoxTitle(element, this.context);
    return reason ? { element, kind: related.kind, ...because(reason) } : null;
  }

  private decide(element: Element, classifiers: readonly BoilerplateClassifier[]): BoilerplateMatch | null {
    if (this.keptAndAncestors.has(element)) return null;
    if (this.context.isProtected(element) || this.context.holdsArticleText(element)) return null;
    for (const classifier of classifiers) {
      const reason = classifier.classify(element, this.context);
      if (reason) return { element, kind: classifier.kind, ...because(reason) };
    }
    if (this.ruleTargets.has(element)) return { element, kind: 'site-rule', ...because(wording('removed_siteRule')) };
    return null;
  }
}

export function findBoilerplate(doc: Document, options: BoilerplateOptions = {}): BoilerplateMatch[] {
  if (!doc.body) return [];
  return new BoilerplateFinder(doc, options).findAll();
}

/** The report's view of a match: kind, what it said, and why. */
export function describeMatch(match: BoilerplateMatch): RemovedBlock {
  const text = visibleText(match.element);
  return {
    kind: match.kind,
    text: text.length > 300 ? `${text.slice(0, 299)}…` : text,
    reason: match.reason,
    reasonWording: match.reasonWording,
  };
}
