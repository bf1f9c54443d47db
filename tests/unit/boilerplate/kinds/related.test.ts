import { describe, expect, it } from 'vitest';
import { classify, PROSE } from './find';

const links =
  '<ul><li><a href="/a/">Flood defences tested</a></li><li><a href="/b/">New tram line opens</a></li><li><a href="/c/">Market hall reopens</a></li></ul>';

describe('related-posts blocks', () => {
  it.each([
    ['English', 'You may also like'],
    ['Polish', 'Podobne artykuły'],
    ['German', 'Ähnliche Artikel'],
    ['Russian', 'Похожие статьи'],
  ])('finds a %s "%s" list after the article', (_language, heading) => {
    const result = classify('', `<section id="t"><h3>${heading}</h3>${links}</section>`);
    expect(result.kindOf('t')).toBe('related');
    expect(result.touchesArticle()).toBe(false);
  });

  it('finds Jetpack related posts by class', () => {
    const result = classify('', `<div id="t" class="jp-relatedposts"><h3>More</h3>${links}</div>`);
    expect(result.kindOf('t')).toBe('related');
  });

  it('leaves a prose paragraph starting "Latest news" without links', () => {
    const result = classify(`<p id="t">Latest news from the town hall suggests that ${PROSE}</p>`);
    expect(result.kindOf('t')).toBeNull();
    expect(result.matches).toHaveLength(0);
  });

  it('leaves a "related" fact box without links', () => {
    const result = classify('<div id="t" class="related-facts"><p>The bridge was built in 1911.</p></div>');
    expect(result.kindOf('t')).toBeNull();
  });

  // Box titles set apart from their lists, after pages of the development half of the trafilatura set
  // (dtb.de "Weiterführende Links", archive.peptalks.de "Verwandte Artikel:", handball.ch "Das könnte dich auch interessieren").
  it('finds a link list under a title set as a bold paragraph, and takes the title with it', () => {
    const result = classify(`<p id="h"><strong>Verwandte Artikel:</strong></p><ul id="t">${links.slice(4, -5)}</ul>`);
    expect(result.kindOf('t')).toBe('related');
    expect(result.kindOf('h')).toBe('related');
    expect(result.touchesArticle()).toBe(false);
  });

  it('finds a "Weiterführende Links" section', () => {
    expect(classify('', `<section id="t"><h3>Weiterführende Links</h3>${links}</section>`).kindOf('t')).toBe('related');
  });

  it('finds a box title left standing with nothing after it', () => {
    const result = classify('', '<div id="t"><h2>Das könnte dich auch interessieren</h2></div>');
    expect(result.kindOf('t')).toBe('related');
    expect(classify('', '<h2 id="t">Neueste Artikel</h2>').kindOf('t')).toBe('related');
  });

  it('leaves a subheading with a box phrase over prose, and a name line', () => {
    const result = classify(`<h2 id="t">Mehr zum Thema Brücken</h2><p>The ${PROSE}</p>`);
    expect(result.kindOf('t')).toBeNull();
    expect(classify('<p id="t">Lea Müller</p>').kindOf('t')).toBeNull();
    // mixed.de (development half): an author's own picks, a `with` snippet there.
    expect(classify(`<p id="h"><strong>Empfehlungen von Dennis:</strong></p><ul id="t">${links.slice(4, -5)}</ul>`).kindOf('t')).toBeNull();
    expect(classify(`<p id="h">Verwandte Artikel gibt es viele.</p><p id="t">The ${PROSE}</p>`).kindOf('t')).toBeNull();
  });
});
