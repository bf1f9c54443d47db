import type { BoilerplateClassifier } from '../kind';

const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'search', 'complementary', 'menubar', 'menu']);

/** Site chrome: menus, headers, footers, breadcrumbs, sidebars, search forms. */
export const navigation: BoilerplateClassifier = {
  kind: 'navigation',
  classify(element, context) {
    const tag = element.localName;
    const role = element.getAttribute('role') ?? '';
    if (tag === 'nav') return '<nav> element';
    if (CHROME_ROLES.has(role) && !context.insideMain(element)) return `role="${role}"`;
    if (
      (tag === 'header' || tag === 'footer' || tag === 'aside') &&
      !element.closest('article, main, [role="main"]') &&
      !context.insideMain(element)
    ) {
      return `<${tag}> outside the article`;
    }
    if (tag === 'form' && context.count(element, 'searchFields') > 0 && context.textLength(element) < 200) {
      return 'search form';
    }
    const token = context.matchingToken(element, 'navigation');
    if (token && (!context.insideMain(element) || context.linkDensity(element) > 0.5 || context.textLength(element) === 0)) {
      return `class or id "${token}"`;
    }
    return null;
  },
};
