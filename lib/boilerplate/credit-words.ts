/**
 * The words of a picture credit, as patterns: the labels ("Bild:", "Fot.",
 * "Photo by") and the agencies ("dpa", "Getty Images") of every language in
 * lib/data/boilerplate-phrases/*.json, and the class words of
 * lib/boilerplate/class-tokens.json. Both readers of credits ask here: the
 * credit classifier (a line of its own, lib/boilerplate/kinds/credit.ts) and
 * the caption cutter (a credit at a caption's end, lib/extract/image-credits.ts).
 */
import { creditLabels, creditSources } from './phrases';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
const longestFirst = (phrases: string[]) => [...new Set(phrases)].sort((a, b) => b.length - a.length);

/** "Foto:" is also printed "Foto /", "Foto |" or "Foto ©"; "Photo :" is the same label in French spacing. */
function labelSource(label: string): string {
  const stem = label.replace(/\s*[:：]$/u, '');
  return stem === label ? escape(label) : `${escape(stem)}\\s*[:：|/©]`;
}

let labelPattern: RegExp | null = null;
let sourcePattern: RegExp | null = null;

/**
 * Every credit label, global and case-insensitive, not inside a word; "©"
 * and "(c)" belong to no language. Check a match with `opensCredit`.
 */
export function creditLabelPattern(): RegExp {
  labelPattern ??= new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${[...longestFirst(creditLabels()).map(labelSource), '©', '\\(c\\)'].join('|')})`,
    'giu',
  );
  return labelPattern;
}

/**
 * Whether `label` (a match of `creditLabelPattern`) opens a credit given the
 * text after it: something must follow, and a label that is only a word
 * ("Fot.", "Photo by", "Copyright") needs a name, a year or "©" after it, so
 * that "Fot. z archiwum" or "Photo by the river" stay text.
 */
export function opensCredit(label: string, rest: string): boolean {
  if (!/^\s*[:：]?\s*\S/u.test(rest)) return false;
  if (/[:：|/©)]$/u.test(label)) return true;
  return /^\s*(?:\p{Lu}|\p{N}|©)/u.test(rest);
}

/** The label a credit line opens with ("Foto: dpa", "Fot. Jan Kowalski"), or null. */
export function leadingCreditLabel(text: string): string | null {
  const pattern = creditLabelPattern();
  pattern.lastIndex = 0;
  const match = pattern.exec(text);
  if (!match || match.index !== 0) return null;
  const rest = text.slice(match[0].length);
  // "© 2024 Example GmbH", "Copyright (c) 2024": a copyright notice (lib/boilerplate/kinds/legal.ts), not a credit.
  if (/^(?:©|\(c\))$/iu.test(match[0]) || (/^copyright$/iu.test(match[0]) && /^\s*(?:©|\(c\)|\d{4}|by\b)/iu.test(rest))) return null;
  return opensCredit(match[0], rest) ? match[0] : null;
}

/**
 * Agency and picture library names as whole words, as printed or in capitals
 * ("Reuters", "REUTERS"), never in other cases: "AP" is not "ap", "WENN" is
 * not the German "wenn".
 */
export function creditSourcePattern(): RegExp {
  if (!sourcePattern) {
    const names = longestFirst(creditSources().flatMap((name) => [name, name.toUpperCase()]));
    sourcePattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'u');
  }
  return sourcePattern;
}
