import type { Flag } from '../../report';
import type { FlagRule, RuleMeta } from '../rule';
import { makeFlag } from '../rule';

const RULE: RuleMeta = {
  id: 'inconsistency/number-format',
  category: 'inconsistency',
  description:
    'Numbers grouped or pointed two ways in one article (“1,500” and “1.500”, “2.5” and “2,5”): the source’s number format kept in some sentences and not in others.',
  languages: 'any',
  unknownSource: true,
  confidence: 0.75,
  priority: 60,
  defaultEnabled: true,
};

// Thousands grouped with a comma, a dot or a (narrow) space: 1,500 / 1.500 / 1 500 / 12,345,678.
const GROUPED = /(?<![\p{L}\p{N}.,])\d{1,3}(?:([,.\u00a0\u202f ])\d{3})(?:\1\d{3})*(?![\p{N}]|[.,]\d)/gu;

const SEPARATOR_NAMES: Record<string, string> = { ',': 'commas', '.': 'dots', ' ': 'spaces', '\u00a0': 'spaces', '\u202f': 'spaces' };

/**
 * Thousands grouped with commas in some numbers and with dots (or spaces) in
 * others. A dot-grouped number alone may be a decimal (“1.500 km” is rare in
 * English but possible), so only the mix is flagged: the first number of
 * the minority style, with the first of the majority style linked.
 */
export const inconsistentNumbers: FlagRule = {
  id: 'inconsistent-numbers',
  rules: [RULE],
  run({ text }) {
    const byStyle = new Map<string, Array<{ start: number; end: number }>>();
    for (const match of text.matchAll(GROUPED)) {
      const style = SEPARATOR_NAMES[match[1]!] ?? match[1]!;
      // "2 000" might be two numbers in a list; a space counts only before "000"-like groups in a number of 4+ digits.
      if (style === 'spaces' && !/^\d{1,3}[\u00a0\u202f ]\d{3}$/.test(match[0])) continue;
      // A dot between digits is a decimal point as often as a separator: "1.500" counts only before a word
      // ("1.500 people", "2.300 euros"), never in coordinates, versions or before another number.
      if (style === 'dots' && !/^[ \u00a0]\p{L}/u.test(text.slice(match.index + match[0].length, match.index + match[0].length + 2)))
        continue;
      const places = byStyle.get(style) ?? [];
      places.push({ start: match.index, end: match.index + match[0].length });
      byStyle.set(style, places);
    }
    // Plain spaces between digits are too often two numbers ("in 2023 500 people"): they count as a style only beside dots or commas.
    if (byStyle.size < 2) return [];
    const ranked = [...byStyle.entries()].sort((a, b) => b[1].length - a[1].length || a[1][0]!.start - b[1][0]!.start);
    const [mainStyle, mainPlaces] = ranked[0]!;
    const flags: Flag[] = [];
    for (const [style, places] of ranked.slice(1)) {
      const first = places[0]!;
      const written = text.slice(first.start, first.end);
      const separator = mainStyle === 'commas' ? ',' : mainStyle === 'dots' ? '.' : ' ';
      flags.push(
        makeFlag(RULE, text, {
          ...first,
          message: `This article groups thousands with ${mainStyle} (“${text.slice(mainPlaces[0]!.start, mainPlaces[0]!.end)}”), but “${written}” with ${style}: one number format was kept from the source.`,
          replacements: [written.replace(/[,.\u00a0\u202f ]/g, separator)],
          related: [mainPlaces[0]!],
          entryId: `${style}-among-${mainStyle}`,
        }),
      );
    }
    return flags;
  },
};
