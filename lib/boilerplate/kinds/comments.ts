import type { BoilerplateClassifier } from '../kind';
import type { ClassifyContext } from '../context';
import { headingPhrases } from '../phrases';
import { escapeRegExp } from '../../text/match';
import { wording } from '../../wording';

/** "3 Kommentare", "12 Comments": a comment box titled with its count before the title (lib/data/boilerplate-phrases headings.comments). */
const COUNTED_HEADING = new RegExp(
  `^\\d{1,5}\\s+(?:${headingPhrases('comments')
    .sort((a, b) => b.length - a.length)
    .map((phrase) => escapeRegExp(phrase).replace(/ /g, '\\s+'))
    .join('|')})(?![\\p{L}\\p{N}])`,
  'iu',
);

/** The comment box's title, with or without its count. */
function commentsHeading(element: Element, context: ClassifyContext): string | null {
  return context.matchingHeading(element, 'comments') ?? context.leadingText(element).match(COUNTED_HEADING)?.[0] ?? null;
}

/** Comment forms and comment lists: WordPress #respond/#comments, Disqus, "Leave a Reply". */
export const comments: BoilerplateClassifier = {
  kind: 'comments',
  classify(element, context) {
    if (element.id === 'disqus_thread') return wording('removed_disqus');
    if (element.localName === 'form' && context.count(element, 'commentFields') > 0) return wording('removed_commentForm');
    const token = context.matchingToken(element, 'comments');
    // Byline links such as "12 comments" also carry the class: only blocks count.
    if (
      token &&
      (context.textLength(element) > 40 ||
        context.count(element, 'forms') + context.count(element, 'textareas') + context.count(element, 'iframes') > 0)
    ) {
      return wording('removed_classOrId', { token });
    }
    const heading = commentsHeading(element, context);
    // A form, or a list of several comments; a list item opening with "Discussion" is prose.
    const holdsForm = context.count(element, 'forms') + context.count(element, 'textareas') > 0;
    const holdsList =
      !['li', 'p', 'td'].includes(element.localName) && context.count(element, 'listItems') + context.count(element, 'articles') >= 2;
    if (heading && (holdsForm || holdsList)) return wording('removed_headingFormOrList', { heading });
    return null;
  },
};
