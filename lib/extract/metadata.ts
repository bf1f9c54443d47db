/**
 * Title, byline, date and site name, from the most deliberate source a page
 * offers: schema.org JSON-LD, then Open Graph and meta tags, then visible
 * markup (h1, rel=author, <time>).
 */
import { collapseWhitespace } from '../dom/text';

export interface Metadata {
  title: string | null;
  byline: string | null;
  published: string | null;
  siteName: string | null;
}

type Json = Record<string, unknown>;

const ARTICLE_TYPES = /Article|BlogPosting|Report|WebPage|Posting/i;

function jsonLdObjects(doc: Document): Json[] {
  const objects: Json[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const object = value as Json;
      objects.push(object);
      if (object['@graph']) visit(object['@graph']);
    }
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // Broken JSON-LD is common; the other sources still answer.
    }
  }
  return objects;
}

function typeOf(object: Json): string {
  const type = object['@type'];
  return Array.isArray(type) ? type.join(' ') : String(type ?? '');
}

function nameOf(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((name): name is string => !!name);
    return names.length ? names.join(', ') : null;
  }
  if (value && typeof value === 'object') {
    const name = (value as Json).name;
    return typeof name === 'string' ? name : null;
  }
  return null;
}

function meta(doc: Document, ...keys: string[]): string | null {
  for (const key of keys) {
    const element = doc.querySelector(`meta[property="${key}"], meta[name="${key}" i], meta[itemprop="${key}"]`);
    const content = element?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return null;
}

function clean(text: string | null | undefined): string | null {
  if (!text) return null;
  const collapsed = collapseWhitespace(text);
  return collapsed || null;
}

/** "Title | Site" → "Title" when the site name is known or the tail is short. */
function stripSiteSuffix(title: string, siteName: string | null): string {
  const parts = title.split(/\s+[|–—·»-]\s+/);
  if (parts.length < 2) return title;
  const last = parts[parts.length - 1]!;
  if (
    (siteName && last.toLowerCase() === siteName.toLowerCase()) ||
    (last.split(/\s+/).length <= 4 && parts.slice(0, -1).join(' ').split(/\s+/).length >= 3)
  ) {
    return title
      .slice(0, title.length - last.length)
      .replace(/\s+[|–—·»-]\s+$/, '')
      .trim();
  }
  return title;
}

function hostName(url: string | null): string | null {
  if (!url) return null;
  try {
    const host = new URL(url).hostname.replace(/^www\./, '');
    return host || null;
  } catch {
    return null;
  }
}

export function extractMetadata(doc: Document, url: string | null, articleRoot: Element | null): Metadata {
  const ld = jsonLdObjects(doc);
  const article = ld.find((object) => ARTICLE_TYPES.test(typeOf(object)) && (object.headline || object.author || object.datePublished));

  const siteName =
    clean(meta(doc, 'og:site_name', 'application-name')) ??
    clean(nameOf(article?.publisher)) ??
    clean(nameOf(ld.find((object) => /WebSite|Organization/.test(typeOf(object)))?.name)) ??
    hostName(url);

  const scope = articleRoot?.closest('article') ?? doc;
  const h1 = clean(scope.querySelector('h1')?.textContent ?? doc.querySelector('h1')?.textContent);
  const rawTitle =
    clean(typeof article?.headline === 'string' ? article.headline : null) ??
    clean(meta(doc, 'og:title', 'twitter:title')) ??
    h1 ??
    clean(doc.title);
  const title = rawTitle ? stripSiteSuffix(rawTitle, siteName) : null;

  const visibleAuthor =
    scope.querySelector(
      '[rel~="author"], [itemprop="author"] [itemprop="name"], [itemprop="author"], .byline .author, .author-name, .byline',
    ) ?? doc.querySelector('[rel~="author"], [itemprop="author"], .byline');
  const byline =
    clean(nameOf(article?.author)) ??
    clean(meta(doc, 'author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator')) ??
    clean(visibleAuthor?.textContent)?.replace(/^(?:by|von|autor|author|par|por|di|od)\s*:?\s+/i, '') ??
    null;

  const time = scope.querySelector('time[datetime]') ?? doc.querySelector('time[datetime]');
  const published =
    clean(typeof article?.datePublished === 'string' ? article.datePublished : null) ??
    clean(
      meta(
        doc,
        'article:published_time',
        'datePublished',
        'pubdate',
        'publishdate',
        'date',
        'dc.date.issued',
        'dc.date',
        'parsely-pub-date',
        'sailthru.date',
      ),
    ) ??
    clean(time?.getAttribute('datetime')) ??
    null;

  return { title, byline: byline && byline.length <= 120 ? byline : null, published, siteName };
}

/** The page's own address: canonical link, og:url, else what the caller knows. */
export function canonicalUrl(doc: Document): string | null {
  const candidates = [
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
  ];
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      return new URL(candidate).href;
    } catch {
      // relative or broken: try the next
    }
  }
  return null;
}
