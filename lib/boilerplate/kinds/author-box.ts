import type { BoilerplateClassifier } from '../kind';
import { wording } from '../../wording';

// "About Banner Leon", "O autorze Jan Kowalski", "Über Anna Schmidt": a heading naming a person.
const ABOUT_SOMEONE = /^(?:[Aa]bout|[Oo]|[Üü]ber|[Оо]б|[Пп]ро)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}$/u;
const HEADING_LIKE = 'h2, h3, h4, h5, h6, .title, [class*="title"], strong, b';

/** Author bios after the article (often unrelated to it on content farms). */
export const authorBox: BoilerplateClassifier = {
  kind: 'author-box',
  classify(element, context) {
    const length = context.textLength(element);
    if (length > 1500) return null;
    const token = context.matchingToken(element, 'author-box');
    if (token) return wording('removed_classOrId', { token });
    // Headings count only as a heading element that opens the block, never as the
    // first words of prose ("Author Salman Rushdie said...").
    const firstHeading = element.querySelector(HEADING_LIKE);
    const headingText = firstHeading?.textContent?.replace(/\s+/g, ' ').trim().replace(/:$/, '') ?? '';
    if (headingText && length > 60 && length > headingText.length * 2 && context.leadingText(element).startsWith(headingText)) {
      const named = context.matchingHeading(firstHeading!, 'author-box');
      if (named && named.length === headingText.length) return wording('removed_headed', { heading: headingText });
      if (ABOUT_SOMEONE.test(headingText)) return wording('removed_headed', { heading: headingText });
    }
    // "<div class="header">AUTOR</div><h3>Dr. Jan Kowalski</h3><p>ist Partner …": the box opens with a label block
    // whose whole text is an author-box title, set apart from the name and bio that follow.
    const label = element.firstElementChild;
    const labelText = label?.textContent?.replace(/\s+/g, ' ').trim().replace(/:$/, '') ?? '';
    if (label && labelText && length > 60 && context.leadingText(element).startsWith(labelText)) {
      const named = context.matchingHeading(label, 'author-box');
      if (named && named.length === labelText.length) return wording('removed_headed', { heading: labelText });
    }
    const itemtype = element.getAttribute('itemtype') ?? '';
    if (/schema\.org\/Person/i.test(itemtype) && length > 120 && !context.insideMain(element)) return wording('removed_personBlock');
    return null;
  },
};
