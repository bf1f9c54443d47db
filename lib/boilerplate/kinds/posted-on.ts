/**
 * A blog's "posted on … filed under" line after the post ("This entry was
 * posted on Wednesday, November 27th, 2019 at 3:21 pm and is filed under …
 * You can follow any responses to this entry through the RSS 2.0 feed", the
 * German "Der Beitrag wurde am … veröffentlicht und wurde unter … abgelegt"):
 * the date, categories and feed links of the post in a sentence, which the
 * reader shows in its header or not at all. Its openings, per language, are in
 * lib/data/boilerplate-phrases (postedOn); the line names a date, so it holds
 * a digit.
 */
import type { BoilerplateClassifier } from '../kind';
import { postedOnPhrases } from '../phrases';
import { escapeRegExp } from '../../text/match';
import { wording } from '../../wording';

const OPENING = new RegExp(
  `^(?:${postedOnPhrases()
    .map((phrase) => escapeRegExp(phrase).replace(/ /g, '\\s+'))
    .join('|')})(?![\\p{L}\\p{N}])`,
  'iu',
);

/** The sentence with its categories and the theme's feed and trackback sentences. */
const MAX_LENGTH = 500;

export const postedOn: BoilerplateClassifier = {
  kind: 'article-meta',
  classify(element, context) {
    if (!['p', 'div', 'small', 'footer', 'section'].includes(element.localName)) return null;
    const length = context.textLength(element);
    if (length === 0 || length > MAX_LENGTH) return null;
    const text = context.leadingText(element);
    const opening = text.match(OPENING)?.[0];
    if (!opening || !/\d/.test(text)) return null;
    return wording('removed_postedOn', { text: opening });
  },
};
