import type { BoilerplateClassifier } from '../kind';

/** Comment forms and comment lists: WordPress #respond/#comments, Disqus, "Leave a Reply". */
export const comments: BoilerplateClassifier = {
  kind: 'comments',
  classify(element, context) {
    if (element.id === 'disqus_thread') return 'Disqus thread';
    if (element.localName === 'form' && context.count(element, 'commentFields') > 0) return 'comment form';
    const token = context.matchingToken(element, 'comments');
    // Byline links such as "12 comments" also carry the class: only blocks count.
    if (
      token &&
      (context.textLength(element) > 40 ||
        context.count(element, 'forms') + context.count(element, 'textareas') + context.count(element, 'iframes') > 0)
    ) {
      return `class or id "${token}"`;
    }
    const heading = context.matchingHeading(element, 'comments');
    const holdsFormOrList = ['forms', 'textareas', 'listItems', 'articles'] as const;
    if (heading && holdsFormOrList.some((counter) => context.count(element, counter) > 0))
      return `starts with "${heading}" and holds a form or a list`;
    return null;
  },
};
