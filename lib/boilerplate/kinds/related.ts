import type { BoilerplateClassifier } from '../kind';

/** "Related posts", "Check Also", "You may also like", previous/next teasers. */
export const related: BoilerplateClassifier = {
  kind: 'related',
  classify(element, context) {
    const token = context.matchingToken(element, 'related');
    if (token && element.querySelector('a[href]')) return `class or id "${token}"`;
    const heading = context.matchingHeading(element, 'related');
    if (heading && element.querySelector('a[href]') && context.textLength(element) < 3000 && context.linkDensity(element) >= 0.3) {
      return `starts with "${heading}" and is mostly links`;
    }
    return null;
  },
};
