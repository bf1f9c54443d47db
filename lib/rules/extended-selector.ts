/**
 * Selectors as uBlock Origin's cosmetic filters write them: a CSS selector,
 * then a chain of procedural operators. Unspun understands `:has-text()`,
 * `:upward()` and `:remove()`; every other procedural operator is refused by
 * name, so a rule never silently does less than its author meant.
 */
import { wording, type Wording } from '../wording';

export type SelectorOperator =
  | { type: 'has-text'; text: string }
  | { type: 'has-text-regex'; source: string; flags: string }
  | { type: 'upward-levels'; levels: number }
  | { type: 'upward-selector'; selector: string };

export interface ExtendedSelector {
  /** The CSS selector the operators start from. */
  css: string;
  /** Applied in order to what `css` matched. */
  operators: SelectorOperator[];
  /** Written with `:remove()`: uBO deletes the nodes; Unspun hides them like any other match, so "Show original" can bring them back. */
  remove: boolean;
}

/** A refused selector says why in English (`error`) and as a message id (`errorWording`) for the options page. */
export type ExtendedSelectorParse = { ok: true; selector: ExtendedSelector } | { ok: false; error: string; errorWording: Wording };

const SUPPORTED: Record<string, 'has-text' | 'upward' | 'remove'> = {
  'has-text': 'has-text',
  // Adblock Plus and AdGuard spellings of :has-text(), found in lists written for them.
  '-abp-contains': 'has-text',
  contains: 'has-text',
  upward: 'upward',
  remove: 'remove',
};

const UNSUPPORTED = new Set([
  '-abp-has',
  '-abp-properties',
  'if',
  'if-not',
  'matches-attr',
  'matches-css',
  'matches-css-after',
  'matches-css-before',
  'matches-media',
  'matches-path',
  'matches-prop',
  'matches-property',
  'min-text-length',
  'nth-ancestor',
  'others',
  'remove-attr',
  'remove-class',
  'shadow',
  'spath',
  'style',
  'watch-attr',
  'xpath',
]);

function because(english: string, said: Wording): Refusal {
  return { english, said };
}

const HINTS: Record<string, Refusal> = {
  '-abp-has': because('the CSS :has() does the same', wording('selector_hintHas')),
  'nth-ancestor': because(':upward(n) does the same', wording('selector_hintUpward')),
};

const OPERATOR = /:(-?[a-z][a-z0-9-]*)\(/iy;
const REGEX_LITERAL = /^\/(.+)\/([a-z]*)$/s;
const REGEX_FLAGS = /^[imsu]*$/;
const MAX_UPWARD = 256;
// A regular expression cannot be interrupted in JavaScript; bounding its input bounds its time.
const MAX_TEXT = 100_000;
const DOCUMENT_POSITION_FOLLOWING = 4;

/**
 * Why a selector was refused: the English and its message id side by side.
 * The English is written here, not worded from lib/wordings.ts, because the
 * content script checks selectors and must not load every message's English;
 * tests/unit/i18n/wording.test.tsx holds the two to the same words.
 */
interface Refusal {
  english: string;
  said: Wording;
}
const fail = ({ english, said }: Refusal): ExtendedSelectorParse => ({ ok: false, error: english, errorWording: said });

const unsupported = (name: string): Refusal => {
  const hint = HINTS[name];
  return hint
    ? because(
        `":${name}()" is not supported (${hint.english}); Unspun understands :has-text(), :upward() and :remove()`,
        wording('selector_unsupportedHinted', { name, hint: hint.said }),
      )
    : because(
        `":${name}()" is not supported; Unspun understands :has-text(), :upward() and :remove()`,
        wording('selector_unsupported', { name }),
      );
};

const misplaced = (name: string): Refusal =>
  because(
    `":${name}()" must follow the CSS selector, not sit inside it: write "div:${name}(…)", not "div:not(:${name}(…))"`,
    wording('selector_misplaced', { name }),
  );

/** Where `text` has a character outside quotes and escapes, with its bracket depth; `depth` ends at 0 when brackets balance. */
function scanCss(text: string): { positions: Array<{ index: number; depth: number }>; depth: number } {
  const positions: Array<{ index: number; depth: number }> = [];
  let depth = 0;
  let quote = '';
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '\\') index++;
    else if (quote) quote = char === quote ? '' : quote;
    else if (char === '"' || char === "'") quote = char;
    else if (char === '(' || char === '[') depth++;
    else if (char === ')' || char === ']') depth--;
    else positions.push({ index, depth });
  }
  return { positions, depth };
}

/** The first procedural operator in a CSS text, at any depth (inside `:not()` or `:has()` too). */
function findOperator(css: string): { name: string; index: number; depth: number } | null {
  for (const { index, depth } of scanCss(css).positions) {
    if (css[index] !== ':') continue;
    OPERATOR.lastIndex = index;
    const name = OPERATOR.exec(css)?.[1]?.toLowerCase();
    if (name && (name in SUPPORTED || UNSUPPORTED.has(name))) return { name, index, depth };
  }
  return null;
}

/** The index of the `)` closing an argument that starts at `from`, or -1; a backslash escapes the next character. */
function closingParenthesis(text: string, from: number): number {
  let depth = 1;
  for (let index = from; index < text.length; index++) {
    const char = text[index];
    if (char === '\\') index++;
    else if (char === '(') depth++;
    else if (char === ')' && --depth === 0) return index;
  }
  return -1;
}

function isValidCss(css: string, doc: Document): boolean {
  try {
    doc.createDocumentFragment().querySelector(css);
    return true;
  } catch {
    return false;
  }
}

/** Checks a CSS selector that must not contain operators: the prefix, or the argument of `:upward()`. */
function checkCss(css: string, doc: Document): Refusal | null {
  const operator = findOperator(css);
  if (operator && UNSUPPORTED.has(operator.name)) return unsupported(operator.name);
  if (operator) return misplaced(operator.name);
  if (!isValidCss(css, doc)) return because(`"${css}" is not a valid CSS selector`, wording('selector_invalidCss', { css }));
  // Some DOMs (jsdom) accept an unclosed ":not(.a"; browsers do not.
  if (scanCss(css).depth !== 0)
    return because(`"${css}" has unbalanced parentheses or brackets`, wording('selector_unbalancedCss', { css }));
  return null;
}

function parseHasText(argument: string): SelectorOperator | Refusal {
  if (!argument) return because(':has-text() needs a text or a /regular expression/ to look for', wording('selector_hasTextEmpty'));
  const literal = REGEX_LITERAL.exec(argument);
  // Like uBO, a backslash before a parenthesis only protects it from the scan.
  if (!literal) return { type: 'has-text', text: argument.replace(/\\(.)/gs, (pair, char: string) => ('()'.includes(char) ? char : pair)) };
  const [, source = '', flags = ''] = literal;
  if (!REGEX_FLAGS.test(flags))
    return because(
      `"${argument}": flags "${flags}" are not supported; use i, m, s or u`,
      wording('selector_regexFlags', { argument, flags }),
    );
  try {
    new RegExp(source, flags);
  } catch (error) {
    // The engine's reason is its own English.
    return error instanceof Error
      ? because(
          `"${argument}" is not a valid regular expression (${error.message})`,
          wording('selector_regexInvalidBecause', { argument, reason: error.message }),
        )
      : because(`"${argument}" is not a valid regular expression`, wording('selector_regexInvalid', { argument }));
  }
  return { type: 'has-text-regex', source, flags };
}

function parseUpward(argument: string, doc: Document): SelectorOperator | Refusal {
  const trimmed = argument.trim();
  if (/^[-+]?\d+$/.test(trimmed)) {
    const levels = Number(trimmed);
    if (levels < 1 || levels > MAX_UPWARD)
      return because(
        `:upward(${trimmed}): the number of levels must be from 1 to ${MAX_UPWARD}`,
        wording('selector_upwardLevels', { levels: trimmed, most: MAX_UPWARD }),
      );
    return { type: 'upward-levels', levels };
  }
  if (!trimmed)
    return because(
      `:upward() needs a number of levels (1 to ${MAX_UPWARD}) or a CSS selector`,
      wording('selector_upwardEmpty', { most: MAX_UPWARD }),
    );
  return checkCss(trimmed, doc) ?? { type: 'upward-selector', selector: trimmed };
}

/**
 * Parses `css:op(…):op(…)`. Operators may only follow the CSS selector: uBO
 * also allows `:has-text()` on a compound in the middle (`div:has-text(x) > p`),
 * which is refused here with an error saying so.
 */
export function parseExtendedSelector(text: string, doc: Document = globalThis.document): ExtendedSelectorParse {
  if (!doc) throw new Error('parseExtendedSelector needs a Document to validate CSS selectors against');
  const input = text.trim();
  if (!input) return fail(because('The selector is empty', wording('selector_empty')));

  const first = findOperator(input);
  if (!first) {
    const error = checkCss(input, doc);
    return error ? fail(error) : { ok: true, selector: { css: input, operators: [], remove: false } };
  }
  if (UNSUPPORTED.has(first.name)) return fail(unsupported(first.name));
  if (first.depth > 0) return fail(misplaced(first.name));

  const css = input.slice(0, first.index).trim();
  if (!css)
    return fail(
      because(
        `":${first.name}()" needs a CSS selector before it, e.g. "div:${first.name}(…)"`,
        wording('selector_operatorFirst', { name: first.name }),
      ),
    );
  const cssError = checkCss(css, doc);
  if (cssError) return fail(cssError);
  if (scanCss(css).positions.some(({ index, depth }) => depth === 0 && css[index] === ','))
    // In uBO the operators would apply to the whole list, which is rarely what the comma meant.
    return fail(
      because(
        `"${css}" is a list of selectors; operators can follow only one selector: write one filter per selector`,
        wording('selector_operatorAfterList', { css }),
      ),
    );

  const operators: SelectorOperator[] = [];
  let remove = false;
  let previous = '';
  for (let index = first.index; index < input.length;) {
    OPERATOR.lastIndex = index;
    const match = OPERATOR.exec(input);
    const name = match?.[1]?.toLowerCase() ?? '';
    const kind = SUPPORTED[name];
    if (UNSUPPORTED.has(name)) return fail(unsupported(name));
    if (!match || !kind) {
      const rest = input.slice(index);
      if (rest.startsWith(')'))
        return fail(
          because(`Unbalanced parentheses: an extra ")" follows :${previous}()`, wording('selector_extraParenthesis', { name: previous })),
        );
      return fail(
        because(
          `"${rest}" cannot follow :${previous}(): operators must come last, after the whole CSS selector`,
          wording('selector_afterOperator', { rest, name: previous }),
        ),
      );
    }
    const start = index + match[0].length;
    const end = closingParenthesis(input, start);
    if (end < 0) return fail(because(`Unbalanced parentheses: ":${name}(" is never closed`, wording('selector_neverClosed', { name })));
    if (remove) return fail(because(':remove() must come last', wording('selector_removeLast')));
    const argument = input.slice(start, end);
    if (kind === 'remove') {
      if (argument.trim()) return fail(because(':remove() takes nothing between its parentheses', wording('selector_removeArgument')));
      remove = true;
    } else {
      const operator = kind === 'has-text' ? parseHasText(argument) : parseUpward(argument, doc);
      if ('english' in operator) return fail(operator);
      operators.push(operator);
    }
    previous = name;
    index = end + 1;
  }
  return { ok: true, selector: { css, operators, remove } };
}

/** The text as written inside `:has-text()`: as is when it scans back unchanged, else with its parentheses escaped. */
function formatText(text: string): string {
  let depth = 0;
  let plain = true;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '\\') plain &&= !'()'.includes(text[++index] ?? '(');
    else if (char === '(') depth++;
    else if (char === ')') plain &&= --depth >= 0;
  }
  return plain && depth === 0 ? text : text.replace(/\\[^]|[()]/g, (part) => (part.length === 2 ? part : `\\${part}`));
}

function formatOperator(operator: SelectorOperator): string {
  switch (operator.type) {
    case 'has-text':
      return `:has-text(${formatText(operator.text)})`;
    case 'has-text-regex':
      return `:has-text(/${operator.source}/${operator.flags})`;
    case 'upward-levels':
      return `:upward(${operator.levels})`;
    case 'upward-selector':
      return `:upward(${operator.selector})`;
  }
}

/** The canonical uBO text: `parseExtendedSelector(formatExtendedSelector(s))` gives `s` back. */
export function formatExtendedSelector(selector: ExtendedSelector): string {
  return selector.css + selector.operators.map(formatOperator).join('') + (selector.remove ? ':remove()' : '');
}

function apply(operator: SelectorOperator, elements: Element[]): Element[] {
  switch (operator.type) {
    case 'has-text':
      return elements.filter((element) => (element.textContent ?? '').slice(0, MAX_TEXT).includes(operator.text));
    case 'has-text-regex': {
      const regex = new RegExp(operator.source, operator.flags);
      return elements.filter((element) => regex.test((element.textContent ?? '').slice(0, MAX_TEXT)));
    }
    case 'upward-levels':
      return elements.flatMap((element) => {
        let ancestor: Element | null = element;
        for (let level = 0; level < operator.levels && ancestor; level++) ancestor = ancestor.parentElement;
        return ancestor ? [ancestor] : [];
      });
    case 'upward-selector':
      return elements.flatMap((element) => element.parentElement?.closest(operator.selector) ?? []);
  }
}

/**
 * The elements a parsed selector picks under `root`, once each, in document
 * order. `:upward()` can climb above `root`; such ancestors are left out, since
 * the caller asked about `root`'s part of the page.
 */
export function selectAll(root: Document | Element, selector: ExtendedSelector): Element[] {
  let elements = [...root.querySelectorAll(selector.css)];
  for (const operator of selector.operators) elements = [...new Set(apply(operator, elements))];
  return elements
    .filter((element) => root.contains(element))
    .sort((a, b) => (a === b ? 0 : a.compareDocumentPosition(b) & DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
}
