import type { BoilerplateClassifier } from '../kind';
import { wording } from '../../wording';

const AD_LABEL =
  /^[-–—\s]*(?:advertisement|advertising|sponsored|ad|anzeige|werbung|reklama|реклама|publicité|publicidad|pubblicità)[-–—\s]*$/i;

/** Ad slots: AdSense and friends, ad-network iframes, lone "Advertisement" labels. */
export const ads: BoilerplateClassifier = {
  kind: 'ads',
  classify(element, context) {
    const length = context.textLength(element);
    if (length > 500) return null;
    const token = context.matchingToken(element, 'ads');
    if (token) return wording('removed_classOrId', { token });
    if (element.localName === 'iframe' && context.count(element, 'adSlots') > 0) return wording('removed_adIframe');
    // textContent as well: text our stats do not see (e.g. a page's raw text nodes under an odd parser state) must not vanish with the ad.
    if (context.count(element, 'adSlots') > 0 && length < 40 && (element.textContent ?? '').trim().length < 200)
      return wording('removed_adSlot');
    if (length > 0 && length < 40 && AD_LABEL.test(element.textContent ?? '')) return wording('removed_adLabel');
    return null;
  },
};
