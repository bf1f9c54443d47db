import { describe, expect, it } from 'vitest';
import { classify, PROSE } from './find';

describe('ad slots', () => {
  it('finds an ad slot by class inside the article', () => {
    const result = classify('<div id="t" class="ad-slot ad-slot--inline"></div>');
    expect(result.kindOf('t')).toBe('ads');
    expect(result.touchesArticle()).toBe(false);
  });

  it('finds a block holding an AdSense unit', () => {
    expect(classify('<div id="t"><ins class="adsbygoogle" data-ad-client="ca-pub-1"></ins></div>').kindOf('t')).toBe('ads');
  });

  it('finds an iframe served by an ad network', () => {
    expect(
      classify('<iframe id="t" src="https://tpc.googlesyndication.com/safeframe/1-0-40/html/container.html"></iframe>').kindOf('t'),
    ).toBe('ads');
  });

  it.each(['Advertisement', 'Anzeige', 'REKLAMA', 'Реклама'])('finds a lone "%s" label', (label) => {
    expect(classify(`<div id="t">${label}</div>`).kindOf('t')).toBe('ads');
  });

  it('leaves a paragraph about the advertising market', () => {
    const result = classify(`<p id="t">Advertisement revenue fell by a fifth last year, the publisher said, and ${PROSE}</p>`);
    expect(result.kindOf('t')).toBeNull();
    expect(result.matches).toHaveLength(0);
  });

  it('does not read "ad" into longer class words such as "download" or "header"', () => {
    const result = classify('<div id="t" class="download-links header-image"><img src="/map.png" alt="Map"></div>');
    expect(result.kindOf('t')).toBeNull();
  });
});
