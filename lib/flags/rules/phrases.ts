import type { FlagRule } from '../rule';
import { patternFlags } from '../rule';
import { languageRule } from '../language-rules';
import type { PhraseEntry } from '../data';
import { FLAG_DATA } from '../data';
import { suspiciousInContext } from '../../text/match';

/** How far before and after a match the context expressions look. */
const CONTEXT = 80;

interface Compiled {
  code: string;
  entry: PhraseEntry;
  pattern: RegExp;
  before?: RegExp;
  after?: RegExp;
  notBefore?: RegExp;
  notAfter?: RegExp;
}

/** The entry's pattern on word boundaries, a space matching any whitespace. */
export function compilePattern(entry: Pick<PhraseEntry, 'pattern' | 'caseSensitive'>): RegExp {
  const source = entry.pattern.replace(/ /g, '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, entry.caseSensitive ? 'gdu' : 'gdiu');
}

const guard = (source: string | undefined) => (source ? new RegExp(source, 'u') : undefined);

const ENTRIES = FLAG_DATA.flatMap(({ code, phrases }) => phrases.map((entry) => ({ code, entry })));

const compiledByLanguage = new Map<string, Compiled[]>();
/**
 * One language's entries, built when a page from that language is first
 * flagged: building a RegExp parses it, and a page needs one language's out
 * of a dozen (built all at once, they cost ~25 ms each time report.js loads).
 */
function compiledFor(code: string): Compiled[] {
  let compiled = compiledByLanguage.get(code);
  if (!compiled) {
    compiled = ENTRIES.filter((item) => item.code === code).map(({ entry }) => ({
      code,
      entry,
      pattern: compilePattern(entry),
      before: guard(entry.before),
      after: guard(entry.after),
      notBefore: guard(entry.notBefore),
      notAfter: guard(entry.notAfter),
    }));
    compiledByLanguage.set(code, compiled);
  }
  return compiled;
}

/** "the current $1" with the match's groups; capitalised like the flagged text. */
function fill(template: string, match: RegExpExecArray, flagged: string): string {
  const filled = template.replace(/\$(\d)/g, (_, n: string) => match[Number(n)] ?? '').replace(/\s+/g, ' ');
  const capital = /^\p{Lu}/u.test(flagged) && !/^\p{Lu}/u.test(filled);
  return capital ? filled.charAt(0).toUpperCase() + filled.slice(1) : filled;
}

function inContext(text: string, start: number, end: number, compiled: Compiled): boolean {
  const before = text.slice(Math.max(0, start - CONTEXT), start);
  const after = text.slice(end, end + CONTEXT);
  if (compiled.before && !compiled.before.test(before)) return false;
  if (compiled.after && !compiled.after.test(after)) return false;
  if (compiled.notBefore?.test(before)) return false;
  if (compiled.notAfter?.test(after)) return false;
  return suspiciousInContext(text, { start, end, text: text.slice(start, end) }, compiled.entry);
}

/**
 * False friends, calques and literal idioms of lib/data/flags/<code>.json:
 * phrase patterns where the honest English reading is unlikely ("the actual
 * president" for Polish "aktualny prezydent", the current one). They need the
 * source language: an English look-alike proves nothing by itself.
 */
export const phrases: FlagRule = {
  id: 'phrases',
  rules: [...new Set(ENTRIES.map(({ code, entry }) => languageRule(entry.category, code)))],
  run({ text, sourceLanguage }) {
    if (!sourceLanguage) return [];
    return compiledFor(sourceLanguage).flatMap((compiled) => {
      const { entry, code } = compiled;
      return patternFlags(languageRule(entry.category, code), text, compiled.pattern, (match) => {
        // The group named flag (or flag2, flag3… in other alternatives) narrows the flag to the misused word.
        const groups = match.indices?.groups ?? {};
        const span =
          Object.keys(groups)
            .filter((name) => /^flag\d*$/.test(name))
            .map((name) => groups[name])
            .find((indices) => indices !== undefined) ?? match.indices?.[0];
        if (!span) return null;
        const [start, end] = span;
        if (!inContext(text, match.index, match.index + match[0].length, compiled)) return null;
        const flagged = text.slice(start, end);
        return {
          start,
          end,
          message: entry.message,
          replacements: entry.suggestions.map((suggestion) => fill(suggestion, match, flagged)),
          confidence: entry.confidence,
          entryId: `${code}/${entry.id}`,
        };
      });
    });
  },
};
