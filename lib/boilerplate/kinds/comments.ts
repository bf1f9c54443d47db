import type { BoilerplateClassifier } from '../kind';

const COMMENT_FORM = 'form[action*="comment" i], form#commentform, textarea[name="comment"], textarea#comment';

/** Comment forms and comment lists: WordPress #respond/#comments, Disqus, "Leave a Reply". */
export const comments: BoilerplateClassifier = {
  kind: 'comments',
  classify(element, context) {
    if (element.id === 'disqus_thread') return 'Disqus thread';
    if (element.localName === 'form' && element.matches(COMMENT_FORM)) return 'comment form';
    const token = context.matchingToken(element, 'comments');
    // Byline links such as "12 comments" also carry the class: only blocks count.
    if (token && (context.textLength(element) > 40 || element.querySelector('form, textarea, iframe'))) {
      return `class or id "${token}"`;
    }
    const heading = context.matchingHeading(element, 'comments');
    if (heading && element.querySelector('form, textarea, ol li, ul li, article'))
      return `starts with "${heading}" and holds a form or a list`;
    return null;
  },
};
