/**
 * Finds the element that holds the article in a page, without changing it.
 * Cleanup uses it to protect the article (nothing that contains it is ever
 * hidden); detection reads its text. Semantic markup first (schema.org
 * articleBody, WordPress/Drupal content classes, <article>, <main>), then a
 * paragraph-scoring fallback in the spirit of Readability.
 */
import { TextStats } from '../dom/stats';

const SEMANTIC_SELECTORS = [
  '[itemprop="articleBody"]',
  '.entry-content',
  '.post-content',
  '.article-content',
  '.article-body',
  '.article__body',
  '.post-body',
  '.story-body',
  '.td-post-content',
  '.single-content',
  'article',
  '[role="main"]',
  'main',
];

const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story/i;
const NEGATIVE =
  /comment|meta|footer|footnote|related|share|social|sidebar|widget|promo|sponsor|advert|banner|combx|contact|masthead|menu|nav|popup|tags?\b|tool/i;

/** Text in paragraphs (not inside links) under an element: a proxy for prose. */
function paragraphText(element: Element, stats: TextStats): number {
  let total = 0;
  for (const paragraph of Array.from(element.querySelectorAll('p, pre, blockquote'))) {
    if (paragraph.parentElement?.closest('p, pre, blockquote') && paragraph.parentElement !== element) continue;
    const length = stats.textLength(paragraph);
    if (length >= 25) total += length * (1 - stats.linkDensity(paragraph));
  }
  return total;
}

function classWeight(element: Element): number {
  const tokens = `${element.id} ${element.getAttribute('class') ?? ''}`;
  let weight = 0;
  if (POSITIVE.test(tokens)) weight += 25;
  if (NEGATIVE.test(tokens)) weight -= 25;
  return weight;
}

export function findMainContent(doc: Document, stats = new TextStats(doc.body ?? doc.documentElement)): Element | null {
  const body = doc.body;
  if (!body) return null;
  const bodyProse = paragraphText(body, stats);

  // Semantic markup, trusted when it holds most of the page's prose.
  for (const selector of SEMANTIC_SELECTORS) {
    let best: Element | null = null;
    let bestProse = 0;
    for (const element of Array.from(body.querySelectorAll(selector))) {
      const prose = paragraphText(element, stats);
      if (prose > bestProse) {
        best = element;
        bestProse = prose;
      }
    }
    if (best && bestProse >= 200 && bestProse >= bodyProse * 0.5) return best;
  }

  // Fallback: score paragraph parents and grandparents.
  const scores = new Map<Element, number>();
  for (const paragraph of Array.from(body.querySelectorAll('p, pre, td, blockquote'))) {
    const length = stats.textLength(paragraph);
    if (length < 25) continue;
    const text = paragraph.textContent ?? '';
    const score = 1 + (text.split(/[,，、،]/).length - 1) + Math.min(3, Math.floor(length / 100));
    const parent = paragraph.parentElement;
    const grandparent = parent?.parentElement;
    if (parent) scores.set(parent, (scores.get(parent) ?? classWeight(parent)) + score);
    if (grandparent) scores.set(grandparent, (scores.get(grandparent) ?? classWeight(grandparent)) + score / 2);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [element, score] of scores) {
    const adjusted = score * (1 - stats.linkDensity(element));
    if (adjusted > bestScore) {
      best = element;
      bestScore = adjusted;
    }
  }
  return best ?? body;
}
