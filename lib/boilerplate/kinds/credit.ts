import type { BoilerplateClassifier } from '../kind';
import { wording } from '../../wording';

// "Foto: Sascha Klahn", "Crédits photos : Bestimage", "Bild: dpa".
// Polish writes "Fot. Jan Kowalski", without a colon.
const POLISH_CREDIT = /^[Ff]ot\.\s+\p{Lu}/u;
const CREDIT_LABEL =
  /^(?:fotos?|photos?|bild(?:er)?|bildquelle|images?|crédits?(?: photos?)?|credits?|quelle|source|fuente|fonte|zdjęcie|fot\.|фото|foto ?credit|photo ?credit)\s*[:：|/©]/i;
// Agencies and stock libraries whose names alone make a credit line.
const AGENCY =
  /(?:getty ?images|shutterstock|istock(?:photo)?|imago|picture[- ]alliance|\bdpa\b|\bafp\b|reuters|\bap photo|\bepa\b|keystone|bestimage|adobe ?stock|unsplash|pixabay|depositphotos|123rf|alamy)/i;

/** Photo credits and image sources: short lines that name who took a picture. */
export const credit: BoilerplateClassifier = {
  kind: 'credit',
  classify(element, context) {
    const length = context.textLength(element);
    // A credit is a line of text: a figure with its picture and caption is not one.
    if (length === 0 || length > 120 || context.count(element, 'media') > 0) return null;
    const token = context.matchingToken(element, 'credit');
    if (token) return wording('removed_classOrId', { token });
    const text = context.leadingText(element);
    if (CREDIT_LABEL.test(text) || POLISH_CREDIT.test(text)) return wording('removed_photoCredit');
    // "Augusta National/Getty Images", "© dpa", "Reuters": not "Reuters reported that the talks failed."
    const creditShaped = !/[.!?]\s/.test(text) && (/[/©|]/.test(text) || (!/[.!?]$/.test(text) && text.split(/\s+/).length <= 5));
    if (length < 60 && AGENCY.test(text) && creditShaped) return wording('removed_agencyCredit');
    return null;
  },
};
