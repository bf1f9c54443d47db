import type { FlagRule, RuleMeta } from '../rule';
import { patternFlags } from '../rule';
import { SAYING_VERB, TITLE } from '../../text/reporting';
import { wording } from '../../wording';

const RULE: RuleMeta = {
  id: 'grammar/missing-article',
  category: 'grammar',
  description:
    'A sentence opening with a bare title before a verb of saying (“Minister said that…”), as languages without articles write it.',
  languages: 'any',
  unknownSource: true,
  confidence: 0.75,
  priority: 50,
  defaultEnabled: true,
};

/** Abbreviations a title may follow inside a sentence ("Mr. Minister", "Lt. Governor"); single letters ("U.S.", "J.") too. */
const ABBREVIATIONS = 'Mrs?|Ms|Dr|St|Gen|Lt|Col|Sgt|Capt|Prof|Sen|Rep|Gov|Rev|Hon|Jr|Sr|vs|No';

/**
 * At the start of a sentence (not of a paragraph, where headlines drop their
 * articles), a title, a past verb of saying and "that" or a comma. The end of
 * the previous sentence is matched, not looked behind at: a lookbehind would
 * rescan a run of spaces from each of its positions.
 */
const PATTERN = new RegExp(
  `(?:[!?]|(?<!(?:^|\\P{L})(?:\\p{L}|${ABBREVIATIONS}))\\.)["”’]?[ \\t]+(?=\\p{Lu})(${TITLE})\\s+(${SAYING_VERB})(?=\\s+that\\b|,)`,
  'dgu',
);

/** "Minister said that government…": Slavic languages have no articles, and the translation did not add them. */
export const missingArticle: FlagRule = {
  id: 'missing-article',
  rules: [RULE],
  run({ text }) {
    return patternFlags(RULE, text, PATTERN, (match) => {
      const title = match[1] ?? '';
      const [start, end] = match.indices![1]!;
      return {
        start,
        end,
        message: wording('flag_missingArticle', { title }),
        replacements: [`The ${title.charAt(0).toLowerCase()}${title.slice(1)}`],
      };
    });
  },
};
