import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { blockText, textWithMap, visibleText } from '@/lib/dom/text';
import { documentFrom } from '../helpers';

function body(html: string): HTMLElement {
  return documentFrom(`<!doctype html><html><body>${html}</body></html>`).body;
}

describe('blockText', () => {
  it('puts a blank line between paragraphs and headings', () => {
    expect(blockText(body('<h2>Title</h2><p>First one.</p><p>Second one.</p>'))).toBe('Title\n\nFirst one.\n\nSecond one.');
  });

  it('collapses runs of whitespace and joins inline elements', () => {
    expect(blockText(body('<p>  The   <em>new</em>\n\n   bridg<b>es</b>  opened. </p>'))).toBe('The new bridges opened.');
  });

  it('puts list items and <br> on their own lines', () => {
    expect(blockText(body('<ul><li>One</li><li>Two</li></ul><p>a<br>b</p>'))).toBe('One\nTwo\n\na\nb');
  });

  it('keeps the spaces and line breaks of <pre>', () => {
    expect(blockText(body('<p>Code:</p><pre>if (x) {\n    go();\n}</pre>'))).toBe('Code:\n\nif (x) {\n    go();\n}');
  });

  it('turns no-break spaces into spaces and skips scripts and styles', () => {
    expect(blockText(body('<p>10\u00a0km<script>var x = 1;</script><style>p{}</style> away</p>'))).toBe('10 km away');
  });

  it('is the same text the reader maps its highlights onto, on any tree', () => {
    // blockText is taken word by word and textWithMap character by character: the flags' offsets depend on their agreeing.
    const TAGS = ['p', 'div', 'span', 'b', 'li', 'ul', 'pre', 'br', 'td', 'tr', 'table', 'h2', 'script', 'a', 'dt', 'dd'];
    const TEXTS = [
      '',
      ' ',
      'word',
      '  two  words ',
      '\n\tx\n',
      '10\u00a0km',
      '\u00a0',
      ' \u00a0 ',
      'a\u2003b',
      'end. ',
      '\ufeffz',
      '\ud83d',
    ];
    type Tree = { tag: string; texts: string[]; children: Tree[] };
    const treeOf = (depth: number): fc.Arbitrary<Tree> =>
      fc.record({
        tag: fc.constantFrom(...TAGS),
        texts: fc.array(fc.constantFrom(...TEXTS), { maxLength: 3 }),
        children: depth === 0 ? fc.constant([]) : fc.array(treeOf(depth - 1), { maxLength: 3 }),
      });
    const root = body('');
    const build = (node: Tree): Element => {
      const element = root.ownerDocument.createElement(node.tag);
      for (const [index, text] of node.texts.entries()) {
        element.append(root.ownerDocument.createTextNode(text));
        if (node.children[index]) element.append(build(node.children[index]));
      }
      for (const child of node.children.slice(node.texts.length)) element.append(build(child));
      return element;
    };
    fc.assert(
      fc.property(fc.array(treeOf(4), { minLength: 1, maxLength: 4 }), (trees) => {
        root.replaceChildren(...trees.map(build));
        expect(blockText(root)).toBe(textWithMap(root).text);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('visibleText', () => {
  it('gives the collapsed text with blocks separated by a space', () => {
    expect(visibleText(body('<div><p>One</p><p>Two</p></div><script>no()</script>'))).toBe('One Two');
  });
});

describe('textWithMap', () => {
  it('maps every character of the text back to the same character of its text node', () => {
    const root = body(
      '<h2> Head\nline </h2><p>The  <em>Ministry</em> of\n National <a href="#">Defense</a> said.</p><ul><li>One</li><li> Two </li></ul><pre>a  b</pre>',
    );
    const { text, segments } = textWithMap(root);
    expect(text).toBe('Head line\n\nThe Ministry of National Defense said.\n\nOne\nTwo\n\na  b');
    const covered = new Set<number>();
    for (const segment of segments) {
      segment.sourceOffsets.forEach((offset, i) => {
        const shown = text[segment.start + i]!;
        const source = segment.node.data[offset]!;
        // A collapsed space may map back to the whitespace it stands for.
        if (shown === ' ') expect(source).toMatch(/\s/);
        else expect(source).toBe(shown);
        covered.add(segment.start + i);
      });
    }
    // Every visible character belongs to a segment; only separators may not.
    for (let i = 0; i < text.length; i++) if (/\S/.test(text[i]!)) expect(covered.has(i)).toBe(true);
  });

  it('finds the node and offset of a word in the middle of the text', () => {
    const root = body('<p>Alpha   beta</p><p>gamma <b>delta</b></p>');
    const { text, segments } = textWithMap(root);
    const index = text.indexOf('delta');
    const segment = segments.find((s) => index >= s.start && index < s.start + s.sourceOffsets.length)!;
    expect(segment.node.parentElement?.localName).toBe('b');
    expect(segment.sourceOffsets[index - segment.start]).toBe(0);
    const beta = text.indexOf('beta');
    const betaSegment = segments.find((s) => beta >= s.start && beta < s.start + s.sourceOffsets.length)!;
    expect(betaSegment.node.data.slice(betaSegment.sourceOffsets[beta - betaSegment.start]!)).toBe('beta');
  });
});
