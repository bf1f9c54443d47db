import { describe, expect, it } from 'vitest';
import { articlePage, documentFrom } from '../../helpers';
import { findBoilerplate } from '@/lib/boilerplate/classify';
import { classify } from './find';

describe('site navigation', () => {
  it('finds <nav>, site header and footer, and sidebar around the article', () => {
    const page = articlePage('', '<aside id="side"><h3>Popular</h3><p>Weather</p></aside><footer id="foot">© News Example</footer>');
    const doc = documentFrom(page.replace('<body>', '<body><header id="head"><nav id="menu"><a href="/">Home</a></nav></header>'));
    const kinds = new Map(findBoilerplate(doc).map((match) => [match.element.id, match.kind]));
    expect(kinds.get('head')).toBe('navigation');
    expect(kinds.get('side')).toBe('navigation');
    expect(kinds.get('foot')).toBe('navigation');
    // The header is claimed as a whole; its <nav> is not listed again.
    expect(kinds.has('menu')).toBe(false);
  });

  it('finds a breadcrumb trail by class outside the article body', () => {
    const page = articlePage('').replace(
      '<main>',
      '<main><div id="t" class="breadcrumbs"><a href="/">Home</a> » <a href="/world/">World</a></div>',
    );
    const kinds = new Map(findBoilerplate(documentFrom(page)).map((match) => [match.element.id, match.kind]));
    expect(kinds.get('t')).toBe('navigation');
  });

  it('finds a site search form', () => {
    expect(classify('', '<form id="t" action="/"><input type="search" name="s"><button>Search</button></form>').kindOf('t')).toBe(
      'navigation',
    );
  });

  it('leaves the article’s own header with its headline and byline', () => {
    const page = articlePage('').replace('<h1>Story</h1>', '<header id="t"><h1>Story</h1><p class="byline">By Jane Doe</p></header>');
    const matches = findBoilerplate(documentFrom(page));
    expect(matches.map((match) => match.element.id)).not.toContain('t');
  });

  it('leaves an inline figure inside the article that merely has "nav"-like words', () => {
    const result = classify(
      '<figure id="t" class="navigation-map"><img src="/map.png" alt="Map"><figcaption>The new route across the river, which the council approved on Tuesday.</figcaption></figure>',
    );
    expect(result.kindOf('t')).toBeNull();
    expect(result.touchesArticle()).toBe(false);
  });
});
