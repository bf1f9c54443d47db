import type { FlagRule, RuleMeta } from '../rule';
import { patternFlags } from '../rule';
import { wording } from '../../wording';

const RULE: RuleMeta = {
  id: 'punctuation/digit-grouping',
  category: 'punctuation',
  description: 'A count of five digits or more written without thousands separators (“40000 years”), as Chinese and Japanese write them.',
  languages: 'any',
  unknownSource: false,
  confidence: 0.6,
  priority: 30,
  defaultEnabled: true,
};

/** What a plain count is followed by: units and counted things, not model numbers or bug ids ("the 46140 has"). */
const UNITS =
  'years?|days?|months?|hours?|minutes?|seconds?|times|people|persons|residents|inhabitants|citizens|soldiers|troops|workers|employees|students|children|visitors|tourists|fans|users|members|households|families|cases|deaths|victims|refugees|votes|signatures|copies|words|pages|units|vehicles|cars|jobs|homes|houses|kilometers|kilometres|km|meters|metres|miles|feet|tons|tonnes|kilograms|kg|hectares|acres|square|barrels|liters|litres|light-years|degrees|dollars|yuan|euros|pounds|rubles|roubles|hryvnias|yen|won|rupees|more|or so|in all|in total';

/** 40000 → 40,000. */
function group(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * A whole number of five digits or more (not after a letter, a sign, a
 * separator or "#", not part of a decimal, a range or a code), then a unit or
 * a counted noun.
 */
const PATTERN = new RegExp(`(?<![\\p{L}\\p{N}.,:/#$€£¥+-])([1-9]\\d{4,})(?![\\p{N}.,:/-])(?=\\s+(?:${UNITS})\\b)`, 'gu');

/** A capitalised word just before the number: with it, the number names something ("Bug 1676296", "Flight 12345"). */
const NAME_BEFORE = /(?<!\p{L})\p{Lu}\p{L}* $/u;

/** Capitalised words that open a count rather than name something: "About 40000 years ago", "In 40000 years". */
const COUNT_OPENERS = new Set(
  `About Around Approximately Roughly Almost Nearly Some Over Under Up Only Just More Fewer Less Exactly All Another In For After
  Before Within Since Until By At Of With From To Than`.split(/\s+/),
);

/** "40000 years": English groups the thousands of a count with commas. */
export const digitGrouping: FlagRule = {
  id: 'digit-grouping',
  rules: [RULE],
  run({ text }) {
    return patternFlags(RULE, text, PATTERN, (match) => {
      const digits = match[1] ?? '';
      const before = NAME_BEFORE.exec(text.slice(Math.max(0, match.index - 30), match.index))?.[0].trimEnd();
      if (before && !COUNT_OPENERS.has(before)) return null;
      return {
        message: wording('flag_digitGrouping', { digits }),
        replacements: [group(digits)],
      };
    });
  },
};
