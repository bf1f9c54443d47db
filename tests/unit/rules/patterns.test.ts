import { describe, expect, it } from 'vitest';
import { checkPattern, patternMatches, siteDomainOf } from '@/lib/rules/patterns';

describe('rule patterns', () => {
  it('turns a plain domain into patterns for it and its subdomains', () => {
    expect(checkPattern('example.com')).toEqual({ ok: true, matchPatterns: ['*://example.com/*', '*://*.example.com/*'] });
    expect(checkPattern(' www.Example.com ')).toEqual({ ok: true, matchPatterns: ['*://example.com/*', '*://*.example.com/*'] });
    expect(checkPattern('xn--e1afmkfd.xn--p1ai').ok).toBe(true);
  });

  it('keeps a valid match pattern as it is', () => {
    expect(checkPattern('*://*.example.com/news/*')).toEqual({ ok: true, matchPatterns: ['*://*.example.com/news/*'] });
  });

  it('explains what is wrong with an invalid pattern', () => {
    const cases: Array<[string, RegExp]> = [
      ['', /Enter a domain/],
      ['foo', /not a domain name/],
      ['exa mple.com', /not a domain name/],
      ['*://exa*mple.com/*', /not a valid match pattern/],
      ['<all_urls>', /every page/],
      ['*://*/*', /name its host/],
      ['ftp://example.com/*', /http, https or \*/],
    ];
    for (const [pattern, message] of cases) {
      const check = checkPattern(pattern);
      expect(check.ok, pattern).toBe(false);
      if (!check.ok) expect(check.error, pattern).toMatch(message);
    }
  });

  it('matches page addresses the way the browser does', () => {
    expect(patternMatches('example.com', 'https://news.example.com/a')).toBe(true);
    expect(patternMatches('example.com', 'https://example.com/')).toBe(true);
    expect(patternMatches('example.com', 'https://badexample.com/')).toBe(false);
    expect(patternMatches('example.com', 'https://example.org/')).toBe(false);
    expect(patternMatches('http://127.0.0.1/*', 'http://127.0.0.1:8080/page')).toBe(true);
    expect(patternMatches('*://example.com/news/*', 'https://example.com/sport/x')).toBe(false);
    expect(patternMatches('not a pattern', 'https://example.com/')).toBe(false);
  });

  it('names the site of a page for "Always clean this site"', () => {
    expect(siteDomainOf('https://www.news.example.co.uk/a?b')).toBe('news.example.co.uk');
    expect(siteDomainOf('chrome://version')).toBeNull();
    expect(siteDomainOf('not a url')).toBeNull();
  });
});
