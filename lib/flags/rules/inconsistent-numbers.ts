import type { Flag } from '../../report';
import type { FlagRule, RuleMeta } from '../rule';
import { makeFlag } from '../rule';
import { wording, type Wording } from '../../wording';

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

// A decimal fraction before a unit or amount word: 2.5 per cent / 2,5 per cent, 3.75 million / 3,75 million. Only
// these count: a bare "1,5" may be a list and "3.14" is everyday English either way, so without a unit it says nothing.
const DECIMAL =
  /(?<![\p{L}\p{N}.,])\d{1,3}([.,])\d{1,2}(?=(?:[ \u00a0](?:per ?cent|percent|percentage points?|million|billion|trillion|thousand|km|kilometres|kilometers|metres|meters|kg|kilograms|tonnes|tons|hectares|litres|liters|degrees|hours|years|times|euros?|dollars?|pounds|rubles|roubles|hryvnias?|zlotys?|lei|crowns|points)\b|%))/gu;

const DECIMAL_NAMES: Record<string, Wording> = { '.': wording('decimal_point'), ',': wording('decimal_comma') };

const DECIMAL_RULE: RuleMeta = {
  id: 'inconsistency/decimal-mark',
  category: 'inconsistency',
  description:
    'Fractions written with a decimal point in some places and a decimal comma in others (“2.5 per cent”, later “3,7 per cent”): the source’s decimal comma kept in some sentences.',
  languages: 'any',
  unknownSource: true,
  confidence: 0.75,
  priority: 60,
  defaultEnabled: true,
};

const SEPARATOR_NAMES: Record<string, string> = { ',': 'commas', '.': 'dots', ' ': 'spaces', '\u00a0': 'spaces', '\u202f': 'spaces' };
const GROUPING_WORDINGS: Record<string, Wording> = {
  commas: wording('grouping_commas'),
  dots: wording('grouping_dots'),
  spaces: wording('grouping_spaces'),
};
/** A style's name; a separator without one is shown as it is. */
function groupingName(style: string): Wording | string {
  return GROUPING_WORDINGS[style] ?? style;
}

/** Numbers written in two formats in one article: thousands grouped two ways, or two decimal marks. */
export const inconsistentNumbers: FlagRule = {
  id: 'inconsistent-numbers',
  rules: [RULE, DECIMAL_RULE],
  run({ text }) {
    return [...groupingFlags(text), ...decimalFlags(text)];
  },
};

/**
 * Fractions written with a decimal point in some places and a decimal comma in
 * others (“2.5 per cent” and “3,7 per cent”): the comma kept from a source
 * that writes it. The minority mark's first number is flagged, the majority's
 * first linked; one mark alone is not flagged (English of some countries
 * writes the comma throughout).
 */
function decimalFlags(text: string): Flag[] {
  const byMark = new Map<string, Array<{ start: number; end: number }>>();
  for (const match of text.matchAll(DECIMAL)) {
    const places = byMark.get(match[1]!) ?? [];
    places.push({ start: match.index, end: match.index + match[0].length });
    byMark.set(match[1]!, places);
  }
  if (byMark.size < 2) return [];
  // The more frequent mark is the article's own; on a tie, the point (English's).
  const [main, minority] = [...byMark.entries()].sort((a, b) => b[1].length - a[1].length || (a[0] === '.' ? -1 : 1));
  const [mainMark, mainPlaces] = main!;
  const [mark, places] = minority!;
  const first = places[0]!;
  const written = text.slice(first.start, first.end);
  return [
    makeFlag(DECIMAL_RULE, text, {
      ...first,
      message: wording('flag_inconsistentNumbersDecimals', {
        mainMark: DECIMAL_NAMES[mainMark]!,
        example: text.slice(mainPlaces[0]!.start, mainPlaces[0]!.end),
        written,
        mark: DECIMAL_NAMES[mark]!,
      }),
      replacements: [written.replace(/[.,]/, mainMark)],
      related: [mainPlaces[0]!],
      entryId: `decimal-${mark === ',' ? 'comma' : 'point'}-among-${mainMark === ',' ? 'commas' : 'points'}`,
    }),
  ];
}

/**
 * Thousands grouped with commas in some numbers and with dots (or spaces) in
 * others. A dot-grouped number alone may be a decimal (“1.500 km” is rare in
 * English but possible), so only the mix is flagged: the first number of
 * the minority style, with the first of the majority style linked.
 */
function groupingFlags(text: string): Flag[] {
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
        message: wording('flag_inconsistentNumbersGrouping', {
          mainStyle: groupingName(mainStyle),
          example: text.slice(mainPlaces[0]!.start, mainPlaces[0]!.end),
          written,
          style: groupingName(style),
        }),
        replacements: [written.replace(/[,.\u00a0\u202f ]/g, separator)],
        related: [mainPlaces[0]!],
        entryId: `${style}-among-${mainStyle}`,
      }),
    );
  }
  return flags;
}
