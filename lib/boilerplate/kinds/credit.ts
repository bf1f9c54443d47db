import type { BoilerplateClassifier } from '../kind';
import { wording } from '../../wording';
// "Foto: Sascha Klahn", "Crédits photos : Bestimage", "Fot. Jan Kowalski", "Getty Images": the labels and
// agencies of lib/data/boilerplate-phrases/*.json, shared with the caption cutter.
import { creditSourcePattern, leadingCreditLabel } from '../credit-words';

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
    if (leadingCreditLabel(text)) return wording('removed_photoCredit');
    // "Augusta National/Getty Images", "© dpa", "Reuters": not "Reuters reported that the talks failed."
    const creditShaped = !/[.!?]\s/.test(text) && (/[/©|]/.test(text) || (!/[.!?]$/.test(text) && text.split(/\s+/).length <= 5));
    if (length < 60 && creditSourcePattern().test(text) && creditShaped) return wording('removed_agencyCredit');
    return null;
  },
};
