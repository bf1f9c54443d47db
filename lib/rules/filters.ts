/**
 * Import of uBlock Origin / Adblock Plus cosmetic filter lists as site rules.
 * Unspun only hides elements, per site: everything else a list can say
 * (network blocking, scriptlets, style injection, filters for every site) is
 * reported line by line, so the user sees what was left out and why.
 */
import { createRule, type SiteRule } from './model';
import { checkPattern } from './patterns';
import { formatExtendedSelector, parseExtendedSelector } from './extended-selector';

export interface SkippedLine {
  /** 1-based; 0 when the whole list was refused. */
  line: number;
  text: string;
  reason: string;
}

export interface FilterImport {
  rules: SiteRule[];
  skipped: SkippedLine[];
}

export const MAX_FILTER_LINES = 20_000;
export const MAX_FILTER_BYTES = 2 * 1024 * 1024;
export const IMPORT_NOTE = 'Imported from a filter list';

// The first `#` starts the separator: domains never contain one, selectors may (`##div#main`).
const SEPARATOR = /^([^#]*)(#@?(?:\$\??|\?|%)?#)(.*)$/s;
const ONLY_HIDES = 'Unspun only hides elements';

/** Why a separator's filters cannot be honoured; hiding (`##`, `#?#`) and its exceptions (`#@#`, `#@?#`) are absent. */
const UNSUPPORTED_SEPARATORS: Record<string, string> = {
  '#$#': `injects CSS styles (AdGuard) or runs a snippet (Adblock Plus); ${ONLY_HIDES}`,
  '#$?#': `injects CSS styles (AdGuard); ${ONLY_HIDES}`,
  '#@$#': `is an exception to a style injection or snippet; ${ONLY_HIDES}`,
  '#@$?#': `is an exception to a style injection; ${ONLY_HIDES}`,
  '#%#': `runs JavaScript on the page; ${ONLY_HIDES}`,
  '#@%#': `is an exception to a JavaScript filter; ${ONLY_HIDES}`,
};

function isIgnored(line: string): boolean {
  return !line || line.startsWith('!') || /^#(?:\s|$)/.test(line) || /^\[[^\]]*\]$/.test(line);
}

/** The rule key for a domain of a filter, or why it cannot be one. */
function normaliseDomain(text: string): { ok: true; domain: string } | { ok: false; reason: string } {
  if (!text) return { ok: false, reason: '"~" with no domain after it names nothing to leave out' };
  if (/^\/.*\/$/.test(text)) return { ok: false, reason: `"${text}": domains written as regular expressions are not supported` };
  if (text.includes('*'))
    return { ok: false, reason: `"${text}" stands for many domains (every ending, or every subdomain); name the site, e.g. example.com` };
  if (text.includes('/')) return { ok: false, reason: `"${text}" is not a domain name` };
  let domain = text.toLowerCase().replace(/\.$/, '');
  if (/[^\x20-\x7e]/.test(domain)) {
    try {
      domain = new URL(`http://${domain}`).hostname; // punycode, as pages report their host
    } catch {
      return { ok: false, reason: `"${text}" is not a domain name` };
    }
  }
  const check = checkPattern(domain);
  if (!check.ok) return { ok: false, reason: check.error.replace(domain, text) };
  // Plain domains drop "www." when they become match patterns, so both spellings are one rule.
  return { ok: true, domain: domain.replace(/^www\./, '') };
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
export function parseCosmeticFilters(text: string, doc: Document = globalThis.document): FilterImport {
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.at(-1) === '') lines.pop();
  const bytes = new TextEncoder().encode(text).byteLength;
  if (lines.length > MAX_FILTER_LINES || bytes > MAX_FILTER_BYTES) {
    const size = `${lines.length.toLocaleString('en')} lines, ${(bytes / 1024 / 1024).toFixed(1)} MB`;
    const reason = `The list is too long (${size}): Unspun imports at most 20,000 lines and 2 MB at a time. Nothing was imported; split the list into smaller parts.`;
    return { rules: [], skipped: [{ line: 0, text: '', reason }] };
  }

  const rules = new Map<string, { rule: SiteRule; remove: Set<string>; keep: Set<string> }>();
  const skipped: SkippedLine[] = [];

  const add = (domain: string, list: 'removeSelectors' | 'keepSelectors', selector: string) => {
    let entry = rules.get(domain);
    if (!entry) {
      entry = { rule: createRule(domain, { autoClean: true, note: IMPORT_NOTE }), remove: new Set(), keep: new Set() };
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
    const skip = (reason: string) => skipped.push({ line: index + 1, text: line, reason });

    const match = SEPARATOR.exec(line);
    if (!match) {
      if (/^[^\s$]*\$@?\$/.test(line)) return skip(`edits the page's HTML as it loads (an AdGuard HTML filter); ${ONLY_HIDES}`);
      return skip('blocks or allows network requests (a network filter); Unspun does not block requests');
    }
    const [, domainText = '', separator = '', body = ''] = match;
    const unsupportedSeparator = UNSUPPORTED_SEPARATORS[separator];
    if (unsupportedSeparator) return skip(unsupportedSeparator);
    const selectorText = body.trim();
    if (/^\+js\(/.test(selectorText)) return skip(`runs a script on the page (a uBO scriptlet); ${ONLY_HIDES}`);
    if (selectorText.startsWith('^')) return skip(`edits the page's HTML as it loads (an HTML filter); ${ONLY_HIDES}`);
    if (!selectorText) return skip(`has no selector after ${separator}`);
    if (domainText.trimStart().startsWith('[$')) return skip('uses AdGuard modifiers ([$…]), which Unspun does not support');

    const domains = domainText
      .split(',')
      .map((domain) => domain.trim())
      .filter(Boolean);
    const included = domains.filter((domain) => !domain.startsWith('~'));
    const excluded = domains.filter((domain) => domain.startsWith('~')).map((domain) => domain.slice(1));
    if (included.length === 0) {
      const except = excluded.length ? ` except ${excluded.join(', ')}` : '';
      return skip(`applies to every site${except}; a rule is for one site`);
    }

    const parsed = parseExtendedSelector(selectorText, doc);
    if (!parsed.ok) return skip(parsed.error);
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
        skip(`"~${name}": an exception filter cannot leave out a subdomain in Unspun; that part was not imported`);
        continue;
      }
      const domain = normaliseDomain(name);
      if (!domain.ok) {
        skip(domain.reason);
        continue;
      }
      if (targets.some((target) => domain.domain.endsWith(`.${target}`))) add(domain.domain, 'keepSelectors', selector);
      else
        skip(
          `"~${name}" is not a subdomain of ${targets.join(', ') || 'a listed domain'}, so Unspun cannot leave it out; that part was not imported` +
            (name.toLowerCase().startsWith('www.') ? ' (Unspun treats www. as the domain itself)' : ''),
        );
    }
  });

  return {
    rules: [...rules.values()].map(({ rule }) => ({ ...rule, autoClean: rule.removeSelectors.length > 0 })),
    skipped,
  };
}
