/**
 * Text and link lengths, and counts of the elements classifiers look for
 * (links, forms, e-mail fields, ad slots...), for every element under a root,
 * computed in one pass: classifiers ask these of every element, and walking
 * each subtree again (querySelector) made a 3,000-element page take 300 ms.
 * The pass keeps no object per element (it allocated one of 15 fields for
 * each, and a collapsed copy of each text node only to take its length).
 */

const IGNORED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math']);

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
const AD_HOSTS =
  /doubleclick\.net|googlesyndication\.com|adservice\.google|amazon-adsystem\.com|taboola\.com|outbrain\.com|criteo\.|adnxs\.com|pubmatic\.com|rubiconproject\.com|smartadserver\.com|mgid\.com/i;

export interface ElementStats {
  textLength: number;
  linkTextLength: number;
  /** Counts in the subtree, the element included. */
  links: number;
  /** Links and buttons: what a share bar or a newsletter box is made of. */
  controls: number;
  forms: number;
  textareas: number;
  /** Comment textareas and forms posting comments. */
  commentFields: number;
  emailFields: number;
  searchFields: number;
  /** AdSense slots and iframes from ad networks. */
  adSlots: number;
  iframes: number;
  listItems: number;
  articles: number;
  /** Links to the share endpoints of social networks. */
  shareLinks: number;
  /** Pictures and videos. */
  media: number;
}

type Counter = Exclude<keyof ElementStats, 'textLength' | 'linkTextLength'>;
const COUNTERS: Counter[] = [
  'links',
  'controls',
  'forms',
  'textareas',
  'commentFields',
  'emailFields',
  'searchFields',
  'adSlots',
  'iframes',
  'listItems',
  'articles',
  'shareLinks',
  'media',
];

function empty(): ElementStats {
  return {
    textLength: 0,
    linkTextLength: 0,
    links: 0,
    controls: 0,
    forms: 0,
    textareas: 0,
    commentFields: 0,
    emailFields: 0,
    searchFields: 0,
    adSlots: 0,
    iframes: 0,
    listItems: 0,
    articles: 0,
    shareLinks: 0,
    media: 0,
  };
}

function countSelf(element: Element, add: (counter: Counter) => void): void {
  switch (element.localName) {
    case 'a': {
      add('controls');
      const href = element.getAttribute('href');
      if (href !== null) {
        add('links');
        if (SHARE_LINKS.some((pattern) => href.includes(pattern))) add('shareLinks');
      }
      break;
    }
    case 'button':
      add('controls');
      break;
    case 'form':
      add('forms');
      if (/comment/i.test(element.getAttribute('action') ?? '') || element.id === 'commentform') add('commentFields');
      break;
    case 'textarea':
      add('textareas');
      if (element.getAttribute('name') === 'comment' || element.id === 'comment') add('commentFields');
      break;
    case 'input': {
      const type = (element.getAttribute('type') ?? '').toLowerCase();
      const name = (element.getAttribute('name') ?? '').toLowerCase();
      if (type === 'email' || name.includes('mail')) add('emailFields');
      if (type === 'search' || name === 's' || name === 'q') add('searchFields');
      break;
    }
    case 'ins':
      if (element.classList.contains('adsbygoogle')) add('adSlots');
      break;
    case 'iframe':
      add('iframes');
      if (AD_HOSTS.test(element.getAttribute('src') ?? '')) add('adSlots');
      break;
    case 'li':
      add('listItems');
      break;
    case 'article':
      add('articles');
      break;
    case 'img':
    case 'picture':
    case 'video':
      add('media');
      break;
  }
}

/** JavaScript's `\s`: the characters `replace(/\s+/g, ' ')` collapses. */
function isSpace(code: number): boolean {
  return code <= 32
    ? code === 32 || (code >= 9 && code <= 13)
    : code >= 0xa0 &&
        (code === 0xa0 ||
          code === 0x1680 ||
          (code >= 0x2000 && code <= 0x200a) ||
          code === 0x2028 ||
          code === 0x2029 ||
          code === 0x202f ||
          code === 0x205f ||
          code === 0x3000 ||
          code === 0xfeff);
}

/** `text.replace(/\s+/g, ' ').trim().length`, without making the string. */
export function collapsedLength(text: string): number {
  let length = 0;
  let started = false;
  let gap = false;
  for (let index = 0; index < text.length; index++) {
    if (isSpace(text.charCodeAt(index))) {
      gap = started;
    } else {
      if (gap) length++;
      gap = false;
      started = true;
      length++;
    }
  }
  return length;
}

/**
 * Every figure of every element from one walk in document order, with no
 * object per element: each element gets its position in the walk and the
 * position of its last descendant; text lengths are running totals read
 * at the element's start and end, and each counter keeps the (few)
 * positions of the elements it counts, so that a subtree's count is the
 * number of them between its two positions.
 */
export class TextStats {
  private readonly position = new Map<Element, number>();
  /** By position: the position of the element's last descendant. */
  private readonly last: Int32Array;
  /** By position: the running text totals before the element and after its last descendant. */
  private readonly textBefore: Float64Array;
  private readonly textAfter: Float64Array;
  private readonly linkTextBefore: Float64Array;
  private readonly linkTextAfter: Float64Array;
  /** For each counter, the positions of the elements it counts, ascending (an element counted twice is there twice). */
  private readonly counted = new Map<Counter, number[]>(COUNTERS.map((counter) => [counter, []]));
  /** Elements outside the walk (below a script, svg...; or not under the root) measured when asked. */
  private readonly others = new Map<Element, TextStats>();

  constructor(root: Element, insideLink = false) {
    // An upper bound of the elements walked (the ignored subtrees are counted and not walked).
    const size = root.getElementsByTagName('*').length + 1;
    this.last = new Int32Array(size);
    this.textBefore = new Float64Array(size);
    this.textAfter = new Float64Array(size);
    this.linkTextBefore = new Float64Array(size);
    this.linkTextAfter = new Float64Array(size);
    this.walk(root, insideLink);
  }

  private walk(root: Element, insideLink: boolean): void {
    let text = 0;
    let linkText = 0;
    let next = 0;
    /** Positions of the open elements. */
    const open: number[] = [];
    /** How many of them are links. */
    let links = insideLink ? 1 : 0;
    let current = 0;
    const add = (counter: Counter) => void this.counted.get(counter)!.push(current);
    const enter = (element: Element) => {
      const at = next++;
      this.position.set(element, at);
      this.textBefore[at] = text;
      this.linkTextBefore[at] = linkText;
      if (element.localName === 'a') links++;
      current = at;
      countSelf(element, add);
      open.push(at);
    };
    const leave = (element: Element) => {
      const at = open.pop()!;
      this.last[at] = next - 1;
      this.textAfter[at] = text;
      this.linkTextAfter[at] = linkText;
      if (element.localName === 'a') links--;
    };
    enter(root);
    let node: Node | null = root.firstChild;
    let parent: Node = root;
    while (node || parent !== root) {
      if (!node) {
        // Back up: the parent is done.
        leave(parent as Element);
        node = parent.nextSibling;
        parent = parent.parentNode!;
        continue;
      }
      if (node.nodeType === 3) {
        const length = collapsedLength((node as Text).data);
        text += length;
        if (links > 0) linkText += length;
      } else if (node.nodeType === 1 && !IGNORED.has((node as Element).localName)) {
        enter(node as Element);
        parent = node;
        node = node.firstChild;
        continue;
      }
      node = node.nextSibling;
    }
    leave(root);
  }

  /** The figures of an element the walk did not reach, from a walk of its own, kept for it and all it holds. */
  private other(element: Element): TextStats {
    let other = this.others.get(element);
    if (!other) {
      other = new TextStats(element, !!element.closest('a'));
      for (const inner of other.position.keys()) if (!this.others.has(inner)) this.others.set(inner, other);
    }
    return other;
  }

  private textAt(at: number): number {
    return this.textAfter[at]! - this.textBefore[at]!;
  }

  private linkTextAt(at: number): number {
    return this.linkTextAfter[at]! - this.linkTextBefore[at]!;
  }

  private countAt(counter: Counter, at: number): number {
    const positions = this.counted.get(counter)!;
    return lowerBound(positions, this.last[at]! + 1) - lowerBound(positions, at);
  }

  get(element: Element): ElementStats {
    const at = this.position.get(element);
    if (at === undefined) return this.other(element).get(element);
    const figures = empty();
    figures.textLength = this.textAt(at);
    figures.linkTextLength = this.linkTextAt(at);
    for (const counter of COUNTERS) figures[counter] = this.countAt(counter, at);
    return figures;
  }

  textLength(element: Element): number {
    const at = this.position.get(element);
    return at === undefined ? this.other(element).textLength(element) : this.textAt(at);
  }

  linkDensity(element: Element): number {
    const at = this.position.get(element);
    if (at === undefined) return this.other(element).linkDensity(element);
    const textLength = this.textAt(at);
    return textLength === 0 ? 0 : Math.min(1, this.linkTextAt(at) / textLength);
  }

  count(element: Element, counter: Counter): number {
    const at = this.position.get(element);
    return at === undefined ? this.other(element).count(element, counter) : this.countAt(counter, at);
  }
}

/** The first index of the ascending `values` whose value is at least `value`. */
function lowerBound(values: readonly number[], value: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (values[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
