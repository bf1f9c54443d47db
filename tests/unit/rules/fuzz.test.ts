/**
 * Random and truncated input for the three parsers that read what users
 * paste or import: the rule selector parser, the filter-list importer and
 * the JSON import. 10,000 cases each (fast-check): none throws, a refusal
 * always says where, and what is accepted is always usable.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { exportRules, parseImport } from '@/lib/rules/transfer';
import { parseCosmeticFilters } from '@/lib/rules/filters';
import { formatExtendedSelector, parseExtendedSelector } from '@/lib/rules/extended-selector';
import { checkPattern } from '@/lib/rules/patterns';
import type { SiteRule } from '@/lib/rules/model';
import { FLAG_CATEGORIES } from '@/lib/report';

const RUNS = 10_000;

const label = fc.stringMatching(/^[a-z]([a-z0-9-]{0,8}[a-z0-9])?$/);
const domain = fc.tuple(label, fc.constantFrom('com', 'pl', 'de', 'news', 'co.uk')).map(([name, tld]) => `${name}.${tld}`);
const pattern = fc.oneof(
  domain,
  domain.map((name) => `*://*.${name}/*`),
  domain.map((name) => `https://${name}/news/*`),
);
/** Selectors as people write them, pieces of filter syntax, and noise. */
const selector = fc.oneof(
  fc.constantFrom(
    '.related',
    '#comments',
    'div.ad',
    'aside > .promo',
    '[data-ad]',
    'p:has-text(Also read)',
    '.box:upward(2)',
    '.x:remove()',
  ),
  fc.tuple(fc.constantFrom('.', '#', ''), label).map(([sigil, name]) => `${sigil}${name}`),
  fc.string({ maxLength: 30 }),
  fc.stringMatching(/^[.#:()[\]>~+*a-z0-9 "'=\\/-]{1,30}$/),
);
const rule: fc.Arbitrary<SiteRule> = fc.record({
  id: fc.stringMatching(/^rule-[a-z0-9]{1,12}$/),
  pattern,
  enabled: fc.boolean(),
  autoClean: fc.boolean(),
  removeSelectors: fc.array(fc.constantFrom('.related', '#comments', 'div.ad', 'p:has-text(Also read)'), { maxLength: 3 }),
  keepSelectors: fc.array(fc.constantFrom('.article', 'main p'), { maxLength: 2 }),
  sourceLanguage: fc.constantFrom(null, 'pl', 'ru', 'de'),
  note: fc.string({ maxLength: 40 }),
});
const settings = fc.record({
  autoCleanAboveThreshold: fc.boolean(),
  autoCleanThreshold: fc.double({ min: 0, max: 1, noNaN: true }),
  badge: fc.boolean(),
  flagCategories: fc.subarray([...FLAG_CATEGORIES]),
  hiddenFlagCategories: fc.subarray([...FLAG_CATEGORIES]),
});
/** A valid export with unique rule ids. */
const exported = fc
  .tuple(fc.uniqueArray(rule, { selector: (item) => item.id, maxLength: 6 }), settings)
  .map(([rules, chosen]) => ({ rules, settings: chosen, text: exportRules(rules, chosen, new Date(0)) }));

const lineCount = (text: string) => text.split(/\r\n|\r|\n/).length;

describe('the JSON import, on random and truncated files', () => {
  it('never throws; a refusal names a line inside the file, an acceptance gives rules with valid patterns', () => {
    const input = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.json({ maxDepth: 4 }),
      exported.map((file) => file.text),
      // A valid export with one character replaced: the kind of damage an editor does.
      fc.tuple(exported, fc.nat(), fc.string({ minLength: 1, maxLength: 1 })).map(([file, at, char]) => {
        const index = at % file.text.length;
        return file.text.slice(0, index) + char + file.text.slice(index + 1);
      }),
    );
    fc.assert(
      fc.property(input, (text) => {
        const result = parseImport(text);
        if (result.ok) {
          for (const imported of result.rules) expect(checkPattern(imported.pattern).ok).toBe(true);
        } else {
          expect(result.errors.length).toBeGreaterThan(0);
          for (const error of result.errors) {
            expect(error.message.length).toBeGreaterThan(0);
            if (error.line !== undefined) expect(error.line).toBeGreaterThanOrEqual(1);
            if (error.line !== undefined) expect(error.line).toBeLessThanOrEqual(lineCount(text));
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses every truncated export, at the line where it stops, and reads the whole one back exactly', () => {
    fc.assert(
      fc.property(exported, fc.nat(), ({ rules, settings: chosen, text }, at) => {
        const whole = parseImport(text);
        expect(whole).toEqual({ ok: true, rules, settings: chosen });
        const cut = at % text.trimEnd().length;
        const truncated = parseImport(text.slice(0, cut));
        expect(truncated.ok).toBe(false);
        if (!truncated.ok && cut > 0 && text.slice(0, cut).trim())
          expect(truncated.errors[0]!.line).toBe(lineCount(text.slice(0, cut).trimEnd()));
      }),
      { numRuns: RUNS },
    );
  });
});

describe('the filter-list importer, on random lists', () => {
  const line = fc.oneof(
    fc
      .tuple(fc.array(domain, { minLength: 1, maxLength: 3 }), fc.constantFrom('##', '#@#', '#?#', '#$#'), selector)
      .map(([domains, separator, css]) => `${domains.join(',')}${separator}${css}`),
    fc.constantFrom('! comment', '[Adblock Plus 2.0]', '', '##.global', '||ads.example.com^', '@@||x.com^'),
    fc.string({ maxLength: 40 }),
  );
  it('never throws; every line it takes is a usable selector, every line it leaves says why', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), (lines) => {
        const text = lines.join('\n');
        const result = parseCosmeticFilters(text, document);
        for (const imported of result.rules) {
          expect(checkPattern(imported.pattern).ok).toBe(true);
          for (const css of [...imported.removeSelectors, ...imported.keepSelectors])
            expect(parseExtendedSelector(css, document).ok).toBe(true);
        }
        for (const skipped of result.skipped) {
          expect(skipped.reason.length).toBeGreaterThan(0);
          expect(skipped.line).toBeGreaterThanOrEqual(1);
          expect(skipped.line).toBeLessThanOrEqual(lines.length);
        }
      }),
      { numRuns: RUNS },
    );
  });
});

describe('the rule selector parser, on random selectors', () => {
  it('never throws; what it accepts is written back to a selector that reads the same', () => {
    fc.assert(
      fc.property(selector, (text) => {
        const parsed = parseExtendedSelector(text, document);
        if (!parsed.ok) {
          expect(parsed.error.length).toBeGreaterThan(0);
          return;
        }
        const again = parseExtendedSelector(formatExtendedSelector(parsed.selector), document);
        expect(again).toEqual(parsed);
      }),
      { numRuns: RUNS },
    );
  });
});
