// Fixtures written for this test (project's own, MIT): the layouts where Readability's pick
// is too narrow on real pages (a lead paragraph before the article element, a list of
// statements inside it).
import { describe, expect, it } from 'vitest';
import { extractPage } from '@/lib/analyze';
import { TextStats } from '@/lib/dom/stats';
import { isArticleBlock } from '@/lib/extract/blocks';
import { domFrom } from '../helpers';

const sentence = (topic: string) =>
  `The ${topic} was discussed at length by the council on Tuesday evening, and members agreed that the matter needed more study before any money is spent on it.`;

function articleText(body: string): string {
  const dom = domFrom(`<!doctype html><html lang="en"><head><title>Bridge</title></head><body>${body}</body></html>`);
  return extractPage(dom.window.document, { window: dom.window as unknown as Window & typeof globalThis }).article.text;
}

describe('block-level extension of the article', () => {
  it('keeps the lead paragraph that stands before the article container', () => {
    const text = articleText(
      `<div class="story"><div class="intro"><p>${sentence('lead about the bridge')}</p></div><div class="wrap"><article>${[1, 2, 3, 4, 5]
        .map((n) => `<p>${sentence(`point ${n}`)}</p>`)
        .join('')}</article></div></div>`,
    );
    expect(text).toContain('lead about the bridge');
    expect(text).toContain('point 5');
  });

  it('keeps a list of statements inside the article', () => {
    const text = articleText(
      `<article><div class="entry-content">${[1, 2, 3].map((n) => `<p>${sentence(`point ${n}`)}</p>`).join('')}<ul class="media-facts"><li>${sentence('first measure')}</li><li>${sentence('second measure')}</li></ul><p>${sentence('point 4')}</p></div></article>`,
    );
    expect(text).toContain('first measure');
    expect(text).toContain('second measure');
  });

  it('keeps the order of the page', () => {
    const text = articleText(
      `<div class="story"><div class="intro"><p>${sentence('lead about the bridge')}</p></div><div class="wrap"><article>${[1, 2, 3, 4].map((n) => `<p>${sentence(`point ${n}`)}</p>`).join('')}</article></div></div>`,
    );
    const lead = text.indexOf('lead about the bridge');
    expect(lead).toBeGreaterThanOrEqual(0);
    expect(lead).toBeLessThan(text.indexOf('point 1'));
  });

  it('never puts back what the page hides, nor what follows the article', () => {
    const text = articleText(
      `<article><div class="entry-content">${[1, 2, 3].map((n) => `<p>${sentence(`point ${n}`)}</p>`).join('')}<ul class="media-facts" style="display:none"><li>${sentence('hidden measure')}</li><li>${sentence('other hidden measure')}</li></ul><p>${sentence('point 4')}</p></div><div class="more"><ul class="media-facts"><li>${sentence('trailing measure')}</li><li>${sentence('other trailing measure')}</li></ul></div></article>`,
    );
    expect(text).toContain('point 4');
    expect(text).not.toContain('hidden measure');
    expect(text).not.toContain('trailing measure');
  });

  it('leaves out the teaser cards and the date line inside the article', () => {
    const paragraphs = (from: number, to: number) =>
      Array.from({ length: to - from + 1 }, (_, index) => `<p>${sentence(`point ${from + index}`)}</p>`).join('');
    const card = (topic: string) =>
      `<div class="referenced-item"><h6 class="headline"><a href="/${topic}">${topic}</a></h6><p class="text">The ${topic} story begins at the market. Prices rose twice in a week, and shoppers wondered why on earth they paid it. As it…<a class="readmore" href="/${topic}">Read more</a></p></div>`;
    const text = articleText(
      `<article class="post"><header><h1>Bridge</h1><ul class="post-module--metaList--WV8cT"><li><small>On 6/13/2018 by @lazharichir</small></li></ul></header><div class="post-body">${paragraphs(1, 3)}<aside class="inset">${card('savings')}</aside>${paragraphs(4, 7)}</div></article>`,
    );
    expect(text).toContain('point 1');
    expect(text).toContain('point 7');
    expect(text).not.toContain('Prices rose twice');
    expect(text).not.toContain('Read more');
    expect(text).not.toContain('6/13/2018');
  });

  it('does not take a cut-short teaser excerpt for a paragraph of the article', () => {
    const dom = domFrom(
      `<div><p id="teaser">The market story begins at the stalls. Prices rose twice in a week, and shoppers wondered why they paid it. As it…<a href="/market">Read more</a></p><p id="prose">${sentence('market')}</p></div>`,
    );
    const doc = dom.window.document;
    const stats = new TextStats(doc.body);
    expect(isArticleBlock(doc.getElementById('teaser')!, stats)).toBe(false);
    expect(isArticleBlock(doc.getElementById('prose')!, stats)).toBe(true);
  });
});

// After coopbuddy.de in the trafilatura evaluation set: the title "Bee Simulator", a section "Bee Simulator Mehrspieler".
describe('headings that repeat the title', () => {
  const titled = (heading: string) => {
    const body = `<article><h1>Bridge of the year</h1>${[1, 2].map((n) => `<p>${sentence(`point ${n}`)}</p>`).join('')}${heading}${[3, 4]
      .map((n) => `<p>${sentence(`point ${n}`)}</p>`)
      .join('')}</article>`;
    const dom = domFrom(`<!doctype html><html lang="en"><head><title>Bridge of the year</title></head><body>${body}</body></html>`);
    return extractPage(dom.window.document, { window: dom.window as unknown as Window & typeof globalThis }).article.text;
  };

  it('keeps a section heading that only starts like the title', () => {
    expect(titled('<h2>Bridge of the year: the votes</h2>')).toContain('the votes');
  });

  it('drops a section heading that repeats the title', () => {
    expect(titled('<h2>Bridge of the year</h2>')).not.toContain('Bridge of the year');
  });
});
