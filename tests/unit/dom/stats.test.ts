import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { collapsedLength, TextStats, type ElementStats } from '@/lib/dom/stats';
import { fixture } from '../helpers';

function documentOf(html: string): Document {
  return new JSDOM(html).window.document;
}

const IGNORED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math']);

/** What the classifiers read, worked out the slow way: each element's own subtree walked again. */
function slowly(element: Element): Pick<ElementStats, 'textLength' | 'linkTextLength' | 'links' | 'listItems' | 'forms'> {
  const figures = { textLength: 0, linkTextLength: 0, links: 0, listItems: 0, forms: 0 };
  const visit = (node: Element, inLink: boolean) => {
    if (node.localName === 'a' && node.hasAttribute('href')) figures.links++;
    if (node.localName === 'li') figures.listItems++;
    if (node.localName === 'form') figures.forms++;
    const link = inLink || node.localName === 'a';
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) {
        const length = (child as Text).data.replace(/\s+/g, ' ').trim().length;
        figures.textLength += length;
        if (link) figures.linkTextLength += length;
      } else if (child.nodeType === 1 && !IGNORED.has((child as Element).localName)) visit(child as Element, link);
    }
  };
  visit(element, !!element.closest('a'));
  return figures;
}

describe('text statistics', () => {
  it('counts text as it reads, whitespace collapsed, without scripts and styles', () => {
    const doc = documentOf(
      '<body><div id="box">  Hello \n\t  <b>big</b>   world  <script>var hidden = 1;</script><style>p{}</style></div>' +
        '<nav id="nav"><a href="/a">One</a> <a href="/b">Two</a></nav><p id="mixed">Read <a href="/c">this</a> now.</p></body>',
    );
    const stats = new TextStats(doc.body);
    expect(stats.textLength(doc.getElementById('box')!)).toBe('Hello'.length + 'big'.length + 'world'.length);
    expect(stats.linkDensity(doc.getElementById('nav')!)).toBe(1);
    expect(stats.count(doc.getElementById('nav')!, 'links')).toBe(2);
    // Each text node is trimmed on its own: 'Read', 'this', 'now.'.
    expect(stats.linkDensity(doc.getElementById('mixed')!)).toBeCloseTo(4 / 12);
    expect(stats.count(doc.getElementById('mixed')!, 'links')).toBe(1);
    expect(stats.count(doc.body, 'links')).toBe(3);
  });

  it('gives every element of a real page the figures its own subtree has', () => {
    const doc = documentOf(fixture('seed/kazakhstan-wordpress.html'));
    const stats = new TextStats(doc.body);
    const elements = Array.from(doc.body.querySelectorAll('*'));
    expect(elements.length).toBeGreaterThan(200);
    for (const element of elements) {
      const expected = slowly(element);
      const got = stats.get(element);
      expect({ element: element.outerHTML.slice(0, 80), ...expected }).toEqual({
        element: element.outerHTML.slice(0, 80),
        textLength: got.textLength,
        linkTextLength: got.linkTextLength,
        links: got.links,
        listItems: got.listItems,
        forms: got.forms,
      });
    }
  });

  it('measures on request an element below a script or an svg, or outside the root', () => {
    const doc = documentOf('<body><main><svg><text id="label"> Chart  title </text></svg></main><aside id="out">Side</aside></body>');
    const stats = new TextStats(doc.querySelector('main')!);
    expect(stats.textLength(doc.querySelector('main')!)).toBe(0);
    expect(stats.textLength(doc.getElementById('label')!)).toBe('Chart title'.length);
    expect(stats.textLength(doc.getElementById('out')!)).toBe(4);
  });

  it('gives what an svg holds its own figures, each asked after the svg itself', () => {
    const doc = documentOf(
      '<body><svg id="icon"><g id="group"><text id="a">One</text><a href="/x"><text id="b">Two words</text></a></g></svg></body>',
    );
    const stats = new TextStats(doc.body);
    expect(stats.textLength(doc.getElementById('icon')!)).toBe(3 + 9);
    expect(stats.textLength(doc.getElementById('group')!)).toBe(3 + 9);
    expect(stats.textLength(doc.getElementById('a')!)).toBe(3);
    expect(stats.linkDensity(doc.getElementById('b')!)).toBe(1);
    expect(stats.linkDensity(doc.getElementById('group')!)).toBeCloseTo(9 / 12);
  });

  it('measures collapsed text as replace(/\\s+/g, " ").trim() would, without the copy', () => {
    for (const text of ['', '   ', 'a', ' a ', 'a  b', '\u00a0x\u2003y\u3000', 'one\n\ttwo  three ', '\ufeffz\u200bz', 'é 😀  é']) {
      expect(collapsedLength(text), JSON.stringify(text)).toBe(text.replace(/\s+/g, ' ').trim().length);
    }
  });
});
