import type { BoilerplateClassifier } from '../kind';
import { wording } from '../../wording';

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
    const heading = context.matchingHeading(element, 'comments');
    // A form, or a list of several comments; a list item opening with "Discussion" is prose.
    const holdsForm = context.count(element, 'forms') + context.count(element, 'textareas') > 0;
    const holdsList =
      !['li', 'p', 'td'].includes(element.localName) && context.count(element, 'listItems') + context.count(element, 'articles') >= 2;
    if (heading && (holdsForm || holdsList)) return wording('removed_headingFormOrList', { heading });
    return null;
  },
};
