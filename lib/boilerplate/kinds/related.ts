import type { BoilerplateClassifier } from '../kind';
import { wording, type Wording } from '../../wording';
import type { ClassifyContext } from '../context';

/** A box title is a line, not a paragraph. */
const MAX_TITLE = 80;

/**
 * The related/promo heading phrase of the title right before `element`, when
 * the title stands apart from the box it names ("<h2>Weitere Beiträge zum
 * Thema</h2><div>teasers…</div>", "<p><strong>Verwandte Artikel:</strong></p><ul>…").
 */
function titleBefore(element: Element, context: ClassifyContext): string | null {
  const previous = element.previousElementSibling;
  if (!previous || context.textLength(previous) > MAX_TITLE || context.count(previous, 'links') > 0) return null;
  return boxTitle(previous, context);
}

/**
 * The related phrase, or the promo phrase of more than one word, the element
 * opens with. One-word promo labels ("Empfehlungen", "Lea", "Mire") also open
 * an author's own list ("Empfehlungen von Dennis:") or are names.
 */
function boxTitle(element: Element, context: ClassifyContext): string | null {
  const promoTitle = context.matchingHeading(element, 'promo');
  return context.matchingHeading(element, 'related') ?? (promoTitle && /\s/.test(promoTitle) ? promoTitle : null);
}

/** The next sibling with text is mostly links (a teaser grid), or there is none: what a box title stands over. */
function overLinksOrNothing(element: Element, context: ClassifyContext): boolean {
  for (let next = element.nextElementSibling; next; next = next.nextElementSibling) {
    if (context.textLength(next) === 0) continue;
    return context.count(next, 'links') > 0 && context.linkDensity(next) >= 0.5;
  }
  return true;
}

/**
 * A related/promo box title standing on its own ("<h2>Neueste Artikel</h2>"
 * over a teaser grid, or left with nothing after it once its list is gone):
 * the phrase, no link, and links or nothing after it. Asked of headings too.
 */
export function standingBoxTitle(element: Element, context: ClassifyContext): Wording | null {
  if (context.textLength(element) > MAX_TITLE || context.count(element, 'links') > 0) return null;
  const title = boxTitle(element, context);
  return title && overLinksOrNothing(element, context) ? wording('removed_boxTitle', { title }) : null;
}

/** "Related posts", "Check Also", "You may also like", previous/next teasers. */
export const related: BoilerplateClassifier = {
  kind: 'related',
  classify(element, context) {
    const token = context.matchingToken(element, 'related');
    if (token && context.count(element, 'links') > 0) return wording('removed_classOrId', { token });
    const heading = context.matchingHeading(element, 'related');
    if (heading && context.count(element, 'links') > 0 && context.textLength(element) < 3000 && context.linkDensity(element) >= 0.3) {
      return wording('removed_headingLinks', { heading });
    }
    // Its title is the block before it: the links must be most of the text, as a teaser list's are.
    if (context.count(element, 'links') >= 2 && context.textLength(element) < 3000 && context.linkDensity(element) >= 0.5) {
      const title = titleBefore(element, context);
      if (title) return wording('removed_linksUnderTitle', { title });
    }
    return standingBoxTitle(element, context);
  },
};
