import { describe, expect, it } from 'vitest';
import { extractMetadata, canonicalUrl } from '@/lib/extract/metadata';
import { documentFrom } from '../helpers';

const URL = 'https://www.news.example/2024/05/01/story/';

function metadataOf(head: string, body = '') {
  const doc = documentFrom(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, URL);
  return extractMetadata(doc, URL, null);
}

const ld = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

describe('extractMetadata', () => {
  it('reads a NewsArticle in JSON-LD', () => {
    const meta = metadataOf(
      ld({
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        headline: 'Bridge closes for repairs',
        author: { '@type': 'Person', name: 'Jane Doe' },
        datePublished: '2024-05-01T08:00:00+02:00',
        publisher: { '@type': 'Organization', name: 'Daily Planet' },
      }),
    );
    expect(meta).toEqual({
      title: 'Bridge closes for repairs',
      byline: 'Jane Doe',
      published: '2024-05-01T08:00:00+02:00',
      siteName: 'Daily Planet',
      siteNameDeclared: 'Daily Planet',
    });
  });

  it('finds the article inside an @graph and joins an array of authors', () => {
    const meta = metadataOf(
      ld({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebSite', name: 'Daily Planet' },
          { '@type': ['Article', 'NewsArticle'], headline: 'Council votes', author: [{ name: 'Jane Doe' }, { name: 'Jan Kowalski' }] },
        ],
      }),
    );
    expect(meta.title).toBe('Council votes');
    expect(meta.byline).toBe('Jane Doe, Jan Kowalski');
    expect(meta.siteName).toBe('Daily Planet');
  });

  it('ignores broken JSON-LD and reads Open Graph and meta tags instead', () => {
    const meta = metadataOf(
      '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Broken",</script>' +
        '<meta property="og:title" content="Tram line opens"><meta property="og:site_name" content="City Post">' +
        '<meta name="author" content="Anna Nowak"><meta property="article:published_time" content="2024-04-30">',
    );
    expect(meta).toEqual({
      title: 'Tram line opens',
      byline: 'Anna Nowak',
      published: '2024-04-30',
      siteName: 'City Post',
      siteNameDeclared: 'City Post',
    });
  });

  it('falls back to the visible byline, <time datetime> and the host name', () => {
    const meta = metadataOf(
      '<title>Market hall reopens</title>',
      '<article><h1>Market hall reopens</h1><p>By <a rel="author" href="/jane/">Jane Doe</a> <time datetime="2024-05-01T09:30:00Z">1 May</time></p></article>',
    );
    expect(meta.byline).toBe('Jane Doe');
    expect(meta.published).toBe('2024-05-01T09:30:00Z');
    expect(meta.siteName).toBe('news.example');
    // The host name is what the reader shows; the page itself declared no name.
    expect(meta.siteNameDeclared).toBeNull();
    expect(meta.title).toBe('Market hall reopens');
  });

  it('strips a "By" prefix from a visible byline', () => {
    expect(metadataOf('', '<article><h1>A</h1><p class="byline">By Jane Doe</p></article>').byline).toBe('Jane Doe');
  });

  it('strips the " | Site" suffix from the title', () => {
    expect(
      metadataOf('<meta property="og:site_name" content="Daily Planet"><title>Mayor opens new bridge | Daily Planet</title>').title,
    ).toBe('Mayor opens new bridge');
    expect(metadataOf('<title>Mayor opens new bridge over the river – City Post</title>').title).toBe(
      'Mayor opens new bridge over the river',
    );
  });

  it('keeps a title whose dash is part of the headline', () => {
    const title = 'Why the vote matters - and what the council will have to do next';
    expect(metadataOf(`<title>${title}</title>`).title).toBe(title);
  });

  it('drops an implausibly long byline', () => {
    expect(metadataOf(`<meta name="author" content="${'Name '.repeat(40)}">`).byline).toBeNull();
  });
});

describe('canonicalUrl', () => {
  it('prefers the canonical link', () => {
    const doc = documentFrom(
      '<head><link rel="canonical" href="https://news.example/story/"><meta property="og:url" content="https://news.example/og/"></head>',
    );
    expect(canonicalUrl(doc)).toBe('https://news.example/story/');
  });

  it('skips a relative canonical and uses og:url', () => {
    const doc = documentFrom(
      '<head><link rel="canonical" href="/story/"><meta property="og:url" content="https://news.example/og/"></head>',
    );
    expect(canonicalUrl(doc)).toBe('https://news.example/og/');
  });

  it('returns null when the page names no address', () => {
    expect(canonicalUrl(documentFrom('<p>x</p>'))).toBeNull();
  });
});

describe('metadata cleanup', () => {
  it.each([
    ['2015-07-10 09:53:00 -0400', '2015-07-10T09:53:00-04:00'],
    ['2021-11-01T10:52:50+0100', '2021-11-01T10:52:50+01:00'],
    ['05/29/2007 09:49:00', '2007-05-29T09:49:00'],
    ['24.02.2022', '2022-02-24'],
    ['2023-12-20T20:09:56.0000000Z', '2023-12-20T20:09:56.000Z'],
    ['not a date', null],
  ])('gives the date "%s" as ISO 8601', (value, expected) => {
    expect(metadataOf(`<meta property="article:published_time" content="${value}">`).published).toBe(expected);
  });

  it.each([
    ['Lucas Nolan22 Dec 2016651', 'Lucas Nolan'],
    ['Aleš Vávra před 2 hodinami', 'Aleš Vávra'],
    ['By Joe Wee Monday,', 'Joe Wee'],
  ])('takes dates and counters out of the byline "%s"', (byline, expected) => {
    expect(metadataOf(`<meta name="author" content="${byline}">`).byline).toBe(expected);
  });

  it('prefers an RDFa property listing several keys over a meta name', () => {
    const meta = metadataOf(
      '<meta property="x:title dc:title" content="Preferred title"><meta name="title" content="Other"><title>Title element</title>',
    );
    expect(meta.title).toBe('Preferred title');
  });
});
