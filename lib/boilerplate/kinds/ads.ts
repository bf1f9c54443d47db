import type { BoilerplateClassifier } from '../kind';

const AD_HOSTS =
  /doubleclick\.net|googlesyndication\.com|adservice\.google|amazon-adsystem\.com|taboola\.com|outbrain\.com|criteo\.|adnxs\.com|pubmatic\.com|rubiconproject\.com|smartadserver\.com|mgid\.com/i;
const AD_LABEL =
  /^[-–—\s]*(?:advertisement|advertising|sponsored|ad|anzeige|werbung|reklama|реклама|publicité|publicidad|pubblicità)[-–—\s]*$/i;

/** Ad slots: AdSense and friends, ad-network iframes, lone "Advertisement" labels. */
export const ads: BoilerplateClassifier = {
  kind: 'ads',
  classify(element, context) {
    const length = context.textLength(element);
    if (length > 500) return null;
    const token = context.matchingToken(element, 'ads');
    if (token) return `class or id "${token}"`;
    if (element.localName === 'iframe' && AD_HOSTS.test(element.getAttribute('src') ?? '')) return 'iframe from an ad network';
    if (element.querySelector('ins.adsbygoogle, iframe[src*="doubleclick"], iframe[src*="googlesyndication"]') && length < 40)
      return 'holds an ad slot';
    if (length > 0 && length < 40 && AD_LABEL.test(element.textContent ?? '')) return 'an "Advertisement" label';
    return null;
  },
};
