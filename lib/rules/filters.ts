/**
 * Import of uBlock Origin / Adblock Plus cosmetic filter lists as site rules.
 * Unspun only hides elements, per site: everything else a list can say
 * (network blocking, scriptlets, style injection, filters for every site) is
 * reported line by line, so the user sees what was left out and why.
 */
import { createRule, type SiteRule } from './model';
import { checkPattern } from './patterns';
import { formatExtendedSelector, parseExtendedSelector } from './extended-selector';
import { wording, type Wording } from '../wording';
import { inEnglish } from '../wording-english';
import type { WordingId } from '../wordings';

export interface SkippedLine {
  /** 1-based; 0 when the whole list was refused. */
  line: number;
  text: string;
  /** In English. */
  reason: string;
  /** The reason as an id and parameters, for the interface's language (lib/wording.ts). */
  reasonWording: Wording;
}

export interface FilterImport {
  rules: SiteRule[];
  skipped: SkippedLine[];
}

export const MAX_FILTER_LINES = 20_000;
export const MAX_FILTER_BYTES = 2 * 1024 * 1024;
/** The note of a rule made from a list, unless the caller gives its own (in the interface's language). */
export const IMPORT_NOTE = 'Imported from a filter list';

// The first `#` starts the separator: domains never contain one, selectors may (`##div#main`).
const SEPARATOR = /^([^#]*)(#@?(?:\$\??|\?|%)?#)(.*)$/s;
/** Why a separator's filters cannot be honoured; hiding (`##`, `#?#`) and its exceptions (`#@#`, `#@?#`) are absent. */
const UNSUPPORTED_SEPARATORS = {
  '#$#': 'filter_injectsStyle',
  '#$?#': 'filter_injectsStyleAdGuard',
  '#@$#': 'filter_styleException',
  '#@$?#': 'filter_styleExceptionAdGuard',
  '#%#': 'filter_javascript',
  '#@%#': 'filter_javascriptException',
} as const satisfies Record<string, WordingId>;

function isIgnored(line: string): boolean {
  return !line || line.startsWith('!') || /^#(?:\s|$)/.test(line) || /^\[[^\]]*\]$/.test(line);
}

/** The rule key for a domain of a filter, or why it cannot be one. */
function normaliseDomain(text: string): { ok: true; domain: string } | { ok: false; reason: Wording } {
  if (!text) return { ok: false, reason: wording('filter_noDomainAfterTilde') };
  if (/^\/.*\/$/.test(text)) return { ok: false, reason: wording('filter_regexDomain', { domain: text }) };
  if (text.includes('*')) return { ok: false, reason: wording('filter_wildcardDomain', { domain: text }) };
  if (text.includes('/')) return { ok: false, reason: wording('filter_notDomain', { domain: text }) };
  let domain = text.toLowerCase().replace(/\.$/, '');
  if (/[^\x20-\x7e]/.test(domain)) {
    try {
      domain = new URL(`http://${domain}`).hostname; // punycode, as pages report their host
    } catch {
      return { ok: false, reason: wording('filter_notDomain', { domain: text }) };
    }
  }
  const check = checkPattern(domain);
  // The refusal names the domain as the list wrote it.
  if (!check.ok) return { ok: false, reason: asWritten(check.errorWording, domain, text) };
  // Plain domains drop "www." when they become match patterns, so both spellings are one rule.
  return { ok: true, domain: domain.replace(/^www\./, '') };
}

function asWritten(said: Wording, normalised: string, written: string): Wording {
  if (!said.params) return said;
  const params = Object.fromEntries(
    Object.entries(said.params).map(([name, value]) => [name, typeof value === 'string' ? value.replace(normalised, written) : value]),
  );
  return { ...said, params };
}

/**
 * Turns the cosmetic filters of a list into one rule per domain
 * (`example.com##.ad` → the rule for example.com hides `.ad`).
 *
 * - `a.com,b.com##sel` adds `sel` to each domain's rule; `#@#` exceptions go to
 *   keepSelectors; procedural filters (`:has-text()`, `:upward()`, `:remove()`,
 *   also under `#?#`) are stored in their uBO spelling.
 * - `example.com,~shop.example.com##sel`: a rule is for one pattern, with no
 *   way to leave out a subdomain, so the exception becomes `sel` in the
 *   keepSelectors of a rule for shop.example.com. This relies on the rules of a
 *   page being applied together: both match shop.example.com's pages, and
 *   keepSelectors win over removeSelectors. A `~domain` that is not a subdomain
 *   of a listed domain is skipped.
 * - Domains are lower-cased, international ones written in punycode, and
 *   `www.` dropped: a plain-domain rule covers the domain and its subdomains anyway.
 * - Rules that hide something clean automatically; a rule made only of `#@#`
 *   keepSelectors does not switch automatic cleaning on for its site by itself.
 * - Comments, `[Adblock Plus 2.0]` headers and blank lines are ignored; every
 *   other line Unspun cannot honour is in `skipped`, with its line number and why.
 * - More than {@link MAX_FILTER_LINES} lines or {@link MAX_FILTER_BYTES} bytes:
 *   nothing is imported, and `skipped` says why (line 0).
 */
export function parseCosmeticFilters(text: string, doc: Document = globalThis.document, note: string = IMPORT_NOTE): FilterImport {
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.at(-1) === '') lines.pop();
  const bytes = new TextEncoder().encode(text).byteLength;
  if (lines.length > MAX_FILTER_LINES || bytes > MAX_FILTER_BYTES) {
    const said = wording('filter_tooLong', {
      lines: lines.length,
      size: Math.round((bytes / 1024 / 1024) * 10) / 10,
      maxLines: MAX_FILTER_LINES,
      maxSize: MAX_FILTER_BYTES / 1024 / 1024,
    });
    return { rules: [], skipped: [{ line: 0, text: '', reason: inEnglish(said), reasonWording: said }] };
  }

  const rules = new Map<string, { rule: SiteRule; remove: Set<string>; keep: Set<string> }>();
  const skipped: SkippedLine[] = [];

  const add = (domain: string, list: 'removeSelectors' | 'keepSelectors', selector: string) => {
    let entry = rules.get(domain);
    if (!entry) {
      entry = { rule: createRule(domain, { autoClean: true, note }), remove: new Set(), keep: new Set() };
      rules.set(domain, entry);
    }
    const seen = list === 'removeSelectors' ? entry.remove : entry.keep;
    if (seen.has(selector)) return;
    seen.add(selector);
    entry.rule[list].push(selector);
  };

  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (isIgnored(line)) return;
    const skip = (said: Wording) => skipped.push({ line: index + 1, text: line, reason: inEnglish(said), reasonWording: said });

    const match = SEPARATOR.exec(line);
    if (!match) {
      if (/^[^\s$]*\$@?\$/.test(line)) return skip(wording('filter_htmlAdGuard'));
      return skip(wording('filter_network'));
    }
    const [, domainText = '', separator = '', body = ''] = match;
    if (Object.hasOwn(UNSUPPORTED_SEPARATORS, separator))
      return skip(wording(UNSUPPORTED_SEPARATORS[separator as keyof typeof UNSUPPORTED_SEPARATORS]));
    const selectorText = body.trim();
    if (/^\+js\(/.test(selectorText)) return skip(wording('filter_scriptlet'));
    if (selectorText.startsWith('^')) return skip(wording('filter_html'));
    if (!selectorText) return skip(wording('filter_noSelector', { separator }));
    if (domainText.trimStart().startsWith('[$')) return skip(wording('filter_modifiers', { modifier: '[$…]' }));

    const domains = domainText
      .split(',')
      .map((domain) => domain.trim())
      .filter(Boolean);
    const included = domains.filter((domain) => !domain.startsWith('~'));
    const excluded = domains.filter((domain) => domain.startsWith('~')).map((domain) => domain.slice(1));
    if (included.length === 0) {
      return skip(excluded.length ? wording('filter_everySiteExcept', { domains: excluded.join(', ') }) : wording('filter_everySite'));
    }

    const parsed = parseExtendedSelector(selectorText, doc);
    if (!parsed.ok) return skip(parsed.errorWording);
    const selector = formatExtendedSelector(parsed.selector);
    const isException = separator.includes('@');

    const targets: string[] = [];
    for (const name of included) {
      const domain = normaliseDomain(name);
      if (domain.ok) targets.push(domain.domain);
      else skip(domain.reason);
    }
    for (const domain of targets) add(domain, isException ? 'keepSelectors' : 'removeSelectors', selector);

    for (const name of excluded) {
      if (isException) {
        skip(wording('filter_exceptionSubdomain', { domain: name }));
        continue;
      }
      const domain = normaliseDomain(name);
      if (!domain.ok) {
        skip(domain.reason);
        continue;
      }
      if (targets.some((target) => domain.domain.endsWith(`.${target}`))) add(domain.domain, 'keepSelectors', selector);
      else {
        const params = { domain: name, targets: targets.join(', ') || wording('filter_aListedDomain') };
        skip(wording(name.toLowerCase().startsWith('www.') ? 'filter_notSubdomainWww' : 'filter_notSubdomain', params));
      }
    }
  });

  return {
    rules: [...rules.values()].map(({ rule }) => ({ ...rule, autoClean: rule.removeSelectors.length > 0 })),
    skipped,
  };
}
