import { describe, expect, it } from 'vitest';
import { formatExtendedSelector, parseExtendedSelector, selectAll, type ExtendedSelector } from '@/lib/rules/extended-selector';
import { documentFrom } from '../helpers';

function parsed(text: string, doc?: Document): ExtendedSelector {
  const result = parseExtendedSelector(text, doc);
  if (!result.ok) throw new Error(`expected "${text}" to parse: ${result.error}`);
  return result.selector;
}

function errorOf(text: string): string {
  const result = parseExtendedSelector(text);
  if (result.ok) throw new Error(`expected "${text}" to be refused`);
  return result.error;
}

/** The ids of what a selector picks on a page. */
function ids(html: string, selector: string): string[] {
  const doc = documentFrom(`<!doctype html><html><body>${html}</body></html>`);
  return selectAll(doc, parsed(selector, doc)).map((element) => element.id);
}

describe('parseExtendedSelector', () => {
  it('takes plain CSS, :has() included, as it is', () => {
    expect(parsed('  div.ad > p  ')).toEqual({ css: 'div.ad > p', operators: [], remove: false });
    expect(parsed('article:has(> .sponsored-label)')).toEqual({ css: 'article:has(> .sponsored-label)', operators: [], remove: false });
    expect(parsed('a, b')).toEqual({ css: 'a, b', operators: [], remove: false });
  });

  it('reads :has-text() with a plain text', () => {
    expect(parsed('.post:has-text(Sponsored)')).toEqual({
      css: '.post',
      operators: [{ type: 'has-text', text: 'Sponsored' }],
      remove: false,
    });
  });

  it('reads :has-text() with a regular expression and its flags', () => {
    expect(parsed('.post:has-text(/^\\s*sponsored/i)').operators).toEqual([
      { type: 'has-text-regex', source: '^\\s*sponsored', flags: 'i' },
    ]);
  });

  it('keeps balanced parentheses inside the text and the regular expression', () => {
    expect(parsed('p:has-text(Ad (paid))').operators).toEqual([{ type: 'has-text', text: 'Ad (paid)' }]);
    expect(parsed('p:has-text(/(promo|ad)s?/)').operators).toEqual([{ type: 'has-text-regex', source: '(promo|ad)s?', flags: '' }]);
  });

  it('lets a backslash protect a lone parenthesis', () => {
    expect(parsed('p:has-text(smile :\\))').operators).toEqual([{ type: 'has-text', text: 'smile :)' }]);
    expect(parsed('p:has-text(/\\(ad/)').operators).toEqual([{ type: 'has-text-regex', source: '\\(ad', flags: '' }]);
  });

  it('reads :upward() with a number of levels or a selector', () => {
    expect(parsed('span.label:upward(2)').operators).toEqual([{ type: 'upward-levels', levels: 2 }]);
    expect(parsed('span.label:upward(256)').operators).toEqual([{ type: 'upward-levels', levels: 256 }]);
    expect(parsed('span.label:upward( .box > div )').operators).toEqual([{ type: 'upward-selector', selector: '.box > div' }]);
  });

  it('chains operators in the order written', () => {
    expect(parsed('.post span:has-text(Sponsored):upward(.post):has-text(/buy/)')).toEqual({
      css: '.post span',
      operators: [
        { type: 'has-text', text: 'Sponsored' },
        { type: 'upward-selector', selector: '.post' },
        { type: 'has-text-regex', source: 'buy', flags: '' },
      ],
      remove: false,
    });
  });

  it('records :remove() as a flag, with or without other operators', () => {
    expect(parsed('.ad:remove()')).toEqual({ css: '.ad', operators: [], remove: true });
    expect(parsed('.label:has-text(Ad):upward(1):remove()')).toEqual({
      css: '.label',
      operators: [
        { type: 'has-text', text: 'Ad' },
        { type: 'upward-levels', levels: 1 },
      ],
      remove: true,
    });
  });

  it("reads Adblock Plus's :-abp-contains() and AdGuard's :contains() as :has-text()", () => {
    expect(parsed('div:-abp-contains(Promoted)').operators).toEqual([{ type: 'has-text', text: 'Promoted' }]);
    expect(parsed('div:contains(Promoted)').operators).toEqual([{ type: 'has-text', text: 'Promoted' }]);
  });

  it('validates against the document it is given', () => {
    const doc = documentFrom('<p>x</p>');
    expect(parseExtendedSelector('div[', doc)).toMatchObject({ ok: false, error: '"div[" is not a valid CSS selector' });
    expect(parseExtendedSelector('p:has-text(x)', doc).ok).toBe(true);
  });

  describe('refuses', () => {
    it('an empty selector', () => {
      expect(errorOf('')).toBe('The selector is empty');
      expect(errorOf('   ')).toBe('The selector is empty');
    });

    it('invalid CSS, before or inside operators', () => {
      expect(errorOf('div[')).toBe('"div[" is not a valid CSS selector');
      expect(errorOf('div >:has-text(x)')).toBe('"div >" is not a valid CSS selector');
      expect(errorOf('p:upward(div[)')).toBe('"div[" is not a valid CSS selector');
    });

    it('the procedural operators Unspun does not run, by name', () => {
      expect(errorOf('div:xpath(//div[@id="ad"])')).toBe(
        '":xpath()" is not supported; Unspun understands :has-text(), :upward() and :remove()',
      );
      expect(errorOf('.ad:style(display: none !important)')).toBe(
        '":style()" is not supported; Unspun understands :has-text(), :upward() and :remove()',
      );
      expect(errorOf('div:-abp-has(.ad)')).toBe(
        '":-abp-has()" is not supported (the CSS :has() does the same); Unspun understands :has-text(), :upward() and :remove()',
      );
    });

    it.each([
      'matches-css(color: red)',
      'min-text-length(10)',
      'watch-attr(class)',
      'others()',
      'if(.ad)',
      'if-not(.content)',
      'matches-path(/news)',
    ])('the operator :%s, also after a supported one', (operator) => {
      const name = operator.slice(0, operator.indexOf('('));
      expect(errorOf(`div:${operator}`)).toContain(`":${name}()" is not supported`);
      expect(errorOf(`div:has-text(Ad):${operator}`)).toContain(`":${name}()" is not supported`);
    });

    it('an unsupported operator hidden inside :has() or :not()', () => {
      expect(errorOf('div:has(p:matches-css(color: red))')).toContain('":matches-css()" is not supported');
    });

    it(':has-text() anywhere but after the CSS selector, saying where it must go', () => {
      expect(errorOf('div:not(:has-text(Ad))')).toMatch(/^":has-text\(\)" must follow the CSS selector/);
      expect(errorOf('div:has(> p:has-text(Ad))')).toMatch(/^":has-text\(\)" must follow the CSS selector/);
      expect(errorOf('div:has-text(Ad) > p')).toBe(
        '" > p" cannot follow :has-text(): operators must come last, after the whole CSS selector',
      );
      expect(errorOf('div:upward(2) p')).toContain('cannot follow :upward()');
      expect(errorOf(':has-text(Ad)')).toBe('":has-text()" needs a CSS selector before it, e.g. "div:has-text(…)"');
    });

    it('unbalanced parentheses', () => {
      expect(errorOf('div:has-text(Ad')).toBe('Unbalanced parentheses: ":has-text(" is never closed');
      expect(errorOf('div:has-text(/(ad/)')).toBe('Unbalanced parentheses: ":has-text(" is never closed');
      expect(errorOf('div:has-text(Ad))')).toBe('Unbalanced parentheses: an extra ")" follows :has-text()');
      expect(errorOf('div:not(.a')).toBe('"div:not(.a" has unbalanced parentheses or brackets');
    });

    it('a :has-text() with nothing to look for, bad flags or a broken regular expression', () => {
      expect(errorOf('div:has-text()')).toBe(':has-text() needs a text or a /regular expression/ to look for');
      expect(errorOf('div:has-text(/ad/g)')).toBe('"/ad/g": flags "g" are not supported; use i, m, s or u');
      expect(errorOf('div:has-text(/[a-/)')).toMatch(/^"\/\[a-\/" is not a valid regular expression/);
    });

    it.each([
      ['0', ':upward(0): the number of levels must be from 1 to 256'],
      ['257', ':upward(257): the number of levels must be from 1 to 256'],
      ['-1', ':upward(-1): the number of levels must be from 1 to 256'],
      ['', ':upward() needs a number of levels (1 to 256) or a CSS selector'],
      [
        '.box:has-text(x)',
        '":has-text()" must follow the CSS selector, not sit inside it: write "div:has-text(…)", not "div:not(:has-text(…))"',
      ],
    ])(':upward(%s)', (argument, error) => {
      expect(errorOf(`span:upward(${argument})`)).toBe(error);
    });

    it(':remove() with an argument or before another operator', () => {
      expect(errorOf('.ad:remove(.x)')).toBe(':remove() takes nothing between its parentheses');
      expect(errorOf('.ad:remove():upward(1)')).toBe(':remove() must come last');
    });

    it('operators after a list of selectors, which would apply to the whole list', () => {
      expect(errorOf('.a, .b:has-text(Ad)')).toBe(
        '".a, .b" is a list of selectors; operators can follow only one selector: write one filter per selector',
      );
      expect(parsed('div:is(.a, .b):has-text(Ad)').css).toBe('div:is(.a, .b)');
    });
  });
});

describe('formatExtendedSelector', () => {
  it.each([
    ['div.ad > p', 'div.ad > p'],
    ['  .post:has-text(Sponsored):upward(2)  ', '.post:has-text(Sponsored):upward(2)'],
    ['.post:has-text(/^\\s*sponsored/im):upward( .box )', '.post:has-text(/^\\s*sponsored/im):upward(.box)'],
    ['p:has-text(Ad (paid))', 'p:has-text(Ad (paid))'],
    ['p:has-text(smile :\\))', 'p:has-text(smile :\\))'],
    ['p:has-text(a\\\\b)', 'p:has-text(a\\\\b)'],
    ['p:has-text(\\(\\()', 'p:has-text(\\(\\()'],
    ['.ad:upward(3):remove()', '.ad:upward(3):remove()'],
    ['div:-abp-contains(Promoted)', 'div:has-text(Promoted)'],
    ['div:has(> .x):has-text(/a)b/)', null],
  ])('%s → %s, and back', (input, expected) => {
    const result = parseExtendedSelector(input);
    if (expected === null) {
      expect(result.ok).toBe(false);
      return;
    }
    if (!result.ok) throw new Error(result.error);
    expect(formatExtendedSelector(result.selector)).toBe(expected);
    expect(parsed(formatExtendedSelector(result.selector))).toEqual(result.selector);
  });
});

describe('selectAll', () => {
  const feed = `
    <div id="feed">
      <article id="a1" class="post"><p id="p1">Council approves the new budget</p></article>
      <article id="a2" class="post"><div class="meta"><span id="s2" class="label">Sponsored</span></div><p id="p2">Buy now</p></article>
      <article id="a3" class="post"><p id="p3">Storm closes the bridge</p></article>
      <article id="a4" class="post"><div class="meta"><span id="s4" class="label">SPONSORED content</span></div></article>
    </div>`;

  it(':has-text() keeps the matches whose text contains the words, case included', () => {
    expect(ids(feed, '.post:has-text(Sponsored)')).toEqual(['a2']);
    expect(ids(feed, '.post:has-text(sponsored)')).toEqual([]);
  });

  it(':has-text() with a regular expression honours its flags', () => {
    expect(ids(feed, '.post:has-text(/sponsored/)')).toEqual([]);
    expect(ids(feed, '.post:has-text(/sponsored/i)')).toEqual(['a2', 'a4']);
    expect(ids(feed, '.label:has-text(/^sponsored$/i)')).toEqual(['s2']);
  });

  it(':has-text() matches text split across child elements, as the reader sees it', () => {
    expect(ids('<p id="t">Read <b>also</b>: more</p><p id="u">Read more</p>', 'p:has-text(Read also)')).toEqual(['t']);
  });

  it(':upward(n) climbs n levels', () => {
    expect(ids(feed, '.label:upward(1)').length).toBe(2);
    expect(ids(feed, '.label:has-text(Sponsored):upward(2)')).toEqual(['a2']);
    expect(ids(feed, '#s2:upward(256)')).toEqual([]);
  });

  it(':upward(selector) finds the closest matching ancestor, never the element itself', () => {
    const boxes = '<div id="outer" class="box"><div id="inner" class="box"><span id="label">Ad</span></div></div>';
    expect(ids(boxes, '#label:upward(.box)')).toEqual(['inner']);
    expect(ids(boxes, '#inner:upward(.box)')).toEqual(['outer']);
    expect(ids(boxes, '#outer:upward(.box)')).toEqual([]);
  });

  it('chains operators, each applied to what the one before found', () => {
    expect(ids(feed, '.label:has-text(/sponsored/i):upward(.post):has-text(Buy now)')).toEqual(['a2']);
    expect(ids(feed, 'p:upward(article):has-text(Storm)')).toEqual(['a3']);
  });

  it('returns each element once, in document order', () => {
    const page = '<div id="box"><span id="one">Ad</span><span id="two">Ad</span></div><div id="other"><span>Ad</span></div>';
    expect(ids(page, 'span:upward(1)')).toEqual(['box', 'other']);
    expect(ids(feed, '.post *:upward(article)')).toEqual(['a1', 'a2', 'a3', 'a4']);
    // The first label's parent comes after the second label's parent, which contains it.
    expect(ids('<div id="outer"><div id="inner"><i class="t"></i></div><i class="t"></i></div>', '.t:upward(1)')).toEqual([
      'outer',
      'inner',
    ]);
  });

  it('flags :remove() but finds the same elements, and leaves the page untouched', () => {
    const doc = documentFrom(`<!doctype html><html><body>${feed}</body></html>`);
    const selector = parsed('.label:has-text(Sponsored):upward(.post):remove()', doc);
    expect(selector.remove).toBe(true);
    const found = selectAll(doc, selector);
    expect(found.map((element) => element.id)).toEqual(['a2']);
    expect(found[0]?.isConnected).toBe(true);
    expect(doc.querySelectorAll('.post')).toHaveLength(4);
  });

  it('stays within an element root, even when :upward() climbs out of it', () => {
    const doc = documentFrom(`<!doctype html><html><body>${feed}</body></html>`);
    const root = doc.getElementById('a2');
    if (!root) throw new Error('no #a2');
    expect(selectAll(root, parsed('.label:upward(1)', doc)).map((element) => element.className)).toEqual(['meta']);
    expect(selectAll(root, parsed('.label:upward(.post)', doc))).toEqual([root]);
    expect(selectAll(root, parsed('.label:upward(#feed)', doc))).toEqual([]);
  });

  it('reads at most the first 100,000 characters of an element', () => {
    const filler = 'x'.repeat(60_000);
    const page = `<div id="early">${filler}Sponsored${filler}</div><div id="late">${filler}${filler}Sponsored</div>`;
    expect(ids(page, 'div:has-text(Sponsored)')).toEqual(['early']);
    expect(ids(page, 'div:has-text(/Sponsored/)')).toEqual(['early']);
  });
});
