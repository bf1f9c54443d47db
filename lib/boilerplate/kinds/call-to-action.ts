/**
 * Calls to action tacked onto the end of articles ("Subscribe now to our
 * eNATION edition", "Folgen Sie uns auf Twitter"): short blocks among the
 * last ones of the article that use a set phrase of some language
 * (callToAction in lib/data/boilerplate-phrases/*.json). Reported as promo.
 */
import type { BoilerplateClassifier } from '../kind';
import type { ClassifyContext } from '../context';
import { callToActionPhrases } from '../phrases';
import { escapeRegExp } from '../../text/match';
import { collapseWhitespace } from '../../dom/text';
import { wording } from '../../wording';

const PHRASES = new RegExp(
  callToActionPhrases()
    .map((phrase) => escapeRegExp(phrase).replace(/ /g, '\\s+'))
    .join('|'),
  'iu',
);

/** The call-to-action phrase (any language) in `text`, if any. */
export function callToActionIn(text: string): string | null {
  return text.match(PHRASES)?.[0] ?? null;
}

export const BLOCKS = new Set(['p', 'div', 'section', 'aside', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote']);

/**
 * Each block's phrase, per walk (a context is one document, not changed while
 * it is walked): a call-to-action run asks it of every short paragraph and
 * again of each of the six after it, which looked it up seven times.
 */
const blockPhrases = new WeakMap<ClassifyContext, Map<Element, string | null>>();

/** The call-to-action phrase of a block with 1 to `maxLength` characters of text, read with its whitespace collapsed. */
export function callToActionBlock(element: Element, context: ClassifyContext, maxLength: number): string | null {
  if (!BLOCKS.has(element.localName)) return null;
  const length = context.textLength(element);
  if (length === 0 || length > maxLength) return null;
  let known = blockPhrases.get(context);
  if (!known) blockPhrases.set(context, (known = new Map()));
  let phrase = known.get(element);
  if (phrase === undefined) known.set(element, (phrase = callToActionIn(collapseWhitespace(element.textContent ?? ''))));
  return phrase;
}

/** Among the last three blocks of its parent, inside the article. */
export function nearTheEnd(element: Element, context: ClassifyContext): boolean {
  let after = 0;
  for (let sibling = element.nextElementSibling; sibling; sibling = sibling.nextElementSibling) {
    // Visible text is text (a sibling's textContent, copied out for each of the article's paragraphs, was most of
    // this); only a sibling without any is read whole (its text may all be a script's).
    const hasText = context.textLength(sibling) > 0 || (sibling.textContent ?? '').trim().length > 0;
    if (hasText && ++after >= 3) return false;
  }
  return true;
}

export const callToAction: BoilerplateClassifier = {
  kind: 'promo',
  classify(element, context) {
    if (!BLOCKS.has(element.localName) || !context.insideMain(element)) return null;
    const length = context.textLength(element);
    if (length === 0 || length > 300 || !nearTheEnd(element, context)) return null;
    const phrase = callToActionIn(element.textContent ?? '');
    return phrase ? wording('removed_callToAction', { text: phrase }) : null;
  },
};
