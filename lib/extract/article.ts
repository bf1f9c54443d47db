/**
 * Turns the article element (of a document the caller owns, boilerplate
 * already taken out) into the reader's article: lazy images resolved, links
 * absolute, hidden and interactive parts dropped, then sanitised.
 */
import type { Article } from '../report';
import { blockText, collapseWhitespace } from '../dom/text';
import { sanitizeToFragment, type WindowLike } from './sanitize';
import type { Metadata } from './metadata';

const DROP =
  'script, style, noscript, template, form, iframe, object, embed, input, button, select, textarea, svg, canvas, [hidden], [aria-hidden="true"], [style*="display:none" i], [style*="display: none" i]';
const LAZY_SOURCES = ['data-src', 'data-lazy-src', 'data-original', 'data-url', 'data-orig-file'];

function absolutize(value: string, base: string | null): string {
  if (!base) return value;
  try {
    return new URL(value, base).href;
  } catch {
    return value;
  }
}

/** Prepares `root` in place (it belongs to a clone) and returns it. */
export function prepareArticleRoot(root: Element, baseUrl: string | null, title: string | null): Element {
  for (const element of Array.from(root.querySelectorAll(DROP))) element.remove();
  for (const image of Array.from(root.querySelectorAll('img'))) {
    const lazy = LAZY_SOURCES.map((name) => image.getAttribute(name)).find((value) => value && !value.startsWith('data:'));
    const src = image.getAttribute('src');
    if (lazy && (!src || src.startsWith('data:'))) image.setAttribute('src', lazy);
    const lazySet = image.getAttribute('data-srcset') ?? image.getAttribute('data-lazy-srcset');
    if (lazySet && !image.getAttribute('srcset')) image.setAttribute('srcset', lazySet);
  }
  for (const element of Array.from(root.querySelectorAll('[href], [src]'))) {
    for (const attribute of ['href', 'src']) {
      const value = element.getAttribute(attribute);
      if (value && !value.startsWith('#')) element.setAttribute(attribute, absolutize(value, baseUrl));
    }
  }
  for (const element of Array.from(root.querySelectorAll('[srcset]'))) {
    const srcset = element.getAttribute('srcset') ?? '';
    element.setAttribute(
      'srcset',
      srcset
        .split(',')
        .map((candidate) => {
          const [address, ...descriptor] = candidate.trim().split(/\s+/);
          return address ? [absolutize(address, baseUrl), ...descriptor].join(' ') : '';
        })
        .filter(Boolean)
        .join(', '),
    );
  }
  // The reader shows the title itself: a heading repeating it is noise.
  const titleKey = comparable(title ?? '');
  if (titleKey.length >= 8) {
    for (const heading of Array.from(root.querySelectorAll('h1, h2')).slice(0, 3)) {
      const key = comparable(heading.textContent ?? '');
      // The headline may carry more words than the title ("Title: the kicker"); a section heading
      // that only starts like the title ("Bee Simulator" over "Bee Simulator Mehrspieler") is text.
      const repeats = titleKey.includes(key) || (heading.localName === 'h1' && key.includes(titleKey));
      if (key.length >= 8 && repeats) heading.remove();
    }
  }
  return root;
}

/** Letters and digits only, lower-cased: "Title – Site" and "title" compare. */
function comparable(text: string): string {
  return collapseWhitespace(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

export function buildArticle(root: Element, metadata: Metadata, window: WindowLike): Article {
  // The root itself is only a wrapper (div, main, body...): its content is the article.
  const fragment = sanitizeToFragment(root.innerHTML, window);
  const text = blockText(fragment);
  const container = fragment.ownerDocument.createElement('div');
  container.appendChild(fragment);
  return { ...metadata, text, html: container.innerHTML };
}
