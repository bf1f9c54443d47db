/**
 * The only way article HTML leaves lib/: through DOMPurify, with an allow
 * list of reading tags and attributes. Styles, scripts, forms, iframes and
 * event handlers never reach the reader.
 */
import createDOMPurify, { type DOMPurify, type Config } from 'dompurify';

export const SANITIZE_CONFIG = {
  ALLOWED_TAGS: [
    'a',
    'abbr',
    'b',
    'blockquote',
    'br',
    'caption',
    'cite',
    'code',
    'dd',
    'del',
    'dfn',
    'div',
    'dl',
    'dt',
    'em',
    'figcaption',
    'figure',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'hr',
    'i',
    'img',
    'ins',
    'kbd',
    'li',
    'mark',
    'ol',
    'p',
    'picture',
    'pre',
    'q',
    's',
    'samp',
    'section',
    'small',
    'source',
    'span',
    'strong',
    'sub',
    'sup',
    'table',
    'tbody',
    'td',
    'tfoot',
    'th',
    'thead',
    'time',
    'tr',
    'u',
    'ul',
    'article',
    'aside',
    'header',
    'footer',
    // MathML: formulas are article text (DOMPurify checks its namespace rules).
    'math',
    'mi',
    'mn',
    'mo',
    'ms',
    'mtext',
    'mrow',
    'msup',
    'msub',
    'msubsup',
    'mfrac',
    'msqrt',
    'mroot',
    'mover',
    'munder',
    'munderover',
    'mtable',
    'mtr',
    'mtd',
    'mspace',
    'mstyle',
    'mpadded',
    'mphantom',
    'menclose',
    'semantics',
  ],
  ALLOWED_ATTR: [
    'href',
    'src',
    'srcset',
    'sizes',
    'alt',
    'title',
    'datetime',
    'colspan',
    'rowspan',
    'width',
    'height',
    'lang',
    'dir',
    'cite',
  ],
  ALLOW_DATA_ATTR: false,
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|#|\/|\.)/i,
} satisfies Config;

/** Anything with a DOMPurify-capable window: the browser's, or jsdom's under Node. */
export type WindowLike = Parameters<typeof createDOMPurify>[0];

const purifiers = new WeakMap<object, DOMPurify>();

export function purifierFor(window: WindowLike): DOMPurify {
  let purifier = purifiers.get(window as object);
  if (!purifier) {
    purifier = createDOMPurify(window);
    purifiers.set(window as object, purifier);
  }
  return purifier;
}

/** Sanitised copy of `html` as a fragment owned by `window`'s document. */
export function sanitizeToFragment(html: string | Node, window: WindowLike): DocumentFragment {
  return purifierFor(window).sanitize(html, { ...SANITIZE_CONFIG, RETURN_DOM_FRAGMENT: true });
}

/** Sanitised HTML string. */
export function sanitizeHtml(html: string | Node, window: WindowLike): string {
  return purifierFor(window).sanitize(html, { ...SANITIZE_CONFIG, RETURN_DOM_FRAGMENT: false }) as unknown as string;
}
