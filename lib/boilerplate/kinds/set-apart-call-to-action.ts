/**
 * Calls to action set apart from the text wherever they stand in the
 * article: a short line all in bold or italics, or centred ("Get the latest
 * news straight to your phone with the … app", "Submit your letter to the
 * editor via this form" above the letters). A sentence of the story is
 * neither set in bold whole nor centred. Reported as promo.
 */
import type { BoilerplateClassifier } from '../kind';
import { wording } from '../../wording';
import { callToActionBlock } from './call-to-action';

const EMPHASIS = 'b, strong, em, i';

/** All of the element's text sits in bold or italics, or the element is centred. */
function setApart(element: Element): boolean {
  if (/text-align\s*:\s*center/i.test(element.getAttribute('style') ?? '') || element.getAttribute('align') === 'center') return true;
  const walker = element.ownerDocument.createTreeWalker(element, 4);
  let seen = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!(node as Text).data.trim()) continue;
    if (!node.parentElement?.closest(EMPHASIS) || !element.contains(node.parentElement.closest(EMPHASIS))) return false;
    seen = true;
  }
  return seen;
}

export const setApartCallToAction: BoilerplateClassifier = {
  kind: 'promo',
  classify(element, context) {
    if (!context.insideMain(element)) return null;
    const phrase = callToActionBlock(element, context, 200);
    return phrase && setApart(element) ? wording('removed_setApartCallToAction', { text: phrase }) : null;
  },
};
