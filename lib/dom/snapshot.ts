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
  /** The <html> element's lang attribute. */
  lang: string;
  /** What of <head> the analysis reads: title, meta and link tags, JSON-LD (not scripts, styles or noscript). */
  head: string;
  /** outerHTML of <body>, or '' when there is none. */
  body: string;
  /** Elements under <body> when taken; the parsed copy must count as many for addresses to hold. */
  elements: number;
  /** The text of each <noscript> in the body, in order (see parseSnapshot). */
  noscripts: string[];
}

export function takeSnapshot(doc: Document, url: string = doc.URL): PageSnapshot {
  return {
    url,
    contentType: doc.contentType || 'text/html',
    lang: doc.documentElement?.getAttribute('lang') ?? '',
    head: doc.head ? headMarkup(doc.head) : '',
    body: doc.body?.outerHTML ?? '',
    elements: doc.body ? doc.body.getElementsByTagName('*').length : 0,
    noscripts: doc.body ? Array.from(doc.body.getElementsByTagName('noscript'), (noscript) => noscript.textContent ?? '') : [],
  };
}

/** Scripts and styles can be most of a head; <noscript> in a head, parsed again without scripts, ends the head early. */
function headMarkup(head: HTMLHeadElement): string {
  let markup = '';
  for (let child = head.firstElementChild; child; child = child.nextElementSibling) {
    const tag = child.localName;
    if (tag === 'noscript' || tag === 'style' || (tag === 'script' && child.getAttribute('type') !== 'application/ld+json')) continue;
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
  if (snapshot.lang) doc.documentElement.setAttribute('lang', snapshot.lang);
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
