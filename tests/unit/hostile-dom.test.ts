/**
 * Any DOM a page can hold: analysis never throws, never changes the page it
 * reads, and cleanup + restore give back exactly the page as it was. Random
 * trees (fast-check) and the shapes hostile or broken pages take.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { analyzePage, summarizePage } from '@/lib/analyze';
import { cleanupPage } from '@/lib/boilerplate/cleanup';
import { restorePage } from '@/lib/boilerplate/hidden';

const PROSE = 'The city council approved the harbour budget on Tuesday after a long debate about dredging and the ferry terminal.';

/** Analyses `dom` both ways and cleans and restores it; returns the report, having checked that the page came out as it went in. */
function survive(dom: JSDOM) {
  const doc = dom.window.document;
  const before = doc.documentElement.outerHTML;
  const report = analyzePage(doc, { window: dom.window as unknown as Window & typeof globalThis });
  const summary = summarizePage(doc);
  expect(doc.documentElement.outerHTML).toBe(before);
  cleanupPage(doc);
  restorePage(doc);
  expect(doc.documentElement.outerHTML).toBe(before);
  return { report, summary };
}

const TAGS = [
  'div',
  'p',
  'span',
  'a',
  'section',
  'article',
  'aside',
  'nav',
  'footer',
  'header',
  'ul',
  'li',
  'h2',
  'h3',
  'form',
  'button',
  'img',
  'table',
  'tr',
  'td',
  'figure',
  'figcaption',
  'blockquote',
  'svg',
  'iframe',
  'template',
  'x-widget',
];
const CLASSES = [
  'related',
  'comments',
  'share',
  'entry-content',
  'post',
  'ad',
  'newsletter',
  'author-box',
  'menu',
  'content',
  'sidebar',
  '',
];
const TEXTS = [
  PROSE,
  'Also read:',
  'Leave a Reply',
  'Share',
  'Subscribe to our newsletter',
  'Cookies',
  '',
  '  ',
  'Ж ż ü 中文',
  '<b>not markup</b>',
  'a\u0000b',
];

interface Tree {
  tag: string;
  className: string;
  text: string;
  children: Tree[];
}
/** Trees up to `depth` levels deep (fast-check's letrec can recurse past the stack on its own). */
const treeOf = (depth: number): fc.Arbitrary<Tree> =>
  fc.record({
    tag: fc.constantFrom(...TAGS),
    className: fc.constantFrom(...CLASSES),
    text: fc.constantFrom(...TEXTS),
    children: depth === 0 ? fc.constant([]) : fc.array(treeOf(depth - 1), { maxLength: 3 }),
  });
const tree = treeOf(5);

function build(doc: Document, node: Tree): Element {
  const element = doc.createElement(node.tag);
  if (node.className) element.setAttribute('class', node.className);
  if (node.tag === 'a') element.setAttribute('href', '/story/related');
  if (node.text) element.append(doc.createTextNode(node.text));
  for (const child of node.children) element.append(build(doc, child));
  return element;
}

describe('random page trees', () => {
  it('never make analysis throw or change the page, and cleanup is undone exactly', { timeout: 300_000 }, () => {
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 5 }), fc.boolean(), (trees, withHead) => {
        const dom = new JSDOM('<!doctype html><html><head><title>Page</title></head><body></body></html>', {
          url: 'https://farm.example/story/',
        });
        const doc = dom.window.document;
        if (!withHead) doc.head.remove();
        for (const node of trees) doc.body.append(build(doc, node));
        try {
          const { report } = survive(dom);
          expect(['machine-translated', 'uncertain', 'human']).toContain(report.mt.verdict);
        } finally {
          dom.window.close();
        }
      }),
      { numRuns: 50 },
    );
  });
});

describe('hostile and broken documents', () => {
  const article = `<article><h1>Harbour budget</h1>${`<p>${PROSE}</p>`.repeat(6)}</article>`;
  const page = (body: string, head = '<title>Harbour budget</title>') =>
    new JSDOM(`<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`, { url: 'https://farm.example/story/' });

  it('1,000 nested elements: read in linear time, the article found', () => {
    const { report } = survive(page(`${'<div>'.repeat(1000)}${article}${'</div>'.repeat(1000)}`));
    expect(report.article.text).toContain('harbour budget');
  });

  it('hundreds of iframes, open and closed shadow roots, custom elements whose getters throw', { timeout: 120_000 }, () => {
    const dom = page(
      `${article}${'<iframe src="about:blank"></iframe>'.repeat(200)}<div id="open"></div><div id="closed"></div><x-trap>trap</x-trap>`,
    );
    const doc = dom.window.document;
    doc.getElementById('open')!.attachShadow({ mode: 'open' }).append(doc.createTextNode('in an open shadow root'));
    doc.getElementById('closed')!.attachShadow({ mode: 'closed' }).append(doc.createTextNode('in a closed shadow root'));
    dom.window.customElements.define(
      'x-trap',
      class extends dom.window.HTMLElement {
        get textLength(): number {
          throw new Error('trap');
        }
        override get className(): string {
          throw new Error('trap');
        }
      },
    );
    const { report } = survive(dom);
    expect(report.article.text).toContain('harbour budget');
  });

  it('a document without body or head, a frameset, and a page that replaced document.title', () => {
    const bare = page(article);
    bare.window.document.head.remove();
    expect(survive(bare).report.article.text).toContain('harbour budget');

    const noBody = page('');
    noBody.window.document.body.remove();
    expect(survive(noBody).report.article.text).toBe('');

    const frames = new JSDOM('<!doctype html><html><frameset><frame src="a.html"></frameset></html>', { url: 'https://farm.example/' });
    expect(survive(frames).report.article.text).toBe('');

    const retitled = page(article);
    Object.defineProperty(retitled.window.document, 'title', {
      get: () => {
        throw new Error('no title for you');
      },
    });
    expect(survive(retitled).report.article.text).toContain('harbour budget');
  });

  it('SVG and XML documents', () => {
    const svg = new JSDOM('<svg xmlns="http://www.w3.org/2000/svg"><text>Harbour</text></svg>', {
      contentType: 'image/svg+xml',
      url: 'https://farm.example/a.svg',
    });
    expect(() => survive(svg)).not.toThrow();
    const xml = new JSDOM('<?xml version="1.0"?><feed><entry><title>Harbour</title></entry></feed>', {
      contentType: 'application/xml',
      url: 'https://farm.example/feed.xml',
    });
    expect(() => survive(xml)).not.toThrow();
  });

  it('a 10 MB text node', { timeout: 120_000 }, () => {
    const dom = page(article);
    dom.window.document.body.append(dom.window.document.createTextNode(`${PROSE} `.repeat(90_000)));
    expect(() => survive(dom)).not.toThrow();
  });
});
