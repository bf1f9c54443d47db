/**
 * Plain text of a DOM subtree the way a reader sees it: blocks separated by a
 * blank line, runs of whitespace collapsed. The same walk records where each
 * character came from, so that offsets into the text (flags) can be mapped
 * back onto the DOM (highlights in the reader).
 */

const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'td',
  'th',
  'ul',
  'caption',
  'summary',
  'body',
  'html',
]);
const SKIPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'svg',
  'iframe',
  'object',
  'canvas',
  'select',
  'textarea',
]);

export interface TextSegment {
  node: Text;
  /** Offset in the output text where this node's contribution starts. */
  start: number;
  /** For each output character of this node, its offset inside node.data. */
  sourceOffsets: number[];
}

export interface TextWithMap {
  text: string;
  segments: TextSegment[];
}

export function isBlockElement(element: Element): boolean {
  return BLOCK_TAGS.has(element.localName);
}

/**
 * The walk both texts share: a break requested around each block (and cell,
 * and <br>), and each text node handed over with whether it sits in a <pre>.
 */
function walkBlocks(root: Node, onText: (node: Text, pre: boolean) => void, requestBreak: (level: number) => void): void {
  let preDepth = 0;
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      onText(node as Text, preDepth > 0);
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const element = node.nodeType === 1 ? (node as Element) : null;
    const tag = element?.localName ?? '';
    if (SKIPPED_TAGS.has(tag)) return;
    if (tag === 'br') {
      requestBreak(2);
      return;
    }
    const block = element ? isBlockElement(element) : false;
    if (block) requestBreak(tag === 'li' || tag === 'tr' || tag === 'dt' || tag === 'dd' ? 2 : 3);
    if (tag === 'td' || tag === 'th') requestBreak(1);
    if (tag === 'pre') preDepth++;
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (tag === 'pre') preDepth--;
    if (block) requestBreak(tag === 'li' || tag === 'tr' ? 2 : 3);
  };
  walk(root);
}

/** Block-aware text of `root`, with the map back to its text nodes. */
export function textWithMap(root: Node): TextWithMap {
  let out = '';
  const segments: TextSegment[] = [];
  // 0: nothing pending, 1: a space, 2: a line break, 3: a blank line.
  let pendingBreak = 0;

  const requestBreak = (level: number) => {
    if (level > pendingBreak) {
      pendingBreak = level;
      if (level > 1) pendingSpaceFrom = null;
    }
  };

  // Where the pending collapsed space came from, when it is a character of a text node.
  let pendingSpaceFrom: { node: Text; index: number } | null = null;

  const emitText = (node: Text, pre: boolean) => {
    const data = node.data;
    let sourceOffsets: number[] = [];
    let chunk = '';
    const flush = () => {
      if (!chunk) return;
      segments.push({ node, start: out.length, sourceOffsets });
      out += chunk;
      chunk = '';
      sourceOffsets = [];
    };
    for (let i = 0; i < data.length; i++) {
      const ch = data[i]!;
      const isSpace = !pre && /\s/.test(ch) && ch !== '\u00a0';
      if (isSpace) {
        if (pendingBreak === 0) pendingSpaceFrom = { node, index: i };
        requestBreak(1);
        continue;
      }
      if (pendingBreak > 0) {
        const atStart = out.length + chunk.length === 0;
        if (!atStart && pendingBreak === 1 && pendingSpaceFrom?.node === node) {
          // A space inside this node stays part of it, so highlights span words.
          chunk += ' ';
          sourceOffsets.push(pendingSpaceFrom.index);
        } else if (!atStart) {
          // Block breaks and spaces between nodes belong to no node.
          flush();
          out += pendingBreak === 3 ? '\n\n' : pendingBreak === 2 ? '\n' : ' ';
        }
        pendingBreak = 0;
        pendingSpaceFrom = null;
      }
      chunk += ch === '\u00a0' ? ' ' : ch;
      sourceOffsets.push(i);
    }
    flush();
  };

  walkBlocks(root, emitText, requestBreak);
  return { text: out, segments };
}

/** Collapsible whitespace: every \s but the no-break space, which the reader keeps as a space. */
const COLLAPSIBLE = /[^\S\u00a0]+/g;

/**
 * Block-aware plain text of `root`: textWithMap's text, without its map.
 * Taken word by word rather than character by character, with no offset
 * kept per character: an article of 5 million characters took seconds and
 * most of its memory in the map.
 */
export function blockText(root: Node): string {
  const parts: string[] = [];
  let pendingBreak = 0;
  const requestBreak = (level: number) => {
    if (level > pendingBreak) pendingBreak = level;
  };
  const word = (value: string) => {
    if (pendingBreak > 0) {
      // Nothing before the first word: the text starts with it.
      if (parts.length) parts.push(pendingBreak === 3 ? '\n\n' : pendingBreak === 2 ? '\n' : ' ');
      pendingBreak = 0;
    }
    parts.push(value.includes('\u00a0') ? value.replaceAll('\u00a0', ' ') : value);
  };
  const onText = (node: Text, pre: boolean) => {
    const data = node.data;
    if (!data) return;
    if (pre) return word(data);
    let at = 0;
    COLLAPSIBLE.lastIndex = 0;
    for (let space = COLLAPSIBLE.exec(data); space; space = COLLAPSIBLE.exec(data)) {
      if (space.index > at) word(data.slice(at, space.index));
      requestBreak(1);
      at = space.index + space[0].length;
    }
    if (at < data.length) word(data.slice(at));
  };
  walkBlocks(root, onText, requestBreak);
  return parts.join('');
}

/** textContent with whitespace collapsed, ignoring scripts and styles. */
export function visibleText(root: Node): string {
  return collapseWhitespace(rawText(root));
}

function rawText(node: Node): string {
  if (node.nodeType === 3) return (node as Text).data;
  if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return '';
  if (node.nodeType === 1 && SKIPPED_TAGS.has((node as Element).localName)) return '';
  let text = '';
  for (let child = node.firstChild; child; child = child.nextSibling) {
    text += rawText(child);
    if (child.nodeType === 1 && isBlockElement(child as Element)) text += ' ';
  }
  return text;
}

/**
 * Whitespace that collapsing would change: a run of two, any but a plain
 * space, or any at either end.
 */
const UNCOLLAPSED = /\s\s|[^\S ]|^\s|\s$/;

export function collapseWhitespace(text: string): string {
  // Most short texts (a paragraph of minified markup) are collapsed already: asked first, without making a string,
  // as the global replace costs several times the test and the cleanup collapses every short block's text (bench:profile).
  return UNCOLLAPSED.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
}

/** Share of an element's text that sits inside links (0..1). */
export function linkDensity(element: Element, textLength = visibleText(element).length): number {
  if (textLength === 0) return 0;
  let linked = 0;
  for (const link of Array.from(element.querySelectorAll('a'))) linked += visibleText(link).length;
  return Math.min(1, linked / textLength);
}
