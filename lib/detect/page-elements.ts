/**
 * The few kinds of elements the detection signals read (meta, link, script,
 * img, a, and all of them for the plugins' markers), gathered once per page and shared: each signal used to ask the whole
 * page with selectors of its own, and a selector engine written in
 * JavaScript (jsdom's, under the command line) walks every element for each
 * one. Here the page is walked once, for tag names only.
 */

export interface PageElements {
  /** Every element. */
  all: readonly Element[];
  a: readonly Element[];
  meta: readonly Element[];
  link: readonly Element[];
  script: readonly Element[];
  img: readonly Element[];
}

const HTML = 'http://www.w3.org/1999/xhtml';
const KINDS = new Set(['a', 'meta', 'link', 'script', 'img']);

/** The page's elements of each kind, in document order. */
export function pageElements(doc: Document): PageElements {
  const elements = {
    all: [] as Element[],
    a: [] as Element[],
    meta: [] as Element[],
    link: [] as Element[],
    script: [] as Element[],
    img: [] as Element[],
  };
  // One walk (jsdom's selector engine took 0.3 s for these five tag names on a 4,000-element page, and reading its
  // live HTMLCollection is quadratic: 10 s for 3,861 links).
  const walker = doc.createTreeWalker(doc, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node as Element;
    elements.all.push(element);
    if (element.namespaceURI === HTML && KINDS.has(element.localName)) elements[element.localName as keyof PageElements].push(element);
  }
  return elements;
}

/** The detection run's shared copy (lib/detect/detect.ts gathers it once per run), or the page's own. */
export function elementsOf(context: { doc: Document; elements?: PageElements }): PageElements {
  return context.elements ?? pageElements(context.doc);
}

/** Elements of several kinds in document order, as a selector list returns them. */
export function inDocumentOrder(elements: Element[]): Element[] {
  // DOCUMENT_POSITION_FOLLOWING (4): the other element comes after this one.
  return elements.sort((one, other) => (one === other ? 0 : one.compareDocumentPosition(other) & 4 ? -1 : 1));
}

/** An attribute's value equals `value` ignoring ASCII case, as the `[name="value" i]` selector matches. */
export function attributeIs(element: Element, name: string, value: string): boolean {
  const actual = element.getAttribute(name);
  return actual !== null && asciiLower(actual) === asciiLower(value);
}

/** The first element whose attribute equals `value` (ASCII case ignored unless `exact`), as querySelector finds it. */
export function firstWith(elements: readonly Element[], name: string, value: string, exact = false): Element | undefined {
  return elements.find((element) => (exact ? element.getAttribute(name) === value : attributeIs(element, name, value)));
}

/** The space-separated tokens of an attribute, as `[rel~="tag"]` reads them (ASCII case ignored unless `exact`). */
export function hasToken(element: Element, name: string, token: string, exact = true): boolean {
  const value = element.getAttribute(name);
  if (value === null) return false;
  const wanted = exact ? token : asciiLower(token);
  return value.split(/[ \t\n\f\r]+/).some((part) => (exact ? part : asciiLower(part)) === wanted);
}

function asciiLower(text: string): string {
  return text.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
}
