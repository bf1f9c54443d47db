import type { BoilerplateClassifier } from '../kind';
import { wording } from '../../wording';

const COOKIE_WORDS = /cookie|gdpr|consent|privacy|datenschutz|ciasteczk|prywatno|соглас|конфиденц|souhlas|soukrom/i;

export const cookieBanner: BoilerplateClassifier = {
  kind: 'cookie-banner',
  classify(element, context) {
    const length = context.textLength(element);
    if (length > 2500) return null;
    const token = context.matchingToken(element, 'cookie-banner');
    if (token && COOKIE_WORDS.test(element.textContent ?? '')) return wording('removed_classOrIdCookies', { token });
    const heading = context.matchingHeading(element, 'cookie-banner');
    // A footer that merely opens with the cookie notice is more than a banner.
    if (heading && length < 600 && context.linkDensity(element) < 0.5) return wording('removed_heading', { heading });
    return null;
  },
};
