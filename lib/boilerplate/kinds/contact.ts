/**
 * Contact and "more information" blocks inside articles ("Kontakt:",
 * "Weitere Informationen:", "Pressekontakt", "For more information"): a
 * labelled block of addresses, phone numbers and links that closes a press
 * release or a notice. The label phrases are in lib/data/boilerplate-phrases
 * (headings.contact); the block must look like contact details, not prose.
 */
import type { BoilerplateClassifier } from '../kind';
import { wording } from '../../wording';

/** Phone numbers, e-mail addresses, web addresses, postcodes: what contact details are made of. */
const DETAILS = /[\w.+-]+@[\w-]+\.[\w.]+|(?:\+|\b0)\d[\d\s/()-]{6,}\d|\bwww\.|https?:\/\/|\b(?:tel|fon|fax|phone|e-?mail)\b\.?/i;

export const contact: BoilerplateClassifier = {
  kind: 'contact',
  classify(element, context) {
    if (!context.insideMain(element)) return null;
    const length = context.textLength(element);
    // A contact box often carries the contact person's portrait: a picture inside does not make it part of the story.
    if (length === 0 || length > 600) return null;
    const heading = context.matchingHeading(element, 'contact');
    if (!heading) return null;
    const text = element.textContent ?? '';
    // A label alone, or followed by details or links; never a paragraph of the story that opens with the word.
    const rest = length - heading.length;
    if (rest > 20 && !DETAILS.test(text) && context.count(element, 'links') === 0) return null;
    return wording('removed_headingContact', { heading });
  },
};
