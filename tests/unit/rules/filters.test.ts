import { describe, expect, it } from 'vitest';
import { MAX_FILTER_LINES, parseCosmeticFilters as parseWithWordings } from '@/lib/rules/filters';
import { inEnglish } from '@/lib/wording-english';
import type { SiteRule } from '@/lib/rules/model';
import { documentFrom } from '../helpers';

/** The import, each skipped line's reason checked to say the same as its wording (the interface's words: tests/unit/i18n). */
function parseCosmeticFilters(text: string, doc?: Document) {
  const { rules, skipped } = parseWithWordings(text, doc);
  return {
    rules,
    skipped: skipped.map(({ reasonWording, ...line }) => {
      expect(inEnglish(reasonWording)).toBe(line.reason);
      return line;
    }),
  };
}

/** What a user sees of the imported rules: which site hides and keeps what. */
function summary(rules: SiteRule[]): Array<{ pattern: string; remove: string[]; keep: string[] }> {
  return rules.map((rule) => ({ pattern: rule.pattern, remove: rule.removeSelectors, keep: rule.keepSelectors }));
}

function importList(...lines: string[]) {
  return parseCosmeticFilters(lines.join('\n'));
}

/** The reason a one-line list was skipped, checking nothing was imported from it. */
function skipReason(line: string): string {
  const { rules, skipped } = importList(line);
  expect(rules).toEqual([]);
  expect(skipped).toHaveLength(1);
  expect(skipped[0]).toMatchObject({ line: 1, text: line.trim() });
  return skipped[0]?.reason ?? '';
}

describe('parseCosmeticFilters', () => {
  it('makes a rule that hides the selector on the site, cleaning it on its own', () => {
    const { rules, skipped } = importList('example.com##.ad-banner');
    expect(skipped).toEqual([]);
    expect(rules).toHaveLength(1);
    expect(rules[0]).toMatchObject({
      pattern: 'example.com',
      enabled: true,
      autoClean: true,
      removeSelectors: ['.ad-banner'],
      keepSelectors: [],
      sourceLanguage: null,
      note: 'Imported from a filter list',
    });
    expect(rules[0]?.id).toMatch(/^rule-/);
  });

  it('groups filters by domain, one rule per site, selectors once each in the order first seen', () => {
    const { rules, skipped } = importList(
      'a.com,b.com##.promo',
      'b.com##.related',
      'a.com##.promo',
      'A.com##.newsletter',
      'c.org###sidebar',
      'b.com##.promo',
    );
    expect(skipped).toEqual([]);
    expect(summary(rules)).toEqual([
      { pattern: 'a.com', remove: ['.promo', '.newsletter'], keep: [] },
      { pattern: 'b.com', remove: ['.promo', '.related'], keep: [] },
      { pattern: 'c.org', remove: ['#sidebar'], keep: [] },
    ]);
    expect(new Set(rules.map((rule) => rule.id)).size).toBe(3);
  });

  it('puts www.example.com and example.com in one rule, since a plain domain covers both', () => {
    expect(summary(importList('www.example.com##.a', 'example.com##.b').rules)).toEqual([
      { pattern: 'example.com', remove: ['.a', '.b'], keep: [] },
    ]);
  });

  it('writes international domains the way browsers report them', () => {
    expect(importList('пример.com##.ad').rules[0]?.pattern).toBe('xn--e1afmkfd.com');
  });

  it('turns #@# exceptions into selectors the site keeps', () => {
    const { rules, skipped } = importList('example.com##.sidebar', 'example.com,example.org#@#.sidebar .weather');
    expect(skipped).toEqual([]);
    expect(summary(rules)).toEqual([
      { pattern: 'example.com', remove: ['.sidebar'], keep: ['.sidebar .weather'] },
      { pattern: 'example.org', remove: [], keep: ['.sidebar .weather'] },
    ]);
  });

  it('keeps the selector on a ~subdomain through a rule of its own for that subdomain', () => {
    const { rules, skipped } = importList('example.com,~shop.example.com,other.net##.deals');
    expect(skipped).toEqual([]);
    expect(summary(rules)).toEqual([
      { pattern: 'example.com', remove: ['.deals'], keep: [] },
      { pattern: 'other.net', remove: ['.deals'], keep: [] },
      { pattern: 'shop.example.com', remove: [], keep: ['.deals'] },
    ]);
  });

  it('skips a ~domain that is not a subdomain of a listed one, and imports the rest of the line', () => {
    const { rules, skipped } = importList('example.com,~shop.example.org##.deals');
    expect(summary(rules)).toEqual([{ pattern: 'example.com', remove: ['.deals'], keep: [] }]);
    expect(skipped).toEqual([
      {
        line: 1,
        text: 'example.com,~shop.example.org##.deals',
        reason: '"~shop.example.org" is not a subdomain of example.com, so Unspun cannot leave it out; that part was not imported',
      },
    ]);
    expect(importList('example.com,~www.example.com##.deals').skipped[0]?.reason).toContain('Unspun treats www. as the domain itself');
  });

  it('skips a ~domain on an exception filter', () => {
    const { rules, skipped } = importList('example.com,~shop.example.com#@#.deals');
    expect(summary(rules)).toEqual([{ pattern: 'example.com', remove: [], keep: ['.deals'] }]);
    expect(skipped[0]?.reason).toBe(
      '"~shop.example.com": an exception filter cannot leave out a subdomain in Unspun; that part was not imported',
    );
  });

  it('imports procedural filters in their uBO spelling', () => {
    const { rules, skipped } = importList(
      'example.com##.post:has-text(Sponsored)',
      'example.com##.label:has-text(/^promoted$/i):upward(2)',
      'example.com##.label:upward(.card)',
      'example.com##.paywall:remove()',
      'example.com#?#div:-abp-contains(Anzeige)',
      'example.com#@?#.post:has-text(Editor)',
    );
    expect(skipped).toEqual([]);
    expect(summary(rules)).toEqual([
      {
        pattern: 'example.com',
        remove: [
          '.post:has-text(Sponsored)',
          '.label:has-text(/^promoted$/i):upward(2)',
          '.label:upward(.card)',
          '.paywall:remove()',
          'div:has-text(Anzeige)',
        ],
        keep: ['.post:has-text(Editor)'],
      },
    ]);
  });

  it('counts a filter once however its spacing and operator spelling differ', () => {
    expect(importList('example.com## .x:has-text(Ad) ', 'example.com#?#.x:-abp-contains(Ad)').rules[0]?.removeSelectors).toEqual([
      '.x:has-text(Ad)',
    ]);
  });

  it('validates selectors against the document it is given', () => {
    const doc = documentFrom('<p>x</p>');
    const { rules, skipped } = parseCosmeticFilters('example.com##p:has-text(x)\nexample.com##div[', doc);
    expect(rules[0]?.removeSelectors).toEqual(['p:has-text(x)']);
    expect(skipped).toEqual([{ line: 2, text: 'example.com##div[', reason: '"div[" is not a valid CSS selector' }]);
  });

  it('ignores comments, headers and blank lines without reporting them', () => {
    const { rules, skipped } = importList(
      '[Adblock Plus 2.0]',
      '! Title: News cleanup',
      '!#if env_firefox',
      '# a hosts-style comment',
      '#',
      '',
      '   ',
      'example.com##.ad',
    );
    expect(skipped).toEqual([]);
    expect(summary(rules)).toEqual([{ pattern: 'example.com', remove: ['.ad'], keep: [] }]);
  });

  it('reports each line it cannot honour with its 1-based number, whatever the line endings', () => {
    const list = [
      '! News list', // 1
      'example.com##.ad', // 2
      '||ads.example.com^', // 3
      '', // 4
      '##.sponsored', // 5
      'example.com##+js(set-constant, ads, false)', // 6
      'example.com##.ok', // 7
      'example.com##div[', // 8
    ].join('\r\n');
    const { rules, skipped } = parseCosmeticFilters(list);
    expect(summary(rules)).toEqual([{ pattern: 'example.com', remove: ['.ad', '.ok'], keep: [] }]);
    expect(skipped.map(({ line, text }) => [line, text])).toEqual([
      [3, '||ads.example.com^'],
      [5, '##.sponsored'],
      [6, 'example.com##+js(set-constant, ads, false)'],
      [8, 'example.com##div['],
    ]);
    expect(parseCosmeticFilters('a\rexample.com##.x\r\r##.y').skipped.map(({ line }) => line)).toEqual([1, 4]);
  });

  describe('skips, saying why', () => {
    it('filters for every site', () => {
      expect(skipReason('##.ad')).toBe('applies to every site; a rule is for one site');
      expect(skipReason('#@#.ad')).toBe('applies to every site; a rule is for one site');
      expect(skipReason('~example.com##.ad')).toBe('applies to every site except example.com; a rule is for one site');
      expect(skipReason('~a.com,~b.com##.ad')).toBe('applies to every site except a.com, b.com; a rule is for one site');
    });

    it('filters with no selector', () => {
      expect(skipReason('example.com##')).toBe('has no selector after ##');
      expect(skipReason('##')).toBe('has no selector after ##');
      expect(skipReason('example.com#@#   ')).toBe('has no selector after #@#');
    });

    it('invalid and malformed selectors', () => {
      expect(skipReason('example.com##div[')).toBe('"div[" is not a valid CSS selector');
      expect(skipReason('example.com##.x:has-text(Ad')).toBe('Unbalanced parentheses: ":has-text(" is never closed');
      expect(skipReason('example.com##.x:has-text(Ad))')).toBe('Unbalanced parentheses: an extra ")" follows :has-text()');
      expect(skipReason('example.com##.x:has-text(Ad) > p')).toContain('operators must come last');
    });

    it('unsupported procedural operators, naming them', () => {
      expect(skipReason('example.com##.x:xpath(//div)')).toBe(
        '":xpath()" is not supported; Unspun understands :has-text(), :upward() and :remove()',
      );
      expect(skipReason('example.com##body:style(overflow: auto !important)')).toContain('":style()" is not supported');
      expect(skipReason('example.com#?#div:-abp-has(> .ad)')).toContain('":-abp-has()" is not supported');
      expect(skipReason('example.com##.x:matches-css(position: fixed)')).toContain('":matches-css()" is not supported');
    });

    it('scriptlets, HTML filters, style injections, snippets and JavaScript', () => {
      expect(skipReason('example.com##+js(aopr, ads)')).toBe('runs a script on the page (a uBO scriptlet); Unspun only hides elements');
      expect(skipReason('example.com#@#+js(aopr, ads)')).toContain('scriptlet');
      expect(skipReason('example.com##^script:has-text(ads)')).toBe(
        "edits the page's HTML as it loads (an HTML filter); Unspun only hides elements",
      );
      expect(skipReason('example.com$$script[tag-content="ads"]')).toContain('AdGuard HTML filter');
      expect(skipReason('example.com#$#body { overflow: auto !important; }')).toContain('injects CSS styles');
      expect(skipReason('example.com#$#abort-on-property-read ads')).toContain('runs a snippet');
      expect(skipReason('example.com#@$#.ad { display: none; }')).toContain('exception to a style injection');
      expect(skipReason('example.com#$?#.ad { remove: true; }')).toContain('injects CSS styles');
      expect(skipReason('example.com#%#window.ads = false;')).toBe('runs JavaScript on the page; Unspun only hides elements');
    });

    it('network filters', () => {
      const reason = 'blocks or allows network requests (a network filter); Unspun does not block requests';
      expect(skipReason('||ads.example.com^')).toBe(reason);
      expect(skipReason('@@||example.com/ads.js$script')).toBe(reason);
      expect(skipReason('/banner/*/ad.')).toBe(reason);
    });

    it('domains Unspun cannot make a rule for, keeping the valid ones of the line', () => {
      expect(skipReason('example.*##.ad')).toBe(
        '"example.*" stands for many domains (every ending, or every subdomain); name the site, e.g. example.com',
      );
      expect(skipReason('*.example.com##.ad')).toContain('stands for many domains');
      expect(skipReason('exa_mple.com##.ad')).toContain('is not a domain name');
      expect(skipReason('/^example\\.(com|net)$/##.ad')).toBe(
        '"/^example\\.(com|net)$/": domains written as regular expressions are not supported',
      );
      expect(skipReason('[$path=/news]example.com##.ad')).toBe('uses AdGuard modifiers ([$…]), which Unspun does not support');

      const { rules, skipped } = importList('good.com,example.*,bad_domain##.ad');
      expect(summary(rules)).toEqual([{ pattern: 'good.com', remove: ['.ad'], keep: [] }]);
      expect(skipped.map(({ line, reason }) => [line, reason.slice(0, 14)])).toEqual([
        [1, '"example.*" st'],
        [1, '“bad_domain” i'],
      ]);
    });

    it('a lone ~ among the domains', () => {
      const { rules, skipped } = importList('example.com,~##.ad');
      expect(rules[0]?.removeSelectors).toEqual(['.ad']);
      expect(skipped[0]?.reason).toBe('"~" with no domain after it names nothing to leave out');
    });
  });

  describe('size limit', () => {
    const filler = (count: number) => Array.from({ length: count }, (_, index) => `site${index}.com##.ad`);

    it('imports a list of exactly 20,000 lines, a final newline included', () => {
      const { rules, skipped } = parseCosmeticFilters(`${filler(MAX_FILTER_LINES).join('\n')}\n`);
      expect(skipped).toEqual([]);
      expect(rules).toHaveLength(20_000);
    });

    it('imports nothing from a list of more than 20,000 lines, and says why', () => {
      const { rules, skipped } = parseCosmeticFilters(filler(MAX_FILTER_LINES + 1).join('\n'));
      expect(rules).toEqual([]);
      expect(skipped).toHaveLength(1);
      expect(skipped[0]).toMatchObject({ line: 0, text: '' });
      expect(skipped[0]?.reason).toMatch(
        /^The list is too long \(20,001 lines, .* MB\): Unspun imports at most 20,000 lines and 2 MB at a time/,
      );
    });

    it('imports nothing from a list over 2 MB, counting bytes rather than characters', () => {
      const comment = (char: string) => `! ${char.repeat(1024 * 1024 + 512)}`;
      expect(summary(parseCosmeticFilters(`${comment('a')}\nexample.com##.ad`).rules)).toEqual([
        { pattern: 'example.com', remove: ['.ad'], keep: [] },
      ]);
      // "é" is two bytes in UTF-8: the same number of characters is now over the limit.
      const { rules, skipped } = parseCosmeticFilters(`${comment('é')}\nexample.com##.ad`);
      expect(rules).toEqual([]);
      expect(skipped).toEqual([{ line: 0, text: '', reason: expect.stringContaining('(2 lines, 2 MB)') }]);
    });
  });
});
