/**
 * The page as it leaves the page: its markup, read with the browser's own
 * serialiser (one native call for the head, one for the body), so that the
 * page's main thread spends a few milliseconds and no JavaScript walk on it.
 * The analysis parses it again where the extension's code lives (an
 * offscreen document, the Firefox background page, the CLI's jsdom) and
 * never touches the live page.
 */

export interface PageSnapshot {
  /** The page's address (location.href). */
  url: string;
  contentType: string;
  /** The <html> element's attributes (lang; the class Google's page translation sets). */
  htmlAttributes: Array<[string, string]>;
  /** The markup of <head> without its style sheets and <noscript> (see headSlices). */
  head: string;
  /** The markup of <body>, or '' when there is none. */
  body: string;
  /** The text of each <noscript> in the body, in order (see parseSnapshot). */
  noscripts: string[];
  /**
   * Set when the body was cut after its first `elements` elements in
   * document order (of `total`), as limitElements (lib/analysis-budget.ts)
   * cuts a parsed page: the elements kept keep their addresses.
   */
  truncated?: { elements: number; total: number };
  /**
   * Set when a text node was longer than the snapshot's `maxTextChars`: the
   * length of the longest, each cut as limitTextNodes (lib/analysis-budget.ts)
   * cuts a parsed page's, so that a 50 MB text node is neither copied nor sent.
   */
  longestText?: number;
}

export interface SnapshotOptions {
  /** Elements of the body to take, in document order; the rest of the page is left out. */
  maxElements?: number;
  /** Characters of any one text node to take; the rest of it is left out. */
  maxTextChars?: number;
  /**
   * A clock (performance.now) and the milliseconds a slice may run by it:
   * a slice then also ends when that much time has passed. Cut by elements
   * and characters alone, a slice of the 100,000-element page took 25-250 ms
   * on a loaded machine (bench:perf --scale), where each element costs many
   * times what it costs on an idle one.
   */
  clock?: { now: () => number; sliceMs: number };
}

/** Where a snapshot's walk of the body ended. */
interface WalkState {
  /** Elements in the body, counted only when the walk stops at the cap (after the cut, in slices). */
  total: number;
  /** The first element left out, when the walk stopped at the cap. */
  stoppedAt: Element | null;
  /** Elements of the body taken. */
  read: number;
  /** The longest text node cut to maxTextChars, 0 when none was. */
  longestText: number;
  /** The body's <noscript>s in the part taken, in document order (their text is read when the snapshot ends). */
  noscripts: Element[];
}

/**
 * Elements serialised by one native outerHTML call. A bigger subtree is
 * opened (its start tag written here) and its children taken in turn, with a
 * pause for the page between slices of about this many elements: in Chromium
 * outerHTML costs ~0.5-0.7 µs an element on an idle 2-core test machine (and
 * up to ~9 µs when it is shared by a dozen jobs), so a slice stays within a
 * few milliseconds however large the page.
 */
export const SLICE_ELEMENTS = 2000;

/**
 * Characters of markup in one slice. Elements alone are a poor measure on
 * text-heavy pages: 2,000 elements of a news article can be 250 kB, whose
 * serialising took 20-51 ms in one task (bench:perf, bbc-1, buzzfeed-1).
 * A subtree whose text alone would overrun this is opened like a large one
 * (see MEASURED_ELEMENTS), and a long text node is written in pieces of this size.
 */
export const SLICE_CHARS = 32 * 1024;

/**
 * Subtrees of at most this many elements are measured (their text read) and
 * serialised whole when they fit a slice; larger ones are opened.
 */
const MEASURED_ELEMENTS = 400;

/** Markup an element adds besides its text, at the least (a start and end tag): the estimate errs towards opening. */
const TAG_CHARS = 16;

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Elements whose text the HTML serialiser writes as it is, unescaped (<noscript> is never opened, see below). */
const HTML_NS = 'http://www.w3.org/1999/xhtml';
const RAW_TEXT = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);
/**
 * Never opened, whatever their size: <template>'s content is not among its
 * children, and <noscript>'s text is raw or not depending on the page's
 * scripting, which outerHTML knows and we do not.
 */
const WHOLE = new Set(['template', 'noscript']);
const escapeText = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\u00a0/g, '&nbsp;');
const escapeAttribute = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/\u00a0/g, '&nbsp;');

/**
 * The length of `element`'s text, as textContent's, counted up to just past
 * `enough`: textContent would copy out a 50 MB text node to measure it.
 */
function textLength(element: Element, enough: number): number {
  // Text and CDATA nodes (NodeFilter.SHOW_TEXT | SHOW_CDATA_SECTION).
  const walker = element.ownerDocument.createTreeWalker(element, 0x4 | 0x8);
  let length = 0;
  for (let node = walker.nextNode(); node && length <= enough; node = walker.nextNode()) length += (node as CharacterData).length;
  return length;
}

/**
 * The element with its descendants, counted natively, or Infinity when there
 * are more than `most`: the count walks no further than that. Counting the
 * whole of each element opened made the body of a 500,000-element page one
 * count of 145-229 ms in a single slice (and its <main> and <article> one
 * each), and a 10,000-deep chain a count of every level below each level.
 */
function sizeUpTo(element: Element, most: number): number {
  const all = element.getElementsByTagName('*');
  return all.item(most - 1) ? Infinity : all.length + 1;
}

/**
 * Counts the elements from `start` (it and its descendants) to the end of
 * `root`, in document order, yielding every SLICE_ELEMENTS or when `late`:
 * only a snapshot stopped at its cap says how many elements the page has,
 * and on a page of 500,000 that count, in one native call, was one long
 * task. A tree walker keeps its place however the page changes in a pause.
 */
function* countFrom(
  start: Element,
  root: Element,
  done: (count: number) => void,
  late: () => boolean,
  fresh: () => void,
): Generator<void, void, void> {
  // NodeFilter.SHOW_ELEMENT
  const walker = root.ownerDocument.createTreeWalker(root, 0x1);
  walker.currentNode = start;
  let count = start.isConnected ? 1 : 0;
  let budget = SLICE_ELEMENTS;
  while (count && walker.nextNode()) {
    count++;
    if (--budget <= 0 || late()) {
      yield;
      budget = SLICE_ELEMENTS;
      fresh();
    }
  }
  done(count);
}

function startTag(element: Element): string {
  let tag = `<${element.localName}`;
  for (const attribute of Array.from(element.attributes)) tag += ` ${attribute.name}="${escapeAttribute(attribute.value)}"`;
  return `${tag}>`;
}

/**
 * The body's markup, as outerHTML would give it, in slices: yields (with
 * nothing) where the caller may let the page run. A slice ends at about
 * SLICE_ELEMENTS elements or SLICE_CHARS characters, whichever comes first.
 * Text and comments directly inside an opened element are written out here
 * as the HTML serialiser would. A loop with its own stack of opened
 * elements, not recursion: a page its script nested 10,000 deep would
 * overflow the call stack.
 */
function* bodySlices(
  body: HTMLElement,
  parts: string[],
  maxElements: number,
  maxTextChars: number,
  state: WalkState,
  clock?: SnapshotOptions['clock'],
): Generator<void, void, void> {
  let budget = SLICE_ELEMENTS;
  let started = clock?.now() ?? 0;
  /** Whether the slice has run for its time (never, without a clock). */
  const late = () => !!clock && clock.now() - started >= clock.sliceMs;
  // The body itself is the first element met and is not one of its own elements.
  let left = maxElements + 1;
  let chars = SLICE_CHARS;
  const opened: Element[] = [];
  /** The element last opened because it was too big to measure (see `chained`). */
  let chainParent: Element | null = null;
  const close = (element: Element) => {
    if (!VOID.has(element.localName)) parts.push(`</${element.localName}>`);
  };
  /** Writes markup; true when the slice is full. */
  const write = (markup: string) => {
    parts.push(markup);
    chars -= markup.length;
    return chars <= 0 || late();
  };
  const fresh = () => {
    budget = SLICE_ELEMENTS;
    chars = SLICE_CHARS;
    if (clock) started = clock.now();
  };
  let node: Node | null = body;
  while (node) {
    if (node.nodeType === 3) {
      // Read once: the page may change the node while we pause, and a string is a snapshot of its own. A long
      // node's length is asked first and only its beginning read: reading a 50 MB node's data whole was one
      // task of half a second on the page's main thread (bench:snapshot --hostile).
      const text = node as Text;
      let data: string;
      if (text.length > maxTextChars) {
        state.longestText = Math.max(state.longestText, text.length);
        data = text.substringData(0, maxTextChars);
      } else data = text.data;
      const parent = node.parentNode as Element | null;
      const raw = !!parent && parent.namespaceURI === HTML_NS && RAW_TEXT.has(parent.localName);
      for (let offset = 0; offset < data.length; offset += SLICE_CHARS) {
        const piece = offset === 0 && data.length <= SLICE_CHARS ? data : data.slice(offset, offset + SLICE_CHARS);
        if (write(raw ? piece : escapeText(piece))) {
          yield;
          fresh();
        }
      }
    } else if (node.nodeType === 8) {
      if (write(`<!--${(node as Comment).data}-->`)) {
        yield;
        fresh();
      }
    } else if (node.nodeType === 1) {
      const element = node as Element;
      const whole = WHOLE.has(element.localName) || !element.firstChild;
      // Counted exactly only when small enough to be taken whole (or never opened): a larger one is opened anyway.
      // The only element child of an element too big to measure is too big as well (it holds all but one of the
      // parent's elements), and opening it gives the same markup as taking it whole: not counted again. Counted,
      // each level of a 10,000-deep chain cost a count of 400, and the chain 120 slices, each a pause for the page
      // (5 s and more on a loaded machine, so that the article after it was left out).
      const chained: boolean =
        !whole &&
        chainParent !== null &&
        element.parentNode === chainParent &&
        chainParent.firstElementChild === chainParent.lastElementChild;
      const size: number = !element.firstChild
        ? 1
        : whole
          ? element.getElementsByTagName('*').length + 1
          : chained
            ? Infinity
            : sizeUpTo(element, MEASURED_ELEMENTS);
      // At the cap, or at an element never opened that would overrun it: everything from its start tag on is left
      // out, exactly what limitElements leaves out of a parsed page, and the opened elements are closed.
      if (left <= 0 || (whole && size > left)) {
        state.stoppedAt = element;
        state.read = maxElements - left;
        while (opened.length) close(opened.pop()!);
        // How many elements the page has, for the reason the analysis gives: counted from the cut on, in slices.
        yield;
        fresh();
        yield* countFrom(element, body, (rest) => (state.total = state.read + rest), late, fresh);
        return;
      }
      // A small subtree's text (textContent reads it in a fraction of what serialising costs) tells a long
      // article from a short list; a larger one is opened unread, so that no text is read at every level of a deep chain.
      const estimate = whole || size > MEASURED_ELEMENTS ? 0 : textLength(element, SLICE_CHARS) + size * TAG_CHARS;
      if (whole || (size <= MEASURED_ELEMENTS && estimate <= SLICE_CHARS && size <= left)) {
        if (size > budget || estimate > chars) {
          yield;
          fresh();
        }
        budget -= size;
        left -= size;
        if (element.localName === 'noscript') state.noscripts.push(element);
        // querySelector, not getElementsByTagName: a live collection of its own for each element costs memory and time.
        if (size > 1 && element.querySelector('noscript')) state.noscripts.push(...Array.from(element.querySelectorAll('noscript')));
        if (write(element.outerHTML)) {
          yield;
          fresh();
        }
      } else {
        parts.push(startTag(element));
        left--;
        // Counting the subtree (up to MEASURED_ELEMENTS) costs too: down a deep chain of big elements it adds up.
        budget -= chained ? 1 : Math.ceil(Math.min(size, MEASURED_ELEMENTS) / 16);
        chainParent = size > MEASURED_ELEMENTS ? element : null;
        if (budget <= 0 || late()) {
          yield;
          fresh();
        }
        // A child the page removes during a pause ends this element early: addresses after it stop matching and are left alone.
        opened.push(element);
        node = element.firstChild!;
        continue;
      }
    }
    // On to the next sibling, closing each opened element whose children ran out.
    let done: Node = node;
    node = null;
    while (done !== body) {
      if (done.nextSibling) {
        node = done.nextSibling;
        break;
      }
      const parent = opened.pop();
      if (!parent) break;
      close(parent);
      done = parent;
    }
  }
}

/**
 * The snapshot's fields, and the body's markup in chunks of about a slice
 * each, joined as each slice ends: a page of 500,000 elements writes millions
 * of small strings, and joining them all at once at the end was one task of
 * about a second on the page's main thread (bench:snapshot, --hostile).
 */
function snapshotParts(doc: Document, url: string, options: SnapshotOptions) {
  const chunks: string[] = [];
  const parts: string[] = [];
  const state: WalkState = { total: 0, stoppedAt: null, read: 0, longestText: 0, noscripts: [] };
  const snapshot: PageSnapshot = {
    url,
    contentType: doc.contentType || 'text/html',
    htmlAttributes: doc.documentElement ? Array.from(doc.documentElement.attributes, (attribute) => [attribute.name, attribute.value]) : [],
    head: '',
    body: '',
    noscripts: [],
  };
  /** Markup joined but not yet a whole chunk. */
  let pending = '';
  /**
   * Chunks of SLICE_CHARS (the last one shorter): a slice cut by the clock can be a few hundred characters, and a
   * chunk that small would be a message of its own (lib/messages.ts, snapshotMessages).
   */
  const flush = (last = false) => {
    if (parts.length) pending += parts.join('');
    parts.length = 0;
    let offset = 0;
    for (; pending.length - offset >= SLICE_CHARS; offset += SLICE_CHARS) chunks.push(pending.slice(offset, offset + SLICE_CHARS));
    pending = offset ? pending.slice(offset) : pending;
    if (last && pending) {
      chunks.push(pending);
      pending = '';
    }
  };
  function* slices(body: HTMLElement | null): Generator<void, void, void> {
    if (doc.head) {
      const head: string[] = [];
      for (const _ of headSlices(doc.head, head)) yield;
      snapshot.head = head.join('');
    }
    if (!body) return;
    for (const _ of bodySlices(body, parts, options.maxElements ?? Infinity, options.maxTextChars ?? Infinity, state, options.clock)) {
      flush();
      yield;
    }
    flush(true);
  }
  const finish = () => {
    // The <noscript>s of the body taken, as the walk met them (none after the cut).
    snapshot.noscripts = state.noscripts.map((noscript) => noscript.textContent ?? '');
    if (state.stoppedAt) snapshot.truncated = { elements: state.read, total: state.total };
    if (state.longestText) snapshot.longestText = state.longestText;
    return { snapshot, chunks };
  };
  return { slices: slices(doc.body), finish };
}

/** The snapshot in one go (tests, small pages, the CLI's profile). */
export function takeSnapshot(doc: Document, url: string = doc.URL, options: SnapshotOptions = {}): PageSnapshot {
  const { slices, finish } = snapshotParts(doc, url, options);
  for (const _ of slices);
  const { snapshot, chunks } = finish();
  return { ...snapshot, body: chunks.join('') };
}

/**
 * The snapshot in slices, awaiting `pause` (the page's turn: scheduler.yield)
 * between them; its body (left '') comes as `chunks`, to be sent as they are
 * (lib/messages.ts, snapshotMessages) and joined where the analysis runs, not in the page.
 */
export async function takeSnapshotInChunks(
  doc: Document,
  url: string,
  pause: () => Promise<void>,
  options: SnapshotOptions = {},
): Promise<{ snapshot: PageSnapshot; chunks: string[] }> {
  const { slices, finish } = snapshotParts(doc, url, options);
  for (const _ of slices) await pause();
  return finish();
}

/** As takeSnapshotInChunks, with the body joined (tests, benchmarks). */
export async function takeSnapshotInSlices(
  doc: Document,
  url: string,
  pause: () => Promise<void>,
  options: SnapshotOptions = {},
): Promise<PageSnapshot> {
  const { snapshot, chunks } = await takeSnapshotInChunks(doc, url, pause, options);
  return { ...snapshot, body: chunks.join('') };
}

/**
 * The head's markup in slices, as the body's: yields where the page may run.
 * Style sheets can be most of a head and nothing reads them; <noscript> in a
 * head, parsed again without scripts, would end the head early. Scripts stay:
 * JSON-LD, and translation plugins' script tags and settings, are evidence.
 * A head of megabytes of inline script (a framework's state) was serialised
 * in one task with the first slice of the body; each element is now
 * written in turn, a long script's text in pieces, with a pause after about
 * SLICE_CHARS characters.
 */
function* headSlices(head: HTMLHeadElement, parts: string[]): Generator<void, void, void> {
  let chars = SLICE_CHARS;
  const write = (markup: string) => {
    parts.push(markup);
    chars -= markup.length;
    return chars <= 0;
  };
  for (let child = head.firstElementChild; child; child = child.nextElementSibling) {
    if (child.localName === 'noscript' || child.localName === 'style') continue;
    const text = child.localName === 'script' && child.childNodes.length === 1 ? child.firstChild : null;
    if (text?.nodeType === 3 && child.namespaceURI === HTML_NS && (text as Text).data.length > SLICE_CHARS) {
      // Read once: the page may change it while we pause. A script's text is written unescaped, as outerHTML writes it.
      const data = (text as Text).data;
      write(startTag(child));
      for (let offset = 0; offset < data.length; offset += SLICE_CHARS) {
        if (write(data.slice(offset, offset + SLICE_CHARS))) {
          yield;
          chars = SLICE_CHARS;
        }
      }
      write('</script>');
    } else if (write(child.outerHTML)) {
      yield;
      chars = SLICE_CHARS;
    }
  }
  // What is left of a slice begun here goes with the body's first: a pause unless the head was short.
  if (chars < SLICE_CHARS / 2) yield;
}

/** Whether two snapshots are of the same page in the same state (a few megabytes compared at memory speed). */
export function sameSnapshot(a: PageSnapshot, b: PageSnapshot): boolean {
  return (
    a.url === b.url &&
    a.contentType === b.contentType &&
    a.head === b.head &&
    a.body === b.body &&
    JSON.stringify(a.htmlAttributes) === JSON.stringify(b.htmlAttributes) &&
    JSON.stringify(a.noscripts) === JSON.stringify(b.noscripts) &&
    JSON.stringify(a.truncated) === JSON.stringify(b.truncated)
  );
}

/** The one thing that turns markup into a document here: a DOMParser (the browser's, or jsdom's under Node). */
export interface MarkupParser {
  parseFromString(markup: string, type: 'text/html'): Document;
}

/**
 * An inert document (no scripts run, nothing loads, never shown) with the
 * snapshot's head and body. The head is parsed apart, so that whatever it
 * holds can never open the body early with an element the live body does
 * not have (every address after it would be off by one).
 *
 * A parser without a browsing context parses <noscript> content as markup,
 * the live page (scripts on) as text; it is put back as the live page's
 * text, so that elements and text lengths are the live page's.
 */
export function parseSnapshot(snapshot: PageSnapshot, parser: MarkupParser): Document {
  // The body alone, after an empty head, is parsed as the live body was.
  // eslint-disable-next-line no-restricted-syntax -- an inert document for reading, never inserted into a page
  const doc = parser.parseFromString(`<!doctype html><html><head></head>${snapshot.body}</html>`, 'text/html');
  // eslint-disable-next-line no-restricted-syntax -- as above
  const head = parser.parseFromString(`<!doctype html><html><head>${snapshot.head}</head></html>`, 'text/html').head;
  for (const child of Array.from(head.childNodes)) doc.head.appendChild(doc.adoptNode(child));
  for (const [name, value] of snapshot.htmlAttributes) {
    try {
      doc.documentElement.setAttribute(name, value);
    } catch {
      // A name the page's parser took that setAttribute refuses: not one the analysis reads.
    }
  }
  const outermost = Array.from(doc.body.getElementsByTagName('noscript')).filter(
    (noscript) => !noscript.parentElement?.closest('noscript'),
  );
  const texts = outermost.length === snapshot.noscripts.length ? snapshot.noscripts : null;
  outermost.forEach((noscript, index) => {
    if (texts) noscript.textContent = texts[index]!;
    else if (noscript.firstElementChild) noscript.textContent = noscript.innerHTML;
  });
  return doc;
}
