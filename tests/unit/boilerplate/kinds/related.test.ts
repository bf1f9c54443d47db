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
});
