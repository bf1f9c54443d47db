import { describe, expect, it } from 'vitest';
import { findMainContent } from '@/lib/extract/main-content';
import { documentFrom } from '../helpers';

const prose = (count: number, topic = 'the bridge') =>
  Array.from(
    { length: count },
    (_, i) =>
      `<p>Paragraph ${i + 1} about ${topic}: the council met on Tuesday, debated for hours, and voted to close it for repairs until spring.</p>`,
  ).join('');

const SIDEBAR =
  '<div class="sidebar"><ul><li><a href="/a/">Most read story one</a></li><li><a href="/b/">Most read story two</a></li></ul></div>';

describe('findMainContent', () => {
  it('picks the WordPress .entry-content', () => {
    const doc = documentFrom(
      `<body><div id="page"><article><h1>Story</h1><div id="t" class="entry-content">${prose(4)}</div><footer>Tags</footer></article>${SIDEBAR}</div></body>`,
    );
    expect(findMainContent(doc)?.id).toBe('t');
  });

  it('prefers schema.org articleBody', () => {
    const doc = documentFrom(
      `<body><main><div class="post-content"><div id="t" itemprop="articleBody">${prose(4)}</div></div></main></body>`,
    );
    expect(findMainContent(doc)?.id).toBe('t');
  });

  it('finds the paragraph-dense block on a page without semantic markup', () => {
    const doc = documentFrom(
      `<body><div id="top"><a href="/">News</a></div><div id="wrap"><div id="t">${prose(6)}</div>${SIDEBAR}</div><div id="bottom"><p>Copyright 2024 News Example, all rights reserved.</p></div></body>`,
    );
    expect(findMainContent(doc)?.id).toBe('t');
  });

  it('distrusts an <article> teaser that holds little of the page’s prose', () => {
    const teaser = '<article id="teaser"><p>A short teaser that links elsewhere, with a few words in it.</p></article>';
    const doc = documentFrom(`<body>${teaser}<div id="t">${prose(6)}</div></body>`);
    expect(findMainContent(doc)?.id).toBe('t');
  });

  it('falls back to the body of a page without paragraphs', () => {
    const doc = documentFrom('<body><div>Just a line</div></body>');
    expect(findMainContent(doc)).toBe(doc.body);
  });

  it('does not change the page', () => {
    const doc = documentFrom(`<body><div id="t">${prose(3)}</div></body>`);
    const before = doc.documentElement.outerHTML;
    findMainContent(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
