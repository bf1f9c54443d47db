/**
 * Disclaimers and affiliate disclosures set as a line of their own ("(Alle
 * Angaben ohne Gewähr)", "We recommend the best products through an
 * independent review process … We may receive compensation …"): the site's
 * legal small print about the article, not the article. The phrases are in
 * lib/data/boilerplate-phrases (disclaimers); a block of prose that merely
 * mentions them is longer than such a line.
 */
import type { BoilerplateClassifier } from '../kind';
import { disclaimerPhrases } from '../phrases';
import { escapeRegExp } from '../../text/match';
import { collapseWhitespace } from '../../dom/text';
import { wording } from '../../wording';

const PHRASES = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${disclaimerPhrases()
    .map((phrase) => escapeRegExp(phrase).replace(/ /g, '\\s+'))
    .join('|')})(?![\\p{L}\\p{N}])`,
  'iu',
);

const BLOCKS = new Set(['p', 'div', 'small', 'span', 'section', 'aside', 'footer']);
/** A disclosure runs to two or three sentences; more is an article about them. */
const MAX_LENGTH = 320;

export const disclaimer: BoilerplateClassifier = {
  kind: 'legal',
  classify(element, context) {
    if (!BLOCKS.has(element.localName)) return null;
    const length = context.textLength(element);
    if (length === 0 || length > MAX_LENGTH || context.count(element, 'media') > 0) return null;
    const phrase = collapseWhitespace(element.textContent ?? '').match(PHRASES)?.[0];
    return phrase ? wording('removed_disclaimer', { text: phrase }) : null;
  },
};
