/**
 * Degenerate nesting, flattened in our own copy of a page before anything
 * reads it. Readability (and any per-element look at a subtree's text) costs
 * time in proportion to depth × size: 500 nested <div>s took 23 s in jsdom,
 * 1,000 took 136 s. Real articles are a few dozen elements deep; a page 500
 * deep is broken or hostile, and its words matter more than its wrappers.
 */

/** More single-child wrappers in a row than any real template makes. */
export const MAX_WRAPPER_CHAIN = 16;
/** Deeper than real pages go (Chromium's parser itself stops nesting at 512). */
export const MAX_DEPTH = 160;

export interface Flattened {
  /** Wrappers taken out of chains longer than MAX_WRAPPER_CHAIN (their child moved up). */
  unwrapped: number;
  /** Elements at MAX_DEPTH whose subtree was replaced by its text. */
  truncated: number;
}

/** Its only child node is one element: nothing of its own between the wrapper and what it wraps. */
function soleChild(element: Element): Element | null {
  const { childNodes } = element;
  let only: Element | null = null;
  for (let index = 0; index < childNodes.length; index++) {
    const node = childNodes[index]!;
    if (node.nodeType === 1) {
      if (only) return null;
      only = node as Element;
    } else if (node.nodeType === 3 && node.nodeValue?.trim()) return null;
  }
  return only;
}

/**
 * Shortens wrapper chains and cuts the tree at MAX_DEPTH, in place, without
 * recursion (a 10,000-deep page would overflow the stack). Meant for a clone.
 */
export function flattenDeepNesting(root: Element): Flattened {
  const result: Flattened = { unwrapped: 0, truncated: 0 };
  const stack: [Element, number][] = [[root, 0]];
  while (stack.length) {
    const [element, depth] = stack.pop()!;
    // Walk down a chain of sole-child wrappers; past the allowed length, lift the chain's end up.
    let chainEnd = element;
    let length = 0;
    for (let child = soleChild(chainEnd); child; child = soleChild(chainEnd)) {
      chainEnd = child;
      length++;
    }
    if (length > MAX_WRAPPER_CHAIN) {
      element.replaceChildren(chainEnd);
      result.unwrapped += length - 1;
    }
    if (depth >= MAX_DEPTH) {
      if (element.firstElementChild) {
        element.replaceChildren(element.ownerDocument.createTextNode(element.textContent ?? ''));
        result.truncated++;
      }
      continue;
    }
    for (let child = element.lastElementChild; child; child = child.previousElementSibling) stack.push([child, depth + 1]);
  }
  return result;
}
