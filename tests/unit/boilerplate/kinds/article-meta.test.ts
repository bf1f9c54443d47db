import { describe, expect, it } from 'vitest';
import { analyzePage } from '@/lib/analyze';
import { cleanupPage } from '@/lib/boilerplate/cleanup';
import { HIDDEN_ATTRIBUTE } from '@/lib/boilerplate/hidden';
import { articlePage, domFrom } from '../../helpers';
import { classify, PROSE } from './find';

function articleText(inside: string): string {
  const dom = domFrom(articlePage(inside));
  return analyzePage(dom.window.document, { window: dom.window as unknown as Window & typeof globalThis }).article.text;
}

describe('bylines, dates and tags', () => {
  it.each([
    ['English byline', '<p id="t" class="byline">By Jane Doe, City Hall reporter</p>'],
    ['German byline', '<div id="t" class="article-info">Von Max Mustermann | 01.05.2024, 14:32 Uhr</div>'],
    ['French dateline', '<p id="t" class="post-meta">Par Jean Dupont, publié le 1 mai 2024 à 10h00</p>'],
    [
      'WordPress entry meta',
      '<div id="t" class="entry-meta"><span class="posted-on">Posted on <time datetime="2024-05-01">May 1, 2024</time></span></div>',
    ],
    ['reading time', '<span id="t" class="reading-time">4 min read</span>'],
    ['kicker', '<div id="t" class="kicker">Exclusive</div>'],
  ])('finds a %s by class', (_what, html) => {
    const result = classify(html);
    expect(result.kindOf('t')).toBe('article-meta');
    expect(result.touchesArticle()).toBe(false);
  });

  it('finds a byline marked with itemprop="author", whatever its class', () => {
    expect(classify('<div id="t" itemprop="author">Jane Doe</div>').kindOf('t')).toBe('article-meta');
    expect(classify('<span id="t" itemprop="datePublished">1 May 2024</span>').kindOf('t')).toBe('article-meta');
  });

  it('finds an <address> byline', () => {
    expect(classify('<address id="t">By <a rel="author" href="/authors/jane/">Jane Doe</a></address>').kindOf('t')).toBe('article-meta');
  });

  it('finds a bare <time> element in the article body', () => {
    expect(classify('<time id="t" datetime="2024-05-01">1 May 2024</time>').kindOf('t')).toBe('article-meta');
  });

  // A recipe's times (muffinrezept.net in the trafilatura evaluation set) are part of the recipe.
  it.each([
    ['a schema.org cooking time', '<time id="t" itemprop="cookTime" datetime="">15 – 30 Min</time>'],
    ['an ISO 8601 duration', '<time id="t" datetime="PT15M">15 Min</time>'],
  ])('leaves %s', (_what, html) => {
    expect(classify(`<div class="recipe-times">Backzeit ${html}</div>`).kindOf('t')).toBeNull();
  });

  it('finds a byline made of a rel="author" link', () => {
    expect(classify('<p id="t">By <a rel="author" href="/authors/jane/">Jane Doe</a></p>').kindOf('t')).toBe('article-meta');
  });

  it('finds a tag list', () => {
    const result = classify(
      '<div id="t" class="post-tags">Tags: <a href="/tag/bridge/">bridge</a>, <a href="/tag/council/">council</a>, <a href="/tag/repairs/">repairs</a></div>',
    );
    expect(result.kindOf('t')).toBe('article-meta');
    const list = classify(
      '<ul id="t" class="tags-links"><li><a href="/tag/bridge/">Bridge</a></li><li><a href="/tag/council/">Council</a></li></ul>',
    );
    expect(list.kindOf('t')).toBe('article-meta');
  });

  it('leaves a big block of prose even when its class says "meta"', () => {
    const html = `<div id="t" class="meta"><p>The meta discussion began when ${PROSE}</p><p>Later ${PROSE}</p></div>`;
    const result = classify(html);
    expect(result.doc.getElementById('t')!.textContent!.length).toBeGreaterThan(250);
    expect(result.kindOf('t')).toBeNull();
    expect(result.matches).toHaveLength(0);
  });

  it('leaves a paragraph of prose between 200 and 250 characters with a "meta" class', () => {
    const html = `<p id="t" class="meta">In other news from the riverside districts, ${PROSE}</p>`;
    const result = classify(html);
    const length = result.doc.getElementById('t')!.textContent!.length;
    expect(length).toBeGreaterThan(200);
    expect(length).toBeLessThanOrEqual(250);
    expect(result.kindOf('t')).toBeNull();
  });

  it('leaves a paragraph that talks about the author', () => {
    const result = classify(`<p id="t">The author of the plan, published on 1 May 2024, says ${PROSE}</p>`);
    expect(result.matches).toHaveLength(0);
  });

  it('stays on the page under the default cleanup, and is hidden only when asked', () => {
    const result = classify('<p id="t" class="byline">By Jane Doe</p><div id="u" itemprop="author">Jane Doe</div>');
    expect(result.kindOf('t')).toBe('article-meta');
    expect(result.kindOf('u')).toBe('article-meta');
    expect(cleanupPage(result.doc).hidden).toBe(0);
    expect(result.doc.querySelector(`[${HIDDEN_ATTRIBUTE}]`)).toBeNull();
    cleanupPage(result.doc, { kinds: ['article-meta'] });
    expect(result.doc.getElementById('t')!.getAttribute(HIDDEN_ATTRIBUTE)).toBe('article-meta');
  });

  it('is left out of the analysed article text', () => {
    const text = articleText(
      '<p class="byline">By Jane Doe, City Hall reporter</p>' +
        '<p class="article-info">Von Max Mustermann | 01.05.2024, 14:32 Uhr</p>' +
        '<div class="post-meta">Par Jean Dupont, publié le 1 mai 2024</div>' +
        '<p><span class="reading-time">4 min read</span></p>',
    );
    expect(text).toContain('Paragraph 4 of the story');
    for (const line of ['Jane Doe', 'Max Mustermann', 'Jean Dupont', '4 min read']) expect(text).not.toContain(line);
  });
});
