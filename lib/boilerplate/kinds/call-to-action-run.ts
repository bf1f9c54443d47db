/**
 * A subscription pitch that replaces the rest of a story: several short
 * paragraphs that open with a call to action ("To view the full story,
 * please subscribe to …") and close with one among the last blocks of the
 * article ("… already a subscriber, you can log in"). What stands between
 * the two (the offer, the perks) is the pitch too. Reported as promo.
 */
import type { BoilerplateClassifier } from '../kind';
import type { ClassifyContext } from '../context';
import { wording } from '../../wording';
import { BLOCKS, callToActionBlock, nearTheEnd } from './call-to-action';

/** A pitch is a few paragraphs; more than this is the story going on. */
const MAX_BLOCKS = 6;
const MAX_BLOCK_LENGTH = 500;

function phraseOf(element: Element, context: ClassifyContext): string | null {
  return callToActionBlock(element, context, MAX_BLOCK_LENGTH);
}

/** Blocks with text, from `element` on in one direction, up to the run's size. */
function withText(element: Element, context: ClassifyContext, step: 'previousElementSibling' | 'nextElementSibling'): Element[] {
  const found: Element[] = [];
  for (let current: Element | null = element[step]; current && found.length < MAX_BLOCKS; current = current[step]) {
    if (context.textLength(current) > 0) found.push(current);
  }
  return found;
}

export const callToActionRun: BoilerplateClassifier = {
  kind: 'promo',
  classify(element, context) {
    if (!BLOCKS.has(element.localName) || !context.insideMain(element)) return null;
    const length = context.textLength(element);
    if (length === 0 || length > MAX_BLOCK_LENGTH) return null;
    const before = withText(element, context, 'previousElementSibling');
    const after = withText(element, context, 'nextElementSibling');
    // The opening call to action: this block, or one before it with only short blocks between.
    let opening: string | null = phraseOf(element, context);
    let used = 1;
    for (const previous of before) {
      if (opening) break;
      if (context.textLength(previous) > MAX_BLOCK_LENGTH) return null;
      used++;
      opening = phraseOf(previous, context);
    }
    if (!opening) return null;
    // The closing one: a later block near the end, with only short blocks between.
    for (const next of after) {
      if (++used > MAX_BLOCKS || context.textLength(next) > MAX_BLOCK_LENGTH) return null;
      const closing = phraseOf(next, context);
      if (closing && nearTheEnd(next, context)) return wording('removed_callToActionRun', { first: opening, last: closing });
    }
    return null;
  },
};
