import type { BoilerplateClassifier } from '../kind';

const SHARE_LINKS = [
  'facebook.com/sharer',
  'facebook.com/share',
  'twitter.com/intent',
  'twitter.com/share',
  'x.com/intent',
  'linkedin.com/share',
  'pinterest.com/pin/create',
  'reddit.com/submit',
  'api.whatsapp.com/send',
  'wa.me/',
  't.me/share',
  'telegram.me/share',
  'vk.com/share',
  'tumblr.com/share',
  'mailto:?',
  'addtoany.com/share',
  'getpocket.com/save',
  'news.ycombinator.com/submitlink',
];

function shareLinkCount(element: Element): number {
  let count = 0;
  for (const link of Array.from(element.querySelectorAll('a[href]'))) {
    const href = link.getAttribute('href') ?? '';
    if (SHARE_LINKS.some((pattern) => href.includes(pattern))) count++;
  }
  return count;
}

/** Share bars: short blocks of links to social networks' share endpoints. */
export const share: BoilerplateClassifier = {
  kind: 'share',
  classify(element, context) {
    const length = context.textLength(element);
    if (length > 400) return null;
    const token = context.matchingToken(element, 'share');
    if (token && (element.querySelector('a, button') || length === 0)) return `class or id "${token}"`;
    const links = shareLinkCount(element);
    if (links >= 2) return `${links} links to share on social networks`;
    return null;
  },
};
