import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { parseSnapshot, SLICE_CHARS, SLICE_ELEMENTS, takeSnapshot, takeSnapshotInSlices } from '@/lib/dom/snapshot';
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
});
