import { describe, expect, it } from 'vitest';
import { cleanupPage } from '@/lib/boilerplate/cleanup';
import { restorePage, isCleaned, hiddenCount, HIDDEN_ATTRIBUTE } from '@/lib/boilerplate/hidden';
import { articlePage, documentFrom } from '../helpers';

const PAGE = articlePage(
  '<p id="promo"><strong>Also read:</strong> <a href="/x/">Council approves the budget</a></p>',
  '<nav id="menu"><a href="/">Home</a> <a href="/world/">World</a></nav><div id="share" class="share-buttons"><a href="https://twitter.com/intent/tweet?u=1">X</a></div>',
);

/** The elements our style sheet hides: what its selector matches. */
function hiddenBy(doc: Document): Element[] {
  const css = Array.from(doc.querySelectorAll('style')).at(-1)?.textContent ?? '';
  const selector = css.slice(0, css.indexOf('{'));
  return selector ? Array.from(doc.querySelectorAll(selector)) : [];
}

describe('cleanupPage', () => {
  it('hides boilerplate with the marker attribute and one style rule', () => {
    const doc = documentFrom(PAGE);
    const result = cleanupPage(doc);
    expect(result.hidden).toBe(2);
    expect(doc.getElementById('promo')!.getAttribute(HIDDEN_ATTRIBUTE)).toBe('promo');
    expect(doc.getElementById('share')!.getAttribute(HIDDEN_ATTRIBUTE)).toBe('share');
    const styles = doc.querySelectorAll('style');
    expect(styles).toHaveLength(1);
    expect(styles[0]!.textContent).toContain('display:none');
    expect(hiddenBy(doc).map((element) => element.id)).toEqual(['promo', 'share']);
    expect(result.blocks.map((block) => block.kind).sort()).toEqual(['promo', 'share']);
    expect(isCleaned(doc)).toBe(true);
  });

  it('removes and moves nothing', () => {
    const doc = documentFrom(PAGE);
    const elementsBefore = doc.body.querySelectorAll('*').length;
    const textBefore = doc.body.textContent;
    cleanupPage(doc);
    expect(doc.body.querySelectorAll('*').length).toBe(elementsBefore);
    expect(doc.body.textContent).toBe(textBefore);
    expect(doc.getElementById('promo')!.parentElement!.className).toBe('entry-content');
  });

  it('keeps site navigation visible by default, hides it when asked', () => {
    const doc = documentFrom(PAGE);
    cleanupPage(doc);
    expect(doc.getElementById('menu')!.hasAttribute(HIDDEN_ATTRIBUTE)).toBe(false);
    restorePage(doc);
    cleanupPage(doc, { kinds: ['navigation'] });
    expect(doc.getElementById('menu')!.getAttribute(HIDDEN_ATTRIBUTE)).toBe('navigation');
    expect(doc.getElementById('promo')!.hasAttribute(HIDDEN_ATTRIBUTE)).toBe(false);
  });

  // Site chrome stays, but a cookie banner or ad slot inside it must still go, and a footer that
  // merely opens with its cookie notice must not be hidden whole.
  it.each([
    [
      'a cookie banner in the site footer',
      '<footer><nav><a href="/about/">About us</a> <a href="/contact/">Contact</a></nav><div id="inner" class="cookie-notice"><p>We use cookies on this site.</p><button>OK</button></div><p>© 2024 News Example</p></footer>',
    ],
    [
      'a cookie banner at the top of the site footer',
      '<footer><div id="inner" class="cookie-notice"><p>We use cookies on this site.</p><button>OK</button></div><nav><a href="/about/">About us</a> <a href="/contact/">Contact</a></nav><p>© 2024 News Example</p></footer>',
    ],
    [
      'an ad slot in the sidebar',
      '<aside class="widget-area"><section><h3>Categories</h3><ul><li><a href="/world/">World</a></li><li><a href="/business/">Business and economy</a></li><li><a href="/culture/">Culture and the arts</a></li></ul></section><div id="inner" class="ad-slot"><ins class="adsbygoogle"></ins></div></aside>',
    ],
  ])('hides %s while the navigation around it stays', (_what, chrome) => {
    const doc = documentFrom(articlePage('', chrome));
    cleanupPage(doc);
    expect(doc.getElementById('inner')!.closest(`[${HIDDEN_ATTRIBUTE}]`)).not.toBeNull();
    expect(doc.querySelector('a[href="/about/"], a[href="/world/"]')!.closest(`[${HIDDEN_ATTRIBUTE}]`)).toBeNull();
  });

  it('hides site-rule blocks whatever kinds are chosen', () => {
    const doc = documentFrom(articlePage('', '<div id="box" class="box"><p>Weather: sunny</p></div>'));
    cleanupPage(doc, { kinds: ['ads'], removeSelectors: ['.box'] });
    expect(doc.getElementById('box')!.hasAttribute(HIDDEN_ATTRIBUTE)).toBe(true);
  });

  it('does not count blocks twice when run twice', () => {
    const doc = documentFrom(PAGE);
    expect(cleanupPage(doc).hidden).toBe(2);
    const second = cleanupPage(doc);
    expect(second.hidden).toBe(0);
    expect(second.blocks).toEqual([]);
    expect(doc.querySelectorAll(`[${HIDDEN_ATTRIBUTE}]`)).toHaveLength(2);
    expect(doc.querySelectorAll('style')).toHaveLength(1);
  });

  it('adds no style to a page with nothing to hide', () => {
    const doc = documentFrom(articlePage(''));
    expect(cleanupPage(doc).hidden).toBe(0);
    expect(doc.querySelector('style')).toBeNull();
    expect(isCleaned(doc)).toBe(false);
  });
});

describe('restorePage', () => {
  it('gives back the exact original markup', () => {
    const doc = documentFrom(PAGE);
    const original = doc.documentElement.outerHTML;
    cleanupPage(doc, { kinds: ['promo', 'share', 'navigation'] });
    expect(doc.documentElement.outerHTML).not.toBe(original);
    expect(restorePage(doc)).toBe(3);
    expect(doc.documentElement.outerHTML).toBe(original);
    expect(isCleaned(doc)).toBe(false);
  });

  it('restores after cleaning twice', () => {
    const doc = documentFrom(PAGE);
    const original = doc.documentElement.outerHTML;
    cleanupPage(doc);
    cleanupPage(doc);
    expect(restorePage(doc)).toBe(2);
    expect(doc.documentElement.outerHTML).toBe(original);
  });
});

describe('a page that writes our marker itself', () => {
  const MARKED = articlePage(
    '<p id="promo"><strong>Also read:</strong> <a href="/x/">Council approves the budget</a></p>',
    '<aside id="own" data-unspun-hidden="promo"><p>The page marked this itself</p></aside>',
  );

  it('cannot make our style hide its own content, nor be counted or skipped as ours', () => {
    const doc = documentFrom(MARKED.replace('<article', '<article data-unspun-hidden="ads"'));
    const result = cleanupPage(doc);
    // The promo inside the article the page marked is still ours to hide.
    expect(result.hidden).toBe(1);
    expect(hiddenBy(doc).map((element) => element.id)).toEqual(['promo']);
    expect(hiddenCount(doc)).toBe(1);
  });

  it('keeps its own markers through "Show original", which undoes only what we did', () => {
    const doc = documentFrom(MARKED);
    const original = doc.documentElement.outerHTML;
    cleanupPage(doc);
    expect(restorePage(doc)).toBe(1);
    expect(doc.documentElement.outerHTML).toBe(original);
    expect(doc.getElementById('own')!.getAttribute(HIDDEN_ATTRIBUTE)).toBe('promo');
  });

  it('cannot pass for a cleaned page by adding style elements with our ids', () => {
    const doc = documentFrom(
      MARKED.replace('</head>', '<style id="unspun-cleanup-style"></style><style id="unspun-rule-style"></style></head>'),
    );
    expect(isCleaned(doc)).toBe(false);
    cleanupPage(doc);
    expect(isCleaned(doc)).toBe(true);
    restorePage(doc);
    expect(isCleaned(doc)).toBe(false);
    // Its own style elements are its own: still there.
    expect(doc.querySelectorAll('style')).toHaveLength(2);
  });
});
