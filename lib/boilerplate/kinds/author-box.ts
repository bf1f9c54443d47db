import type { BoilerplateClassifier } from '../kind';

const ABOUT_SOMEONE = /^(?:about|o|über|об|про|o autorovi)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}$/u;

/** Author bios after the article (often unrelated to it on content farms). */
export const authorBox: BoilerplateClassifier = {
  kind: 'author-box',
  classify(element, context) {
    const length = context.textLength(element);
    if (length > 1500) return null;
    const token = context.matchingToken(element, 'author-box');
    if (token) return `class or id "${token}"`;
    const heading = context.matchingHeading(element, 'author-box');
    if (heading && length > 60) return `starts with "${heading}"`;
    const firstHeading = element.querySelector('h2, h3, h4, h5, h6, .title, strong');
    const headingText = firstHeading?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    if (ABOUT_SOMEONE.test(headingText) && length > 80 && context.leadingText(element).startsWith(headingText)) {
      return `headed "${headingText}"`;
    }
    const itemtype = element.getAttribute('itemtype') ?? '';
    if (/schema\.org\/Person/i.test(itemtype) && length > 120 && !context.insideMain(element)) return 'schema.org Person block with a bio';
    return null;
  },
};
