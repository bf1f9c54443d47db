/**
 * Export and import of site rules and settings as a JSON file.
 *
 * Pure functions: nothing here reads or writes storage. The options page shows
 * `parseImport`'s errors (`formatImportErrors`) or `previewImport`'s summary, and
 * stores `preview.result` only when the user confirms. Any error rejects the
 * whole file, so an import either applies completely or changes nothing.
 */
import type { FlagCategory } from '../report';
import { FLAG_CATEGORIES } from '../report';
import type { Settings, SiteRule } from './model';
import { DEFAULT_SETTINGS } from './model';
import { checkPattern } from './patterns';
import { wording, type Wording, type WordingParam } from '../wording';
import { inEnglish } from '../wording-english';

export const TRANSFER_FORMAT = 'unspun-rules';
export const TRANSFER_VERSION = 1;
/** Largest file accepted, in bytes (UTF-8). */
export const MAX_IMPORT_BYTES = 1024 * 1024;
export const MAX_IMPORT_RULES = 5000;
export const MAX_RULE_ID_LENGTH = 200;
export const MAX_RULE_NOTE_LENGTH = 2000;

export interface ImportError {
  /** In English. */
  message: string;
  /** The message as an id and parameters, for the interface's language (lib/wording.ts). */
  wording: Wording;
  /** 1-based. For a rule's field, the line where that rule's object starts (best effort). */
  line?: number;
  /** 1-based, in UTF-16 code units; only for JSON syntax errors. */
  column?: number;
  /** Where in the file: `format`, `rules[3].pattern`, `settings.badge`. */
  path?: string;
}

export type ImportParse = { ok: true; rules: SiteRule[]; settings: Settings | null } | { ok: false; errors: ImportError[] };

/** Why a selector is refused: English, or English with its wording. */
export type SelectorProblem = string | { error: string; errorWording: Wording };

export interface ImportOptions {
  /** Checks one selector: why it is refused, or null when it is fine. */
  validateSelector?: (selector: string) => SelectorProblem | null;
}

export type ImportMode = 'merge' | 'replace';

export interface RuleChange {
  before: SiteRule;
  after: SiteRule;
  /** The fields that differ, in `RULE_FIELDS` order. */
  fields: string[];
}

export interface ImportPreview {
  /** Incoming rules that match no current rule. */
  added: SiteRule[];
  /** Current rules the import updates. */
  changed: RuleChange[];
  /** Current rules left as they are (not in the import when merging, or identical to their import). */
  kept: SiteRule[];
  /** Current rules not in the import (replace only). */
  removed: SiteRule[];
  /** What would be stored: current order first, then the new rules in file order. */
  result: SiteRule[];
}

const RULE_FIELDS = ['id', 'pattern', 'enabled', 'autoClean', 'removeSelectors', 'keepSelectors', 'sourceLanguage', 'note'] as const;

// ---------------------------------------------------------------------------
// Export

function copyRule(rule: SiteRule): SiteRule {
  return {
    id: rule.id,
    pattern: rule.pattern,
    enabled: rule.enabled,
    autoClean: rule.autoClean,
    removeSelectors: [...rule.removeSelectors],
    keepSelectors: [...rule.keepSelectors],
    sourceLanguage: rule.sourceLanguage,
    note: rule.note,
  };
}

function copySettings(settings: Settings): Settings {
  return {
    autoCleanAboveThreshold: settings.autoCleanAboveThreshold,
    autoCleanThreshold: settings.autoCleanThreshold,
    badge: settings.badge,
    flagCategories: [...settings.flagCategories],
    hiddenFlagCategories: [...settings.hiddenFlagCategories],
  };
}

/** The export file's text: pretty JSON with the known fields only, in a fixed order. */
export function exportRules(rules: SiteRule[], settings: Settings, now = new Date()): string {
  const file = {
    format: TRANSFER_FORMAT,
    version: TRANSFER_VERSION,
    exportedAt: now.toISOString(),
    rules: rules.map(copyRule),
    settings: copySettings(settings),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

// ---------------------------------------------------------------------------
// Positions in the text

/** Offsets where each line starts; `\n`, `\r\n` and a lone `\r` end a line. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index);
    if (char === 10) starts.push(index + 1);
    else if (char === 13) {
      if (text.charCodeAt(index + 1) === 10) index++;
      starts.push(index + 1);
    }
  }
  return starts;
}

interface TextPosition {
  line: number;
  column: number;
}

function positionAt(starts: number[], offset: number): TextPosition {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
}

function offsetAt(starts: number[], line: number, column: number, length: number): number {
  const start = starts[Math.min(Math.max(line, 1), starts.length) - 1] ?? 0;
  return Math.min(start + Math.max(column, 1) - 1, length);
}

const isJsonSpace = (char: string | undefined): boolean => char === ' ' || char === '\t' || char === '\n' || char === '\r';

/** Index just past the string literal opening at `start` (the text must be valid JSON there). */
function skipString(text: string, start: number): number {
  let index = start + 1;
  while (index < text.length) {
    const char = text[index];
    if (char === '\\') index += 2;
    else if (char === '"') return index + 1;
    else index++;
  }
  return index;
}

/**
 * Where each value starts in valid JSON, by path (`rules`, `rules[3]`,
 * `settings.badge`), down to two levels. Iterative, so deep nesting is safe;
 * for a key given twice the last one wins, as in JSON.parse.
 */
function valueOffsets(text: string): Map<string, number> {
  type Frame = { kind: 'object'; path: string; key: string; awaitingKey: boolean } | { kind: 'array'; path: string; index: number };
  const offsets = new Map<string, number>();
  const stack: Frame[] = [];
  const pathHere = (): string => {
    const top = stack.at(-1);
    if (!top) return '';
    if (top.kind === 'array') return `${top.path}[${top.index}]`;
    return top.path ? `${top.path}.${top.key}` : top.key;
  };
  const record = (offset: number): void => {
    if (stack.length <= 2) offsets.set(pathHere(), offset);
  };
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (isJsonSpace(char)) continue;
    const top = stack.at(-1);
    if (char === '{' || char === '[') {
      record(index);
      const path = pathHere();
      stack.push(char === '{' ? { kind: 'object', path, key: '', awaitingKey: true } : { kind: 'array', path, index: 0 });
    } else if (char === '}' || char === ']') {
      stack.pop();
    } else if (char === ',') {
      if (top?.kind === 'array') top.index++;
      else if (top) top.awaitingKey = true;
    } else if (char === ':') {
      if (top?.kind === 'object') top.awaitingKey = false;
    } else if (char === '"') {
      const end = skipString(text, index);
      if (top?.kind === 'object' && top.awaitingKey) {
        try {
          top.key = JSON.parse(text.slice(index, end)) as string;
        } catch {
          top.key = text.slice(index + 1, end - 1);
        }
      } else record(index);
      index = end - 1;
    } else {
      record(index);
      while (index + 1 < text.length && !',]}'.includes(text[index + 1] ?? '') && !isJsonSpace(text[index + 1])) index++;
    }
  }
  return offsets;
}

/**
 * Where JSON.parse would fail, found by a small iterative JSON scanner: for
 * engines whose messages give no position (Node 20: "Unexpected token '}',
 * "…" is not valid JSON"). `null` when the text is valid.
 */
export function locateJsonError(text: string): number | null {
  type State = 'value' | 'valueOrEnd' | 'key' | 'keyOrEnd' | 'colon' | 'commaOrEnd' | 'done';
  const stack: Array<'{' | '['> = [];
  let state: State = 'value';
  let index = 0;
  const length = text.length;
  const afterValue = (): State => (stack.length ? 'commaOrEnd' : 'done');
  /** The index after a string literal starting at `start`, or an error offset as `-offset - 1`. */
  const scanString = (start: number): number => {
    let at = start + 1;
    while (at < length) {
      const char = text[at] ?? '';
      if (char === '"') return at + 1;
      if (char === '\\') {
        const escape = text[at + 1];
        if (escape === undefined) return -length - 1;
        if (escape === 'u') {
          for (let digit = 2; digit < 6; digit++) {
            if (at + digit >= length) return -length - 1;
            if (!/[0-9a-f]/i.test(text[at + digit] ?? '')) return -(at + digit) - 1;
          }
          at += 6;
        } else if ('"\\/bfnrt'.includes(escape)) at += 2;
        else return -(at + 1) - 1;
      } else if (char.charCodeAt(0) < 0x20) return -at - 1;
      else at++;
    }
    return -length - 1;
  };
  const scanNumber = (start: number): number => {
    const pattern = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    pattern.lastIndex = start;
    const match = pattern.exec(text);
    if (!match) {
      // "-" alone, "1.", "1e": the first character that does not fit.
      let at = start + (text[start] === '-' ? 1 : 0);
      while (at < length && /\d/.test(text[at] ?? '')) at++;
      if (text[at] === '.' || text[at] === 'e' || text[at] === 'E') at++;
      if (text[at] === '+' || text[at] === '-') at++;
      return -Math.min(at, length) - 1;
    }
    const end = start + match[0].length;
    const next = text[end];
    // "1.x" or "1ex": the regex stopped before an incomplete fraction or exponent.
    if (next === '.' || next === 'e' || next === 'E') {
      let at = end + 1;
      if (text[at] === '+' || text[at] === '-') at++;
      return -Math.min(at, length) - 1;
    }
    return end;
  };
  for (;;) {
    while (index < length && isJsonSpace(text[index])) index++;
    if (index >= length) return state === 'done' ? null : length;
    const char = text[index] ?? '';
    switch (state) {
      case 'done':
        return index;
      case 'valueOrEnd':
      case 'value': {
        if (state === 'valueOrEnd' && char === ']') {
          stack.pop();
          index++;
          state = afterValue();
          break;
        }
        if (char === '{' || char === '[') {
          stack.push(char);
          index++;
          state = char === '{' ? 'keyOrEnd' : 'valueOrEnd';
          break;
        }
        let end: number;
        if (char === '"') end = scanString(index);
        else if (char === '-' || (char >= '0' && char <= '9')) end = scanNumber(index);
        else {
          const literal = ['true', 'false', 'null'].find((word) => word[0] === char);
          if (!literal) return index;
          let at = 0;
          while (at < literal.length && text[index + at] === literal[at]) at++;
          end = at === literal.length ? index + at : -(index + at) - 1;
        }
        if (end < 0) return -end - 1;
        index = end;
        state = afterValue();
        break;
      }
      case 'keyOrEnd':
      case 'key': {
        if (state === 'keyOrEnd' && char === '}') {
          stack.pop();
          index++;
          state = afterValue();
          break;
        }
        if (char !== '"') return index;
        const end = scanString(index);
        if (end < 0) return -end - 1;
        index = end;
        state = 'colon';
        break;
      }
      case 'colon':
        if (char !== ':') return index;
        index++;
        state = 'value';
        break;
      case 'commaOrEnd': {
        const open = stack.at(-1);
        if (char === ',') {
          index++;
          state = open === '{' ? 'key' : 'value';
        } else if (char === (open === '{' ? '}' : ']')) {
          stack.pop();
          index++;
          state = afterValue();
        } else return index;
        break;
      }
    }
  }
}

/**
 * The offset a JSON.parse message points at: V8's "at position 123", newer
 * V8's and Firefox's "line 3 column 5", "Unexpected end of JSON input" (the
 * end of the text); else the scanner's answer.
 */
export function jsonErrorOffset(message: string, text: string): number {
  const position = /\bposition (\d+)/i.exec(message);
  if (position) return Math.min(Number(position[1]), text.length);
  const lineColumn = /\bline (\d+) column (\d+)/i.exec(message);
  if (lineColumn) return offsetAt(lineStarts(text), Number(lineColumn[1]), Number(lineColumn[2]), text.length);
  if (/unexpected end|end of (?:json )?(?:input|data)/i.test(message)) return text.length;
  return locateJsonError(text) ?? text.length;
}

/** The engine's reason without its position and the quoted copy of the text. */
function jsonReason(message: string): Wording {
  const reason = message
    .replace(/^JSON\.parse:\s*/i, '')
    .replace(/,\s*(?:\.\.\.)?".*is not valid JSON$/s, '')
    .replace(/\s*(?:in JSON )?at position \d+/i, '')
    .replace(/\s*\(line \d+ column \d+\)/i, '')
    .replace(/\s*at line \d+ column \d+ of the JSON data/i, '')
    .trim();
  if (!reason) return wording('import_notJson');
  return wording('import_notJsonBecause', {
    reason: `${reason.charAt(0).toLowerCase()}${reason.slice(1)}${/[.!?]$/.test(reason) ? '' : '.'}`,
  });
}

// ---------------------------------------------------------------------------
// Validation

function utf8Length(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        index++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/** Megabytes, to one decimal below 10. */
function megabytes(bytes: number): number {
  const size = bytes / (1024 * 1024);
  return size >= 10 ? Math.round(size) : Math.round(size * 10) / 10;
}

/** A short description of a value found where another was expected: a JSON value as it is written, else its kind. */
function describe(value: unknown): WordingParam {
  if (value === undefined) return wording('found_nothing');
  if (value === null) return 'null';
  if (Array.isArray(value)) return wording('found_list');
  if (typeof value === 'string') return value.length > 40 ? `${JSON.stringify(value.slice(0, 40))}…` : JSON.stringify(value);
  if (typeof value === 'object') return wording('found_object');
  return String(value);
}

/** A refusal's English and wording. */
const refusal = (said: Wording) => ({ message: inEnglish(said), wording: said });

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const shortSelector = (selector: string): string => (selector.length > 80 ? `${selector.slice(0, 80)}…` : selector);

function checkSelectors(
  value: unknown,
  path: string,
  validateSelector: ImportOptions['validateSelector'],
  fail: (path: string, said: Wording) => void,
): string[] | null {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    fail(path, wording('import_notSelectorList', { found: describe(value) }));
    return null;
  }
  let ok = true;
  value.forEach((selector: unknown, index) => {
    const at = `${path}[${index}]`;
    if (typeof selector !== 'string') {
      fail(at, wording('import_notSelector', { found: describe(selector) }));
      ok = false;
    } else if (!selector.trim()) {
      fail(at, wording('import_emptySelector'));
      ok = false;
    } else if (validateSelector) {
      let problem: SelectorProblem | null;
      try {
        problem = validateSelector(selector);
      } catch (error) {
        problem = error instanceof Error ? error.message : String(error);
      }
      if (problem !== null) {
        // A problem without a wording is the engine's words, as they are.
        fail(
          at,
          wording('import_badSelector', {
            selector: shortSelector(selector),
            problem: typeof problem === 'string' ? problem : problem.errorWording,
          }),
        );
        ok = false;
      }
    }
  });
  return ok ? (value as string[]).slice() : null;
}

/** One rule; null when it has errors (reported through `fail`). Missing selectors, language and note take createRule's defaults. */
function checkRule(value: unknown, path: string, options: ImportOptions, fail: (path: string, said: Wording) => void): SiteRule | null {
  if (!isObject(value)) {
    fail(path, wording('import_notRule', { found: describe(value) }));
    return null;
  }
  let ok = true;
  const error = (field: string, said: Wording): void => {
    fail(field, said);
    ok = false;
  };
  const { id, pattern, enabled, autoClean, sourceLanguage = null, note = '' } = value;

  if (typeof id !== 'string') error(`${path}.id`, wording('import_notText', { found: describe(id) }));
  else if (!id.trim()) error(`${path}.id`, wording('import_emptyText'));
  else if (id.length > MAX_RULE_ID_LENGTH) error(`${path}.id`, wording('import_tooLong', { length: id.length, most: MAX_RULE_ID_LENGTH }));

  if (typeof pattern !== 'string') error(`${path}.pattern`, wording('import_notPattern', { found: describe(pattern) }));
  else {
    const check = checkPattern(pattern);
    if (!check.ok) error(`${path}.pattern`, check.errorWording);
  }

  if (typeof enabled !== 'boolean') error(`${path}.enabled`, wording('import_notBoolean', { found: describe(enabled) }));
  if (typeof autoClean !== 'boolean') error(`${path}.autoClean`, wording('import_notBoolean', { found: describe(autoClean) }));

  const removeSelectors = checkSelectors(value.removeSelectors, `${path}.removeSelectors`, options.validateSelector, fail);
  const keepSelectors = checkSelectors(value.keepSelectors, `${path}.keepSelectors`, options.validateSelector, fail);
  if (!removeSelectors || !keepSelectors) ok = false;

  if (sourceLanguage !== null && (typeof sourceLanguage !== 'string' || !/^[a-z]{2}$/.test(sourceLanguage)))
    error(`${path}.sourceLanguage`, wording('import_notLanguage', { found: describe(sourceLanguage) }));

  if (typeof note !== 'string') error(`${path}.note`, wording('import_notText', { found: describe(note) }));
  else if (note.length > MAX_RULE_NOTE_LENGTH)
    error(`${path}.note`, wording('import_tooLong', { length: note.length, most: MAX_RULE_NOTE_LENGTH }));

  if (!ok || !removeSelectors || !keepSelectors) return null;
  return {
    id: id as string,
    pattern: pattern as string,
    enabled: enabled as boolean,
    autoClean: autoClean as boolean,
    removeSelectors,
    keepSelectors,
    sourceLanguage: sourceLanguage as string | null,
    note: note as string,
  };
}

function checkSettings(value: Record<string, unknown>, fail: (path: string, said: Wording) => void): Settings | null {
  let ok = true;
  const error = (field: string, said: Wording): void => {
    fail(`settings.${field}`, said);
    ok = false;
  };
  const settings = copySettings(DEFAULT_SETTINGS);
  for (const field of ['autoCleanAboveThreshold', 'badge'] as const) {
    const given = value[field];
    if (given === undefined) continue;
    if (typeof given === 'boolean') settings[field] = given;
    else error(field, wording('import_notBoolean', { found: describe(given) }));
  }
  const threshold = value.autoCleanThreshold;
  if (threshold !== undefined) {
    if (typeof threshold === 'number' && Number.isFinite(threshold) && threshold >= 0 && threshold <= 1)
      settings.autoCleanThreshold = threshold;
    else error('autoCleanThreshold', wording('import_notThreshold', { found: describe(threshold) }));
  }
  for (const field of ['flagCategories', 'hiddenFlagCategories'] as const) {
    const categories = value[field];
    if (categories === undefined) continue;
    if (!Array.isArray(categories)) {
      error(field, wording('import_notCategoryList', { found: describe(categories) }));
      continue;
    }
    const known: readonly string[] = FLAG_CATEGORIES;
    const chosen: FlagCategory[] = [];
    categories.forEach((category: unknown, index) => {
      if (typeof category === 'string' && known.includes(category)) {
        if (!chosen.includes(category as FlagCategory)) chosen.push(category as FlagCategory);
      } else
        error(`${field}[${index}]`, wording('import_notCategory', { found: describe(category), categories: FLAG_CATEGORIES.join(', ') }));
    });
    settings[field] = chosen;
  }
  return ok ? settings : null;
}

/**
 * Reads an export file. Every problem is reported (with the line where it is,
 * as far as it can be found); any problem rejects the whole file.
 */
export function parseImport(input: string, options: ImportOptions = {}): ImportParse {
  if (input.length > MAX_IMPORT_BYTES || utf8Length(input) > MAX_IMPORT_BYTES) {
    const size = utf8Length(input);
    const said = wording('import_tooLarge', {
      size: megabytes(size),
      bytes: size,
      limit: megabytes(MAX_IMPORT_BYTES),
      limitBytes: MAX_IMPORT_BYTES,
    });
    return { ok: false, errors: [refusal(said)] };
  }
  // Editors on Windows may save a byte order mark; JSON.parse rejects it.
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  if (!text.trim()) return { ok: false, errors: [refusal(wording('import_empty'))] };

  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const contentEnd = text.trimEnd().length;
    let offset = jsonErrorOffset(message, text);
    const truncated = offset >= contentEnd || /unexpected end|end of (?:json )?(?:input|data)/i.test(message);
    if (truncated) offset = contentEnd;
    const { line, column } = positionAt(lineStarts(text), offset);
    return {
      ok: false,
      errors: [{ ...refusal(truncated ? wording('import_truncated') : jsonReason(message)), line, column }],
    };
  }

  const errors: ImportError[] = [];
  let offsets: Map<string, number> | null = null;
  let starts: number[] | null = null;
  /** The line of the value at `path`, or of the nearest enclosing one that was recorded. */
  const lineOf = (path: string): number | undefined => {
    offsets ??= valueOffsets(text);
    starts ??= lineStarts(text);
    for (let at = path; at; at = at.replace(/(?:\.[^.[\]]*|\[\d+\])$/, '')) {
      const offset = offsets.get(at);
      if (offset !== undefined) return positionAt(starts, offset).line;
      if (!/(?:\.[^.[\]]*|\[\d+\])$/.test(at)) break;
    }
    return undefined;
  };
  const fail = (path: string, said: Wording, linePath = path): void => {
    const line = lineOf(linePath);
    errors.push(line === undefined ? { ...refusal(said), path } : { ...refusal(said), path, line });
  };

  if (!isObject(data)) {
    return { ok: false, errors: [refusal(wording('import_notObject', { found: describe(data), format: TRANSFER_FORMAT }))] };
  }
  if (data.format !== TRANSFER_FORMAT) {
    fail(
      'format',
      data.format === undefined
        ? wording('import_formatMissing', { format: TRANSFER_FORMAT })
        : wording('import_formatWrong', { found: describe(data.format), format: TRANSFER_FORMAT }),
    );
    return { ok: false, errors };
  }
  const version = data.version;
  if (version !== TRANSFER_VERSION) {
    if (typeof version === 'number' && Number.isInteger(version) && version > TRANSFER_VERSION)
      fail('version', wording('import_versionNewer', { version, supported: TRANSFER_VERSION }));
    else
      fail(
        'version',
        version === undefined
          ? wording('import_versionMissing', { supported: TRANSFER_VERSION })
          : wording('import_versionWrong', { found: describe(version), supported: TRANSFER_VERSION }),
      );
    return { ok: false, errors };
  }

  const rules: SiteRule[] = [];
  const rulesValue = data.rules;
  if (rulesValue === undefined) fail('rules', wording('import_rulesMissing'));
  else if (!Array.isArray(rulesValue)) fail('rules', wording('import_rulesNotList', { found: describe(rulesValue) }));
  else if (rulesValue.length > MAX_IMPORT_RULES)
    fail('rules', wording('import_tooManyRules', { count: rulesValue.length, most: MAX_IMPORT_RULES }));
  else {
    const firstWithId = new Map<string, number>();
    rulesValue.forEach((value: unknown, index) => {
      const path = `rules[${index}]`;
      // Errors about a rule point at the line where the rule starts.
      const failInRule = (field: string, said: Wording): void => fail(field, said, path);
      const rule = checkRule(value, path, options, failInRule);
      const id = isObject(value) && typeof value.id === 'string' && value.id.trim() ? value.id : null;
      if (id !== null) {
        const first = firstWithId.get(id);
        if (first === undefined) firstWithId.set(id, index);
        else {
          const firstLine = lineOf(`rules[${first}]`);
          failInRule(
            `${path}.id`,
            firstLine === undefined
              ? wording('import_duplicateId', { id: describe(id), first })
              : wording('import_duplicateIdLine', { id: describe(id), first, line: firstLine }),
          );
        }
      }
      if (rule) rules.push(rule);
    });
  }

  let settings: Settings | null = null;
  const settingsValue = data.settings;
  if (settingsValue !== undefined && settingsValue !== null) {
    if (!isObject(settingsValue)) fail('settings', wording('import_notObjectField', { found: describe(settingsValue) }));
    else settings = checkSettings(settingsValue, fail);
  }

  if (errors.length) return { ok: false, errors };
  return { ok: true, rules, settings };
}

// ---------------------------------------------------------------------------
// Preview

const normalisePattern = (pattern: string): string => pattern.trim().toLowerCase();

function changedFields(before: SiteRule, after: SiteRule): string[] {
  return RULE_FIELDS.filter((field) => {
    const a = before[field];
    const b = after[field];
    if (Array.isArray(a) && Array.isArray(b)) return a.length !== b.length || a.some((item, index) => item !== b[index]);
    return a !== b;
  });
}

/**
 * What an import would do. An incoming rule is the same as a current one
 * when their ids match, else when their patterns do (trimmed, lower-case);
 * each current rule matches at most one incoming rule. `incoming` is taken
 * to have distinct ids, as `parseImport` guarantees.
 */
export function previewImport(current: SiteRule[], incoming: SiteRule[], mode: ImportMode): ImportPreview {
  const byId = new Map<string, SiteRule>();
  const byPattern = new Map<string, SiteRule>();
  for (const rule of current) {
    if (!byId.has(rule.id)) byId.set(rule.id, rule);
    const pattern = normalisePattern(rule.pattern);
    if (!byPattern.has(pattern)) byPattern.set(pattern, rule);
  }
  const matchOf = new Map<SiteRule, SiteRule>();
  const added: SiteRule[] = [];
  // Id matches first, so that a pattern match cannot take a rule an id names.
  const pending: SiteRule[] = [];
  for (const rule of incoming) {
    const match = byId.get(rule.id);
    if (match && !matchOf.has(match)) matchOf.set(match, rule);
    else pending.push(rule);
  }
  for (const rule of incoming) {
    if (!pending.includes(rule)) continue;
    const match = byPattern.get(normalisePattern(rule.pattern));
    if (match && !matchOf.has(match)) matchOf.set(match, rule);
    else added.push(rule);
  }

  const changed: RuleChange[] = [];
  const kept: SiteRule[] = [];
  const removed: SiteRule[] = [];
  const result: SiteRule[] = [];
  for (const rule of current) {
    const update = matchOf.get(rule);
    if (!update) {
      if (mode === 'merge') {
        kept.push(rule);
        result.push(rule);
      } else removed.push(rule);
      continue;
    }
    const fields = changedFields(rule, update);
    if (fields.length) {
      changed.push({ before: rule, after: update, fields });
      result.push(update);
    } else {
      kept.push(rule);
      result.push(rule);
    }
  }
  result.push(...added);
  return { added, changed, kept, removed, result };
}

// ---------------------------------------------------------------------------
// Messages

/** One line per error: `line 12, column 3: …`, `rules[2].pattern (line 14): …`. */
export function formatImportErrors(errors: ReadonlyArray<Omit<ImportError, 'wording'>>): string {
  return errors
    .map((error) => {
      const where = error.line === undefined ? '' : `line ${error.line}${error.column === undefined ? '' : `, column ${error.column}`}`;
      if (error.path) return `${error.path}${where ? ` (${where})` : ''}: ${error.message}`;
      return where ? `${where}: ${error.message}` : error.message;
    })
    .join('\n');
}
