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
  /** The markup of <head> without its style sheets and <noscript> (see headMarkup). */
  head: string;
  /** The markup of <body>, or '' when there is none. */
  body: string;
  /** The text of each <noscript> in the body, in order (see parseSnapshot). */
  noscripts: string[];
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

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
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

function startTag(element: Element): string {
  let tag = `<${element.localName}`;
  for (const attribute of Array.from(element.attributes)) tag += ` ${attribute.name}="${escapeAttribute(attribute.value)}"`;
  return `${tag}>`;
}

/**
 * The body's markup, as outerHTML would give it, in slices: yields (with
 * nothing) where the caller may let the page run. Text and comments directly
 * inside an opened element are written out here as the HTML serialiser would.
 * A loop with its own stack of opened elements, not recursion: a page its
 * script nested 10,000 deep would overflow the call stack.
 */
function* bodySlices(body: HTMLElement, parts: string[]): Generator<void, void, void> {
  let budget = SLICE_ELEMENTS;
  const opened: Element[] = [];
  const close = (element: Element) => {
    if (!VOID.has(element.localName)) parts.push(`</${element.localName}>`);
  };
  let node: Node | null = body;
  while (node) {
    if (node.nodeType === 3) parts.push(escapeText((node as Text).data));
    else if (node.nodeType === 8) parts.push(`<!--${(node as Comment).data}-->`);
    else if (node.nodeType === 1) {
      const element = node as Element;
      const size = element.getElementsByTagName('*').length + 1;
      if (size <= SLICE_ELEMENTS) {
        if (size > budget) {
          yield;
          budget = SLICE_ELEMENTS;
        }
        parts.push(element.outerHTML);
        budget -= size;
      } else {
        parts.push(startTag(element));
        // Counting the subtree costs too: down a deep chain of big elements it adds up.
        budget -= Math.ceil(size / 16);
        if (budget <= 0) {
          yield;
          budget = SLICE_ELEMENTS;
        }
        // A child the page removes during a pause ends this element early: addresses after it stop matching and are left alone.
        if (element.firstChild) {
          opened.push(element);
          node = element.firstChild;
          continue;
        }
        close(element);
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

function snapshotParts(doc: Document, url: string) {
  const parts: string[] = [];
  const snapshot: PageSnapshot = {
    url,
    contentType: doc.contentType || 'text/html',
    htmlAttributes: doc.documentElement ? Array.from(doc.documentElement.attributes, (attribute) => [attribute.name, attribute.value]) : [],
    head: doc.head ? headMarkup(doc.head) : '',
    body: '',
    noscripts: [],
  };
  const finish = () => {
    snapshot.body = parts.join('');
    snapshot.noscripts = doc.body ? Array.from(doc.body.getElementsByTagName('noscript'), (noscript) => noscript.textContent ?? '') : [];
    return snapshot;
  };
  return { slices: doc.body ? bodySlices(doc.body, parts) : [][Symbol.iterator](), finish };
}

/** The snapshot in one go (tests, small pages). */
export function takeSnapshot(doc: Document, url: string = doc.URL): PageSnapshot {
  const { slices, finish } = snapshotParts(doc, url);
  for (const _ of slices);
  return finish();
}

/** The snapshot in slices, awaiting `pause` (the page's turn: scheduler.yield) between them. */
export async function takeSnapshotInSlices(doc: Document, url: string, pause: () => Promise<void>): Promise<PageSnapshot> {
  const { slices, finish } = snapshotParts(doc, url);
  for (const _ of slices) await pause();
  return finish();
}

/**
 * Style sheets can be most of a head and nothing reads them; <noscript> in a
 * head, parsed again without scripts, would end the head early. Scripts stay:
 * JSON-LD, and translation plugins' script tags and settings, are evidence.
 */
function headMarkup(head: HTMLHeadElement): string {
  let markup = '';
  for (let child = head.firstElementChild; child; child = child.nextElementSibling) {
    if (child.localName === 'noscript' || child.localName === 'style') continue;
    markup += child.outerHTML;
  }
  return markup;
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
