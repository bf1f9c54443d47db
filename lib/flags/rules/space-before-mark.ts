import type { FlagRule, RuleMeta } from '../rule';
import { patternFlags } from '../rule';
import { wording } from '../../wording';

const RULE: RuleMeta = {
  id: 'punctuation/space-before-mark',
  category: 'punctuation',
  description: 'A space before “?” or “!” (“silent ? asked the deputy”), as French typography puts one and English does not.',
  languages: 'any',
  unknownSource: true,
  confidence: 0.75,
  priority: 30,
  defaultEnabled: true,
};

/**
 * A word, one space (French typography uses a narrow no-break space), then
 * "?" or "!", and the sentence going on on the same line ("? asked the
 * deputy") or a closing quote. Not ":" and ";", which English titles and code
 * space too ("Review : Title", `"Type" : "text"`), nor a lone "?" in a table
 * cell or after a label.
 */
const SPACED = /(?<=[\p{L}\p{N}][»”"’)]?)([ \u00a0\u202f])([?!])(?=[ \t\u00a0]+["“”»’]?\p{L}|["”»’])/gu;

/** "Why is the government silent ? asked the deputy": a space before the question mark. */
export const spaceBeforeMark: FlagRule = {
  id: 'space-before-mark',
  rules: [RULE],
  run({ text }) {
    return patternFlags(RULE, text, SPACED, (match) => {
      const mark = match[2] ?? '';
      const start = match.index;
      const line = text.slice(text.lastIndexOf('\n', start) + 1, start);
      // A sentence, not a label: three words or more before the mark on its line.
      if ((line.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) < 3) return null;
      const before = text.slice(Math.max(0, start - 12), start);
      const word = /[\p{L}\p{N}]+[»”"’)]?$/u.exec(before)?.[0] ?? '';
      return {
        start: start - word.length,
        end: start + 2,
        message: wording('flag_spaceBeforeMark', { mark }),
        replacements: [`${word}${mark}`],
      };
    });
  },
};
