import type { BoilerplateClassifier } from '../kind';
import { wording } from '../../wording';

// Opening with the sign or the word, or using the set phrases: an article about copyright law is not a notice.
const OPENS_NOTICE = /^\s*(?:©|\(c\)\s*\d{4}|copyright\s*(?:©|\(c\)|\d{4}|by\b))/i;
const NOTICE_PHRASE =
  /(?:all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati|wszelkie prawa zastrzeżone|все права защищены|reproduction interdite|copyrighted property|written permission must|ohne (?:schriftliche )?genehmigung)/i;

/** Copyright and reprint notices ("This article is the copyrighted property of..."). */
export const legal: BoilerplateClassifier = {
  kind: 'legal',
  classify(element, context) {
    const length = context.textLength(element);
    if (length === 0 || length > 300) return null;
    if (!['p', 'div', 'small', 'span', 'section', 'aside', 'footer'].includes(element.localName)) return null;
    const text = element.textContent ?? '';
    // "© Provided by X. The story begins..." opens a paragraph of prose: only a short line is a notice.
    return (OPENS_NOTICE.test(text) && length < 120) || NOTICE_PHRASE.test(text) ? wording('removed_copyright') : null;
  },
};
