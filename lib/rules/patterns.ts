/**
 * Rule patterns: a browser match pattern, or a plain domain that also covers
 * its subdomains. Both become match patterns, which are what permissions and
 * registered content scripts take.
 */
import { MatchPattern } from '@webext-core/match-patterns';
import { wording, type Wording } from '../wording';

// The last label may be punycode (xn--p1ai is .рф).
const DOMAIN = /^(?=.{1,253}$)(?:(?!-)[a-z0-9-]{1,63}(?<!-)\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/i;
const IPV4 = /^(?:\d{1,3}\.){3}\d{1,3}$/;

/** A refused pattern says why in English (`error`) and as a message id (`errorWording`) for the options page. */
export type PatternCheck = { ok: true; matchPatterns: string[] } | { ok: false; error: string; errorWording: Wording };

/**
 * The English is written here, not worded from lib/wordings.ts: the content
 * script checks patterns and must not load every message's English.
 * tests/unit/i18n/wording.test.tsx holds the two to the same words.
 */
function refuse(english: string, said: Wording): PatternCheck {
  return { ok: false, error: english, errorWording: said };
}

function isPlainHost(text: string): boolean {
  return DOMAIN.test(text) || IPV4.test(text) || text === 'localhost';
}

/** "example.com" → both the domain and its subdomains; a match pattern → itself, validated. */
export function checkPattern(input: string): PatternCheck {
  const pattern = input.trim();
  if (!pattern) return refuse('Enter a domain (example.com) or a match pattern (*://*.example.com/*).', wording('rule_patternEmpty'));
  if (pattern === '<all_urls>') return refuse('A rule is for one site: <all_urls> would match every page.', wording('rule_patternAllUrls'));
  if (!pattern.includes('/') && !pattern.includes('*')) {
    const host = pattern.toLowerCase().replace(/^www\./, '');
    if (!isPlainHost(host))
      return refuse(
        `“${pattern}” is not a domain name: use letters, digits, hyphens and dots, like example.com.`,
        wording('rule_patternNotDomain', { pattern }),
      );
    return { ok: true, matchPatterns: IPV4.test(host) || host === 'localhost' ? [`*://${host}/*`] : [`*://${host}/*`, `*://*.${host}/*`] };
  }
  try {
    new MatchPattern(pattern);
  } catch (error) {
    const reason = error instanceof Error ? error.message.replace(/^Invalid match pattern "[^"]*":\s*/, '') : String(error);
    // The library's reason is its own English.
    return refuse(
      `“${pattern}” is not a valid match pattern: ${reason}. Example: *://*.example.com/*`,
      wording('rule_patternInvalid', { pattern, reason }),
    );
  }
  const [, scheme = '', host = ''] = pattern.match(/^([^:]+):\/\/([^/]*)/) ?? [];
  if (!['*', 'http', 'https'].includes(scheme))
    return refuse('Rules work on web pages: the scheme must be http, https or *.', wording('rule_patternScheme'));
  if (host === '*' || host === '')
    return refuse('A rule is for one site: name its host, e.g. *://*.example.com/*.', wording('rule_patternNoHost'));
  return { ok: true, matchPatterns: [pattern] };
}

/** Whether a page address falls under a rule's pattern. */
export function patternMatches(input: string, url: string): boolean {
  const check = checkPattern(input);
  if (!check.ok) return false;
  return check.matchPatterns.some((pattern) => {
    try {
      return new MatchPattern(pattern).includes(url);
    } catch {
      return false;
    }
  });
}

/** The plain domain for a page address, for "Always clean this site". */
export function siteDomainOf(url: string): string | null {
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol !== 'http:' && protocol !== 'https:') return null;
    return hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}
