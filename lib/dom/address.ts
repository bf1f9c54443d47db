/**
 * Addresses of elements that hold between the live page and its parsed
 * snapshot (lib/dom/snapshot.ts): the element's position among the body's
 * elements in document order, and a fingerprint of what it was (tag, id,
 * class, text length and a hash of its text). An address is only ever
 * resolved to an element whose fingerprint still matches, so a node that
 * changed between the snapshot and the answer is left alone.
 */

export interface ElementAddress {
  /** Position among the body's elements in document order (body.getElementsByTagName('*')). */
  index: number;
  fingerprint: string;
}

/** FNV-1a over UTF-16 code units: cheap, and only has to tell neighbours apart. */
function hash(text: string): string {
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    value ^= text.charCodeAt(index);
    value = Math.imul(value, 0x01000193);
  }
  return (value >>> 0).toString(36);
}

/** Characters of the text, from each end, that go into the hash: enough to tell blocks apart without reading a long one twice. */
const HASHED = 128;

/** Tag, id and class: compared first, because reading them costs nothing and the text may be long. */
function label(element: Element): string {
  return `${element.localName}#${element.id}.${element.getAttribute('class') ?? ''}`;
}

export function fingerprint(element: Element): string {
  const text = element.textContent ?? '';
  const ends = text.length > HASHED * 2 ? text.slice(0, HASHED) + text.slice(-HASHED) : text;
  return `${label(element)}:${text.length}:${hash(ends)}`;
}

/** Addresses of `elements`, in the order given; null for one that is not under `doc.body`. */
export function addressesOf(doc: Document, elements: readonly Element[]): Array<ElementAddress | null> {
  if (!doc.body || !elements.length) return elements.map(() => null);
  const wanted = new Set(elements);
  const positions = new Map<Element, number>();
  const all = doc.body.getElementsByTagName('*');
  for (let index = 0; index < all.length && positions.size < wanted.size; index++) {
    const element = all[index]!;
    if (wanted.has(element)) positions.set(element, index);
  }
  return elements.map((element) => {
    const index = positions.get(element);
    return index === undefined ? null : { index, fingerprint: fingerprint(element) };
  });
}

/** How far from its index an element is looked for when content was added or removed before it. */
const SEARCH_RADIUS = 64;

/**
 * Resolves addresses one at a time, in document order, on the live page: the
 * element whose fingerprint matches, or null. When the element at the index
 * differs, the neighbourhood is searched in both directions (a banner
 * inserted above shifts every index), and the shift found is tried first for
 * the next address. The page may change between two calls (a hide list is
 * applied in slices): the body's element list is live and every element is
 * checked against its fingerprint when it is found.
 */
export function addressResolver(doc: Document): (address: ElementAddress) => Element | null {
  if (!doc.body) return () => null;
  const all = doc.body.getElementsByTagName('*');
  let shift = 0;
  const at = (index: number, address: ElementAddress, prefix: string) => {
    const element = index >= 0 && index < all.length ? all[index]! : null;
    if (!element || label(element) !== prefix || fingerprint(element) !== address.fingerprint) return null;
    shift = index - address.index;
    return element;
  };
  return (address) => {
    const prefix = address.fingerprint.slice(0, address.fingerprint.lastIndexOf(':', address.fingerprint.lastIndexOf(':') - 1));
    const direct = at(address.index + shift, address, prefix) ?? (shift !== 0 ? at(address.index, address, prefix) : null);
    if (direct) return direct;
    const from = address.index + shift;
    for (let distance = 1; distance <= SEARCH_RADIUS; distance++) {
      const found = at(from + distance, address, prefix) ?? at(from - distance, address, prefix);
      if (found) return found;
    }
    return null;
  };
}
