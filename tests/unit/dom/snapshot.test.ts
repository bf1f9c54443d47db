import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { parseSnapshot, SLICE_CHARS, SLICE_ELEMENTS, takeSnapshot, takeSnapshotInChunks, takeSnapshotInSlices } from '@/lib/dom/snapshot';
import { addressesOf } from '@/lib/dom/address';
import { SNAPSHOT_PART_CHARS } from '@/lib/messages';
import { limitElements, limitTextNodes } from '@/lib/analysis-budget';
import { runAnalysisTask } from '@/lib/snapshot-analysis';
import { fixture } from '../helpers';

/**
 * A live page as a browser has it: with scripts on, <noscript> holds its
 * markup as text (jsdom parses it as elements, so it is put back as text).
 */
function livePage(html: string, headNoscript = ''): Document {
  const doc = new JSDOM(html, { url: 'https://news.example/story/' }).window.document;
  for (const noscript of Array.from(doc.getElementsByTagName('noscript'))) noscript.textContent = noscript.innerHTML;
  if (headNoscript) {
    const noscript = doc.createElement('noscript');
    noscript.textContent = headNoscript;
    doc.head.prepend(noscript);
  }
  return doc;
}

const parser = () => new new JSDOM('').window.DOMParser();
const tags = (doc: Document) => Array.from(doc.body.getElementsByTagName('*'), (element) => element.localName);

describe('snapshot', () => {
  it('parses back into a body with the live page’s elements in the same order, and the head’s metadata', () => {
    const live = livePage(fixture('seed/kazakhstan-wordpress.html'));
    const snapshot = takeSnapshot(live);
    const parsed = parseSnapshot(snapshot, parser());
    expect(tags(parsed)).toEqual(tags(live));
    expect(parsed.title).toBe(live.title);
    expect(parsed.querySelectorAll('meta').length).toBe(live.querySelectorAll('meta').length);
  });

  it('keeps addresses when a <noscript> tracking pixel in the head or lazy images in the body would be parsed as markup', () => {
    const live = livePage(
      '<!doctype html><html lang="de" class="translated-ltr"><head><title>T</title><meta name="author" content="A"><script src="/plugins/gtranslate/js/base.js"></script><style>body{margin:0}</style></head>' +
        '<body><div class="a"><noscript><img src=x.jpg alt=unquoted></noscript><p>Text</p></div><aside class="related"><p>More</p></aside></body></html>',
      '<img src="/pixel.gif">',
    );
    expect(live.body.querySelectorAll('img')).toHaveLength(0);
    const parsed = parseSnapshot(takeSnapshot(live), parser());
    expect(tags(parsed)).toEqual(tags(live));
    expect(parsed.body.textContent).toBe(live.body.textContent);
    expect(parsed.documentElement.lang).toBe('de');
    expect(parsed.documentElement.className).toBe('translated-ltr');
    expect(parsed.head.querySelector('script[src*="gtranslate"]')).not.toBeNull();
    expect(parsed.querySelector('meta[name="author"]')?.getAttribute('content')).toBe('A');
  });

  it('takes a large body in slices, with pauses for the page, and the same markup as outerHTML', async () => {
    const rows = Array.from(
      { length: SLICE_ELEMENTS },
      (_, index) =>
        `<li data-n="${index}" title='say "hi" &amp; go'>Item ${index} &lt;b&gt; &amp; more&nbsp;<br><!-- note ${index} --></li>`,
    ).join('\n');
    const live = livePage(
      `<!doctype html><html><body class="b"><div id="wrap">Intro &amp; <ul>${rows}</ul><img src="a.png"><p>End</p></div></body></html>`,
    );
    let pauses = 0;
    const snapshot = await takeSnapshotInSlices(live, live.URL, async () => void pauses++);
    expect(pauses).toBeGreaterThan(0);
    expect(snapshot.body).toBe(live.body.outerHTML);
    expect(takeSnapshot(live).body).toBe(live.body.outerHTML);
  });

  it('goes down a page its script nested thousands deep in a few slices, to the article after it, with the same markup', async () => {
    const live = livePage('<!doctype html><html><body><div id="well"></div></body></html>');
    let node = live.getElementById('well')!;
    for (let depth = 0; depth < 5000; depth++) node = node.appendChild(live.createElement('div'));
    node.append('At the bottom of the well.');
    const article = live.body.appendChild(live.createElement('article'));
    article.innerHTML = '<h1>Harbour reopens</h1><p>The harbour reopened on Friday.</p>';
    let pauses = 0;
    const snapshot = await takeSnapshotInSlices(live, live.URL, async () => void pauses++);
    expect(snapshot.body).toBe(live.body.outerHTML);
    expect(snapshot.truncated).toBeUndefined();
    // Each pause is the page's turn and, on a loaded machine, tens of milliseconds before the next slice: counting
    // 400 elements under every level made this chain 57 slices, and a 10,000-deep one outlasted the popup's budget.
    expect(pauses).toBeLessThanOrEqual(5);
  });

  it('ends a slice when its time is up on a slow machine, with the same markup and chunks of whole message parts', async () => {
    const rows = Array.from({ length: 500 }, (_, index) => `<li data-n="${index}">Item ${index} &amp; a few more words</li>`).join('');
    const live = livePage(`<!doctype html><html><body><main><ul>${rows}</ul><ul>${rows}</ul><ul>${rows}</ul></main></body></html>`);
    const unclocked = await slicesOf(live);
    // A clock that says each reading took a millisecond: a machine so loaded that every element overruns a slice.
    let time = 0;
    let pauses = 0;
    const clock = { now: () => time++, sliceMs: 4 };
    const { snapshot, chunks } = await takeSnapshotInChunks(live, live.URL, async () => void pauses++, { clock });
    expect(chunks.join('')).toBe(live.body.outerHTML);
    expect(snapshot.noscripts).toEqual(unclocked.snapshot.noscripts);
    expect(pauses).toBeGreaterThan(unclocked.pauses * 10);
    // Chunks are message parts (SNAPSHOT_PART_CHARS), not one per slice, however short the slices.
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.slice(0, -1).every((chunk) => chunk.length === SNAPSHOT_PART_CHARS)).toBe(true);
  });

  /** The snapshot in slices, and how many times the page was let run in between. */
  async function slicesOf(live: Document) {
    let pauses = 0;
    const snapshot = await takeSnapshotInSlices(live, live.URL, async () => void pauses++);
    return { snapshot, pauses };
  }

  it('cuts a text-heavy page of few elements into slices of characters, not one long serialisation', async () => {
    // 300 paragraphs of 1,500 characters: 450 kB in a few hundred elements, far under the element cap.
    const paragraph = 'The council said on Tuesday that the harbour would reopen next spring &amp; not before. '.repeat(17);
    const live = livePage(`<!doctype html><html><body><main><article>${`<p>${paragraph}</p>`.repeat(300)}</article></main></body></html>`);
    expect(live.body.getElementsByTagName('*').length).toBeLessThan(SLICE_ELEMENTS);
    const { snapshot, pauses } = await slicesOf(live);
    expect(snapshot.body).toBe(live.body.outerHTML);
    // Roughly one pause per SLICE_CHARS of markup, however few the elements.
    expect(pauses).toBeGreaterThanOrEqual(Math.floor(snapshot.body.length / SLICE_CHARS) - 1);
  });

  it('writes a long text node in pieces, and the text of scripts and styles unescaped, as outerHTML does', async () => {
    const long = 'Harbour & <budget> '.repeat(6_000);
    const script = `var data = "${'<b>&amp;</b>'.repeat(4_000)}";`;
    const live = livePage(
      `<!doctype html><html><body><div id="a"><p>Short</p></div><script>${script}</script><style>${'p > a { color: red } '.repeat(2000)}</style>` +
        `<template><p>${'Inside a template. '.repeat(2000)}</p></template><svg><style>${'a < b & c '.repeat(4000)}</style></svg></body></html>`,
    );
    live.getElementById('a')!.append(live.createTextNode(long));
    const { snapshot, pauses } = await slicesOf(live);
    expect(pauses).toBeGreaterThanOrEqual(Math.floor(long.length / SLICE_CHARS));
    expect(snapshot.body).toBe(live.body.outerHTML);
    const parsed = parseSnapshot(snapshot, parser());
    expect(parsed.getElementById('a')!.textContent).toBe(`Short${long}`);
    expect(parsed.querySelector('script')!.textContent).toBe(script);
  });

  it('takes a head of megabytes of inline script in slices too, with the same markup as in one go', async () => {
    const state = `window.__STATE__ = ${JSON.stringify({ items: Array.from({ length: 12000 }, (_, index) => ({ id: index, title: `Story <${index}> & more` })) })};`;
    const live = livePage(
      `<!doctype html><html><head><title>T</title><meta name="author" content="A"><style>p{margin:0}</style>` +
        `<script type="application/ld+json">{"@type":"NewsArticle"}</script><script id="state">${state}</script>` +
        `<script src="/plugins/gtranslate/js/base.js"></script></head><body><p>Short body</p></body></html>`,
    );
    expect(state.length).toBeGreaterThan(8 * SLICE_CHARS);
    const expected = Array.from(live.head.children)
      .filter((child) => child.localName !== 'style')
      .map((child) => child.outerHTML)
      .join('');
    const { snapshot, pauses } = await slicesOf(live);
    expect(snapshot.head).toBe(expected);
    expect(takeSnapshot(live).head).toBe(expected);
    expect(pauses).toBeGreaterThanOrEqual(Math.floor(state.length / SLICE_CHARS));
    const parsed = parseSnapshot(snapshot, parser());
    expect(parsed.getElementById('state')!.textContent).toBe(state);
    expect(parsed.head.querySelector('style')).toBeNull();
  });

  it('takes no more of a long text node than the analysis reads, cutting what limitTextNodes cuts, and says how long it was', async () => {
    const long = 'The harbour will reopen in spring. '.repeat(3000);
    const live = livePage(
      `<!doctype html><html><body><article><p>Lead</p><div id="long">${long}</div><script>var x = "${long}";</script><p>After</p></article></body></html>`,
    );
    const maxTextChars = 40_000;
    const { snapshot, chunks } = await takeSnapshotInChunks(live, live.URL, async () => {}, { maxTextChars });
    expect(snapshot.longestText).toBe(long.length + 'var x = "";'.length);
    expect(chunks.join('').length).toBeLessThan(2 * maxTextChars + 1000);
    const cut = parseSnapshot({ ...snapshot, body: chunks.join('') }, parser());
    const reference = parseSnapshot(takeSnapshot(live), parser());
    expect(limitTextNodes(reference, { ms: 60_000, maxTextChars, maxElements: 1e9, maxReaderElements: 1e9 })).not.toBeNull();
    expect(cut.body.outerHTML).toBe(reference.body.outerHTML);
    expect(cut.getElementById('long')!.textContent).toBe(long.slice(0, maxTextChars));
    expect(cut.querySelector('p:last-of-type')!.textContent).toBe('After');
    expect((await takeSnapshotInChunks(live, live.URL, async () => {})).snapshot.longestText).toBeUndefined();
  });

  describe('on a page with more elements than the analysis reads', () => {
    // Sections of 30 elements each inside one <main> of about 2,400: larger than a subtree serialised whole,
    // so the cut falls inside opened elements, between text, comments and a <noscript>.
    const section = (index: number) =>
      `<section id="s${index}"><h2>Part ${index}</h2>Lead ${index} <!-- c${index} -->` +
      `${Array.from({ length: 7 }, (_, row) => `<p class="r${row}">Row ${row} of ${index} <b>bold</b> <i>it</i> <a href="/${index}/${row}">x</a></p>`).join(' ')}` +
      `<noscript><img src="/${index}.png"></noscript></section>`;
    const html = `<!doctype html><html><body><header><nav><a href="/">Home</a></nav></header><main>${Array.from({ length: 80 }, (_, index) => section(index)).join('\n')}</main><footer><p>The end</p></footer></body></html>`;
    const budget = { ms: 60_000, maxTextChars: 1e9, maxElements: 0, maxReaderElements: 1e9 };

    // Four caps, each parsed twice by jsdom: ~20 s on 2 loaded cores, over vitest's default 30 s at a load of 15.
    it(
      'stops at the cap, in document order, cutting exactly what limitElements cuts from the whole page',
      { timeout: 120_000 },
      async () => {
        const live = livePage(html);
        const total = live.body.getElementsByTagName('*').length;
        const whole = parseSnapshot(takeSnapshot(live), parser());
        for (const cap of [1, 29, 1234, total - 1]) {
          const { snapshot, chunks } = await takeSnapshotInChunks(live, live.URL, async () => {}, { maxElements: cap });
          expect(snapshot.truncated).toEqual({ elements: cap, total });
          const cut = parseSnapshot({ ...snapshot, body: chunks.join('') }, parser());
          const reference = parseSnapshot(takeSnapshot(live), parser());
          expect(limitElements(reference, { ...budget, maxElements: cap })).not.toBeNull();
          expect(cut.body.outerHTML).toBe(reference.body.outerHTML);
          // The elements kept have the addresses they have in the whole page's snapshot, fingerprints included
          // except for the ancestors of the cut, whose text is shorter (the hide list then leaves them alone).
          const kept = Array.from(cut.body.getElementsByTagName('*'));
          expect(kept).toHaveLength(cap);
          const full = Array.from(whole.body.getElementsByTagName('*')).slice(0, cap);
          let last: Node = cut.body;
          while (last.lastChild) last = last.lastChild;
          const complete = (element: Element) => !element.contains(last);
          const addresses = addressesOf(cut, kept);
          const wholeAddresses = addressesOf(whole, full);
          expect(addresses.map((address) => address!.index)).toEqual(wholeAddresses.map((address) => address!.index));
          kept.forEach((element, index) => {
            if (complete(element)) expect(addresses[index]!.fingerprint).toBe(wholeAddresses[index]!.fingerprint);
          });
        }
      },
    );

    it('takes the whole page, and says nothing, when it is within the cap', () => {
      const live = livePage(html);
      const total = live.body.getElementsByTagName('*').length;
      const snapshot = takeSnapshot(live, live.URL, { maxElements: total });
      expect(snapshot.truncated).toBeUndefined();
      expect(snapshot.body).toBe(live.body.outerHTML);
    });

    it('gives a report that says it is partial, with how many elements were read of how many', () => {
      const live = livePage(html);
      const total = live.body.getElementsByTagName('*').length;
      const snapshot = takeSnapshot(live, live.URL, { maxElements: 1000 });
      const { window } = new JSDOM('');
      const result = runAnalysisTask({ task: 'report', snapshot, rule: null, settings: {} }, new window.DOMParser(), window as never);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.value.partial?.reasons).toContain(
        `The page is very large: only its first 1,000 elements (of ${total.toLocaleString('en')}) were read.`,
      );
      expect(total).toBeGreaterThan(1000);
    });
  });
});
