import type { BoilerplateClassifier } from '../kind';
import { wording } from '../../wording';

const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'search', 'complementary', 'menubar', 'menu']);

/** Site chrome: menus, headers, footers, breadcrumbs, sidebars, search forms. */
export const navigation: BoilerplateClassifier = {
  kind: 'navigation',
  classify(element, context) {
    const tag = element.localName;
    const role = element.getAttribute('role') ?? '';
    if (tag === 'nav') return wording('removed_element', { tag: 'nav' });
    if (CHROME_ROLES.has(role) && !context.insideMain(element)) return wording('removed_role', { role });
    if (
      (tag === 'header' || tag === 'footer' || tag === 'aside') &&
      !element.closest('article, main, [role="main"]') &&
      !context.insideMain(element)
    ) {
      return wording('removed_outsideArticle', { tag });
    }
    if (tag === 'form' && context.count(element, 'searchFields') > 0 && context.textLength(element) < 200) {
      return wording('removed_searchForm');
    }
    const token = context.matchingToken(element, 'navigation');
    if (token && (!context.insideMain(element) || context.linkDensity(element) > 0.5 || context.textLength(element) === 0)) {
      return wording('removed_classOrId', { token });
    }
    return null;
  },
};
