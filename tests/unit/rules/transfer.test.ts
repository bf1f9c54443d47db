import { describe, expect, it } from 'vitest';
import type { Settings, SiteRule } from '@/lib/rules/model';
import { DEFAULT_SETTINGS, createRule } from '@/lib/rules/model';
import type { ImportError, ImportParse } from '@/lib/rules/transfer';
import { inEnglish } from '@/lib/wording-english';
import { exportRules, formatImportErrors, jsonErrorOffset, locateJsonError, parseImport, previewImport } from '@/lib/rules/transfer';

function rule(id: string, pattern: string, overrides: Partial<SiteRule> = {}): SiteRule {
  return createRule(pattern, { id, ...overrides });
}

const RULES: SiteRule[] = [
  rule('rule-a', 'example.com', {
    removeSelectors: ['.also-read', 'div:has-text(Czytaj także)'],
    sourceLanguage: 'pl',
    note: 'Polish copies',
  }),
  rule('rule-b', '*://*.news-copy.org/*', { autoClean: false, keepSelectors: ['.byline'] }),
  rule('rule-c', 'mirror.net', { enabled: false, note: 'Ünïcödé “quotes” \\ and "escapes" 😀\nsecond line' }),
];

const SETTINGS: Settings = {
  autoCleanAboveThreshold: true,
  autoCleanThreshold: 0.55,
  badge: false,
  flagCategories: ['calque', 'untranslated'],
  hiddenFlagCategories: ['grammar'],
};

/** The errors in English, each checked to say the same as its wording (the interface's words: tests/unit/i18n). */
function errorsOf(result: ImportParse): Array<Omit<ImportError, 'wording'>> {
  if (result.ok) throw new Error(`expected errors, got ${result.rules.length} rules`);
  expect(result).not.toHaveProperty('rules');
  expect(result).not.toHaveProperty('settings');
  return result.errors.map(({ wording, ...error }) => {
    expect(inEnglish(wording)).toBe(error.message);
    return error;
  });
}

/** The 1-based line of the first line of `text` containing `needle`. */
function lineContaining(text: string, needle: string): number {
  const index = text.split('\n').findIndex((line) => line.includes(needle));
  if (index < 0) throw new Error(`${needle} not in text`);
  return index + 1;
}

/** An export file as an object, for tests that break one part of it. */
function exported(rules: unknown[] = RULES, settings: unknown = SETTINGS): Record<string, unknown> {
  return { format: 'unspun-rules', version: 1, exportedAt: '2025-01-01T00:00:00.000Z', rules, settings };
}

const pretty = (value: unknown): string => JSON.stringify(value, null, 2);

describe('exportRules', () => {
  it('writes the format, version, date, rules and settings as JSON indented by two spaces', () => {
    const text = exportRules(RULES, SETTINGS, new Date('2025-03-04T05:06:07Z'));
    const file = JSON.parse(text);
    expect(file).toEqual({ format: 'unspun-rules', version: 1, exportedAt: '2025-03-04T05:06:07.000Z', rules: RULES, settings: SETTINGS });
    expect(text.split('\n')[1]).toBe('  "format": "unspun-rules",');
  });

  it('writes only the known fields, whatever else the objects carry', () => {
    const extra = { ...RULES[0], internal: 'cache' } as SiteRule;
    const file = JSON.parse(exportRules([extra], { ...SETTINGS, secret: 1 } as Settings));
    expect(Object.keys(file.rules[0])).toEqual([
      'id',
      'pattern',
      'enabled',
      'autoClean',
      'removeSelectors',
      'keepSelectors',
      'sourceLanguage',
      'note',
    ]);
    expect(file.settings).not.toHaveProperty('secret');
  });
});

describe('parseImport', () => {
  it('reads back exactly what was exported', () => {
    expect(parseImport(exportRules(RULES, SETTINGS))).toEqual({ ok: true, rules: RULES, settings: SETTINGS });
    expect(parseImport(exportRules([], DEFAULT_SETTINGS))).toEqual({ ok: true, rules: [], settings: DEFAULT_SETTINGS });
  });

  it('accepts a file saved with a byte order mark and Windows line ends', () => {
    const text = `\uFEFF${exportRules(RULES, SETTINGS).replace(/\n/g, '\r\n')}`;
    expect(parseImport(text)).toEqual({ ok: true, rules: RULES, settings: SETTINGS });
  });

  it('says a file cut in half looks truncated, and points at where it ends', () => {
    const full = exportRules(RULES, SETTINGS);
    const half = full.slice(0, Math.floor(full.length / 2));
    const errors = errorsOf(parseImport(half));
    // The position just after the last thing in the file.
    const lines = half.trimEnd().split('\n');
    expect(errors).toEqual([
      { message: expect.stringContaining('truncated'), line: lines.length, column: (lines.at(-1) ?? '').length + 1 },
    ]);
    expect(formatImportErrors(errors)).toMatch(new RegExp(`^line ${lines.length}, column \\d+: The file looks truncated`));
  });

  it('points at the line and column of a syntax error, without calling it truncated', () => {
    // A comma missing between two rule fields, as a hand edit might leave it.
    const text = exportRules(RULES, SETTINGS).replace('"enabled": false,', '"enabled": false');
    const errors = errorsOf(parseImport(text));
    const line = lineContaining(text, '"enabled": false') + 1;
    const column = (text.split('\n')[line - 1] ?? '').indexOf('"') + 1;
    expect(errors).toEqual([{ message: expect.stringMatching(/^The file is not valid JSON/), line, column }]);
    expect(errors[0]?.message).not.toContain('truncated');
  });

  it('finds the error position when the engine message gives none (an unexpected token)', () => {
    const text = '{\n  "format": "unspun-rules",\n  "rules": [}\n}';
    const errors = errorsOf(parseImport(text));
    expect(errors).toEqual([{ message: expect.stringContaining('not valid JSON'), line: 3, column: 13 }]);
  });

  it('reads the position from Node, Chromium and Firefox messages alike', () => {
    const text = '{\n  "a": 1,\n  "b" 2\n}';
    const offset = text.indexOf('2');
    expect(jsonErrorOffset(`Expected ':' after property name in JSON at position ${offset}`, text)).toBe(offset);
    expect(jsonErrorOffset(`Expected ':' after property name in JSON at position ${offset} (line 3 column 7)`, text)).toBe(offset);
    // Line and column are taken as given (here they point at "a", line 2 column 3).
    expect(jsonErrorOffset('Unexpected string in JSON (line 2 column 3)', text)).toBe(text.indexOf('"a"'));
    expect(jsonErrorOffset("JSON.parse: expected ':' after property name in object at line 3 column 3 of the JSON data", text)).toBe(
      text.indexOf('"b"'),
    );
    expect(jsonErrorOffset('Unexpected end of JSON input', text)).toBe(text.length);
    // Node 20 gives no position for an unexpected token: the text is scanned.
    expect(jsonErrorOffset(`Unexpected token '2', "{ "a": 1, "b" 2 }" is not valid JSON`, text)).toBe(offset);
  });

  it('finds where JSON goes wrong the way JSON.parse does', () => {
    const cases: Array<[string, number | null]> = [
      ['{"a": [], "b": {}, "c": [1, -2.5e3, true, null, "x\\"y"]}', null],
      ['{"a": [] x}', 9],
      ['{"a": [1,]}', 9],
      ['{"a": 1,}', 8],
      ['{"a": tru}', 9],
      ['{"a": 01}', 7],
      ['{"a": "\\q"}', 8],
      ['{"a": 1} {}', 9],
      ['{"a": [', 7],
    ];
    for (const [text, expected] of cases) {
      expect(locateJsonError(text), text).toBe(expected);
      if (expected === null) expect(() => JSON.parse(text)).not.toThrow();
      else expect(() => JSON.parse(text)).toThrow();
    }
  });

  it('points at the closing brace after a trailing comma left by a hand edit', () => {
    const text = exportRules(RULES, SETTINGS).replace(
      '"keepSelectors": [\n        ".byline"\n      ],\n      "sourceLanguage": null,\n      "note": ""',
      '"keepSelectors": [".byline"], "note": "",',
    );
    expect(text).toContain('"note": "",\n    }');
    const errors = errorsOf(parseImport(text));
    expect(errors).toEqual([
      { message: expect.stringContaining('not valid JSON'), line: lineContaining(text, '"note": "",') + 1, column: 5 },
    ]);
  });

  it('rejects an empty file', () => {
    expect(errorsOf(parseImport('  \n'))).toEqual([{ message: 'The file is empty.' }]);
  });

  it('rejects a file over 1 MB before reading it, saying its size and the limit', () => {
    const many = Array.from({ length: 4000 }, (_, index) => rule(`rule-${index}`, `site${index}.example`, { note: 'x'.repeat(300) }));
    const text = exportRules(many, SETTINGS);
    expect(text.length).toBeGreaterThan(1024 * 1024);
    const errors = errorsOf(parseImport(text));
    expect(errors).toHaveLength(1);
    const size = `${Math.round((new TextEncoder().encode(text).length / (1024 * 1024)) * 10) / 10} MB`;
    expect(errors[0]?.message).toContain(size);
    expect(errors[0]?.message).toContain('the limit is 1 MB');
  });

  it('counts the size in bytes, so a file of many non-ASCII characters is measured as saved', () => {
    const padded = pretty(exported([rule('rule-a', 'example.com', { note: 'ж'.repeat(1900) })])).padEnd(1_000_000, ' ');
    expect(parseImport(padded).ok).toBe(true);
    // Fewer than a million characters, but two bytes each in UTF-8.
    const cyrillic = `{"note": "${'ж'.repeat(530_000)}"}`;
    expect(cyrillic.length).toBeLessThan(1024 * 1024);
    expect(errorsOf(parseImport(cyrillic))).toEqual([{ message: expect.stringContaining('(1,060,012 bytes); the limit is 1 MB') }]);
  });

  it('refuses a file from a newer Unspun and says so', () => {
    const text = pretty({ ...exported(), version: 2 });
    const errors = errorsOf(parseImport(text));
    expect(errors).toEqual([
      { path: 'version', line: lineContaining(text, '"version"'), message: expect.stringContaining('made by a newer Unspun') },
    ]);
  });

  it('refuses an unknown version that is not newer', () => {
    for (const version of [0, '1', undefined]) {
      const errors = errorsOf(parseImport(pretty({ ...exported(), version })));
      expect(errors).toEqual([expect.objectContaining({ path: 'version' })]);
      expect(errors[0]?.message).not.toContain('newer');
    }
  });

  it('refuses a file that is not an Unspun export', () => {
    expect(errorsOf(parseImport(pretty({ ...exported(), format: 'ublock-filters' })))).toEqual([
      expect.objectContaining({ path: 'format', line: 2, message: expect.stringContaining('not an Unspun rules export') }),
    ]);
    expect(errorsOf(parseImport(pretty(RULES)))[0]?.message).toContain('not an Unspun rules export');
    expect(errorsOf(parseImport('{"rules": []}'))).toEqual([expect.objectContaining({ path: 'format' })]);
  });

  it('reports a missing list of rules', () => {
    const { rules: _rules, ...withoutRules } = exported();
    expect(errorsOf(parseImport(pretty(withoutRules)))).toEqual([{ path: 'rules', message: expect.stringContaining('missing') }]);
    expect(errorsOf(parseImport(pretty({ ...exported(), rules: {} })))).toEqual([
      expect.objectContaining({ path: 'rules', message: expect.stringContaining('list of rules') }),
    ]);
  });

  it('rejects the whole file for one broken rule, naming that rule and the line where it starts', () => {
    const broken = { ...RULES[1], pattern: 'not a domain!' };
    const text = pretty(exported([RULES[0], broken, RULES[2]]));
    const errors = errorsOf(parseImport(text));
    const ruleStart = lineContaining(text, '"id": "rule-b"') - 1;
    expect(text.split('\n')[ruleStart - 1]?.trim()).toBe('{');
    expect(errors).toEqual([{ path: 'rules[1].pattern', line: ruleStart, message: expect.stringContaining('is not a domain name') }]);
    expect(formatImportErrors(errors)).toMatch(
      new RegExp(`^rules\\[1\\]\\.pattern \\(line ${ruleStart}\\): “not a domain!” is not a domain name`),
    );
  });

  it('lists every problem in every rule, not only the first', () => {
    const text = pretty(
      exported([
        {
          id: '',
          pattern: '<all_urls>',
          enabled: 'yes',
          autoClean: 1,
          removeSelectors: '.ad',
          keepSelectors: [42, ' '],
          sourceLanguage: 'PL',
          note: 7,
        },
        RULES[0],
        'example.org',
        { ...RULES[2], id: 'x'.repeat(201), sourceLanguage: 'pol', note: 'n'.repeat(2001) },
      ]),
    );
    const errors = errorsOf(parseImport(text));
    const starts = [0, 2, 3].map((index) => {
      const found = errors.find((error) => error.path?.startsWith(`rules[${index}]`));
      return found?.line;
    });
    expect(starts[0]).toBeLessThan(starts[1] ?? 0);
    expect(starts[1]).toBeLessThan(starts[2] ?? 0);
    expect(errors.map((error) => error.path)).toEqual([
      'rules[0].id',
      'rules[0].pattern',
      'rules[0].enabled',
      'rules[0].autoClean',
      'rules[0].removeSelectors',
      'rules[0].keepSelectors[0]',
      'rules[0].keepSelectors[1]',
      'rules[0].sourceLanguage',
      'rules[0].note',
      'rules[2]',
      'rules[3].id',
      'rules[3].sourceLanguage',
      'rules[3].note',
    ]);
    expect(errors.find((error) => error.path === 'rules[0].pattern')?.message).toContain('<all_urls>');
    expect(errors.find((error) => error.path === 'rules[0].enabled')?.message).toBe('must be true or false; found "yes".');
    expect(errors.find((error) => error.path === 'rules[3].note')?.message).toContain('2,001 characters');
  });

  it('rejects rules that share an id, pointing at both', () => {
    const text = pretty(exported([RULES[0], RULES[1], { ...RULES[2], id: 'rule-a' }]));
    const errors = errorsOf(parseImport(text));
    const firstLine = lineContaining(text, '"id": "rule-a"') - 1;
    const secondLine = lineContaining(text, '"pattern": "mirror.net"') - 2;
    expect(errors).toEqual([{ path: 'rules[2].id', line: secondLine, message: expect.stringContaining(`rules[0] (line ${firstLine})`) }]);
  });

  it('ignores fields it does not know (files from a later minor release), and fills optional ones', () => {
    const text = pretty({
      ...exported([
        { ...RULES[0], colour: 'red' },
        { id: 'rule-min', pattern: 'short.example', enabled: true, autoClean: false },
      ]),
      comment: 'hand edited',
    });
    const result = parseImport(text);
    expect(result).toEqual({
      ok: true,
      settings: SETTINGS,
      rules: [
        RULES[0],
        {
          id: 'rule-min',
          pattern: 'short.example',
          enabled: true,
          autoClean: false,
          removeSelectors: [],
          keepSelectors: [],
          sourceLanguage: null,
          note: '',
        },
      ],
    });
  });

  it('refuses more than 5,000 rules', () => {
    const rules = Array.from({ length: 5001 }, (_, index) => ({
      id: `r${index}`,
      pattern: `s${index}.example`,
      enabled: true,
      autoClean: false,
    }));
    expect(errorsOf(parseImport(JSON.stringify(exported(rules))))).toEqual([
      expect.objectContaining({ path: 'rules', message: expect.stringContaining('5,001 rules; Unspun keeps at most 5,000') }),
    ]);
    expect(parseImport(JSON.stringify(exported(rules.slice(0, 5000)))).ok).toBe(true);
  });

  describe('settings', () => {
    it('fills the fields a file leaves out from the defaults', () => {
      const result = parseImport(pretty(exported(RULES, { badge: false })));
      expect(result).toEqual({ ok: true, rules: RULES, settings: { ...DEFAULT_SETTINGS, badge: false } });
    });

    it('imports the flag categories the reader turned off, and reports a wrong one with its path', () => {
      const withHidden = parseImport(pretty(exported(RULES, { ...SETTINGS, hiddenFlagCategories: ['calque', 'calque', 'punctuation'] })));
      expect(withHidden).toEqual({ ok: true, rules: RULES, settings: { ...SETTINGS, hiddenFlagCategories: ['calque', 'punctuation'] } });
      const { hiddenFlagCategories: _hidden, ...older } = SETTINGS;
      expect(parseImport(pretty(exported(RULES, older)))).toEqual({
        ok: true,
        rules: RULES,
        settings: { ...SETTINGS, hiddenFlagCategories: [] },
      });
      const errors = errorsOf(parseImport(pretty(exported(RULES, { ...SETTINGS, hiddenFlagCategories: ['grammar', 'rudeness'] }))));
      expect(errors.map((error) => error.path)).toEqual(['settings.hiddenFlagCategories[1]']);
      const notAList = errorsOf(parseImport(pretty(exported(RULES, { ...SETTINGS, hiddenFlagCategories: 'grammar' }))));
      expect(notAList[0]?.message).toBe('must be a list of flag categories; found "grammar".');
    });

    it('returns no settings when the file has none, so the current ones stay', () => {
      const { settings: _settings, ...withoutSettings } = exported();
      expect(parseImport(pretty(withoutSettings))).toEqual({ ok: true, rules: RULES, settings: null });
    });

    it('reports each bad setting with its path', () => {
      const text = pretty(
        exported(RULES, { autoCleanAboveThreshold: 'on', autoCleanThreshold: 1.5, badge: null, flagCategories: ['calque', 'rudeness'] }),
      );
      const errors = errorsOf(parseImport(text));
      expect(errors.map((error) => error.path)).toEqual([
        'settings.autoCleanAboveThreshold',
        'settings.badge',
        'settings.autoCleanThreshold',
        'settings.flagCategories[1]',
      ]);
      expect(errors.find((error) => error.path === 'settings.autoCleanThreshold')).toEqual({
        path: 'settings.autoCleanThreshold',
        line: lineContaining(text, '"autoCleanThreshold"'),
        message: 'must be a number from 0 to 1; found 1.5.',
      });
      expect(errors.at(-1)?.message).toContain('"rudeness" is not a flag category');
    });

    it('reports rule and settings errors together', () => {
      const errors = errorsOf(parseImport(pretty(exported([{ ...RULES[0], enabled: null }], { badge: 'yes' }))));
      expect(errors.map((error) => error.path)).toEqual(['rules[0].enabled', 'settings.badge']);
    });
  });

  describe('selectors', () => {
    const validateSelector = (selector: string): string | null => {
      try {
        document.createDocumentFragment().querySelector(selector);
        return null;
      } catch {
        return 'not a valid CSS selector.';
      }
    };

    it('reports an invalid selector with the validator’s message, and accepts the valid ones', () => {
      const text = pretty(exported([RULES[1], { ...RULES[2], removeSelectors: ['.ok', 'div[class='], keepSelectors: ['article > p'] }]));
      const errors = errorsOf(parseImport(text, { validateSelector }));
      const ruleStart = lineContaining(text, '"id": "rule-c"') - 1;
      expect(errors).toEqual([
        { path: 'rules[1].removeSelectors[1]', line: ruleStart, message: '“div[class=”: not a valid CSS selector.' },
      ]);
      expect(parseImport(text).ok).toBe(true);
      expect(parseImport(exportRules(RULES.slice(1), SETTINGS), { validateSelector }).ok).toBe(true);
    });

    it('reports a validator that throws as an invalid selector instead of failing', () => {
      const throwing = (): string | null => {
        throw new Error('procedural operator unknown');
      };
      const errors = errorsOf(parseImport(exportRules([RULES[0] as SiteRule], SETTINGS), { validateSelector: throwing }));
      expect(errors.map((error) => error.message)).toEqual([
        '“.also-read”: procedural operator unknown',
        '“div:has-text(Czytaj także)”: procedural operator unknown',
      ]);
    });
  });
});

describe('previewImport', () => {
  const a = rule('a', 'example.com');
  const b = rule('b', 'foo.org', { autoClean: false });
  const c = rule('c', 'bar.net', { note: 'keep me' });
  const aUpdated = { ...a, autoClean: false, note: 'updated' };
  const bElsewhere = { ...b, id: 'b-from-laptop', pattern: ' FOO.org ' };
  const d = rule('d', 'new.example');

  it('merge: updates matching rules (by id, else by pattern), adds new ones and keeps the rest', () => {
    const preview = previewImport([a, b, c], [aUpdated, bElsewhere, d], 'merge');
    expect(preview.changed).toEqual([
      { before: a, after: aUpdated, fields: ['autoClean', 'note'] },
      { before: b, after: bElsewhere, fields: ['id', 'pattern'] },
    ]);
    expect(preview.added).toEqual([d]);
    expect(preview.kept).toEqual([c]);
    expect(preview.removed).toEqual([]);
    expect(preview.result).toEqual([aUpdated, bElsewhere, c, d]);
  });

  it('merge: an identical rule is kept, not changed', () => {
    const preview = previewImport([a, c], [{ ...c, removeSelectors: [] }], 'merge');
    expect(preview).toEqual({ added: [], changed: [], kept: [a, c], removed: [], result: [a, c] });
  });

  it('replace: stores exactly the incoming rules, current order first, and lists the removed ones', () => {
    const preview = previewImport([a, b, c], [d, c, aUpdated], 'replace');
    expect(preview.removed).toEqual([b]);
    expect(preview.kept).toEqual([c]);
    expect(preview.changed).toEqual([{ before: a, after: aUpdated, fields: ['autoClean', 'note'] }]);
    expect(preview.added).toEqual([d]);
    expect(preview.result).toEqual([aUpdated, c, d]);
  });

  it('matches a current rule only once, and prefers an id match over a pattern match', () => {
    const samePattern = { ...rule('z', 'EXAMPLE.com'), note: 'pattern twin' };
    const preview = previewImport([a], [samePattern, aUpdated], 'merge');
    expect(preview.changed).toEqual([{ before: a, after: aUpdated, fields: ['autoClean', 'note'] }]);
    expect(preview.added).toEqual([samePattern]);
    expect(preview.result).toEqual([aUpdated, samePattern]);
  });

  it('works on what parseImport returns', () => {
    const parsed = parseImport(exportRules([aUpdated, d], SETTINGS));
    if (!parsed.ok) throw new Error(formatImportErrors(parsed.errors));
    const preview = previewImport([a, b], parsed.rules, 'replace');
    expect(preview.result).toEqual([aUpdated, d]);
    expect(preview.removed).toEqual([b]);
  });
});

describe('formatImportErrors', () => {
  it('writes one line per error, with where it is', () => {
    expect(
      formatImportErrors([
        { message: 'The file looks truncated.', line: 12, column: 3 },
        { message: 'is not a domain name.', path: 'rules[2].pattern', line: 14 },
        { message: 'is missing.', path: 'rules' },
        { message: 'The file is empty.' },
      ]),
    ).toBe(
      [
        'line 12, column 3: The file looks truncated.',
        'rules[2].pattern (line 14): is not a domain name.',
        'rules: is missing.',
        'The file is empty.',
      ].join('\n'),
    );
  });
});
