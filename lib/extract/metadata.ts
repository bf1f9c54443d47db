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

const BYLINE_SELECTORS = [
  '[itemprop~="author"] [itemprop="name"]',
  '[rel~="author"]',
  '[itemprop~="author"]',
  '.byline .author',
  '.author-name',
  '.byline',
  '[class*="byline" i]',
  '[class~="author"]',
  '[class*="author" i]:not([class*="box" i]):not([class*="bio" i])',
  '.dateline',
];

/**
 * "By Dan Goodin - Apr 16, 2015 8:02 pm UTC" → "Dan Goodin": the prefix and
 * a trailing date go; addresses (og:article:author is often a profile URL)
 * and long texts are not names.
 */
function cleanByline(text: string | null | undefined): string | null {
  let byline = clean(text);
  if (!byline || /^https?:\/\//.test(byline)) return null;
  byline = byline.replace(/^(?:written\s+)?(?:by|von|autor(?:in)?|author|par|por|di|od|door)\s*:?\s+/i, '');
  byline = byline.replace(/\s+[-–—|•·,]\s*(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|updated|published|posted)[\s\S]*$/i, '');
  byline = byline.replace(/\s*\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}[\s\S]*$/i, '');
  byline = byline.trim();
  return byline && byline.length <= 100 ? byline : null;
}

/** The first short element that page markup calls the author's. */
function visibleByline(doc: Document): string | null {
  for (const selector of BYLINE_SELECTORS) {
    for (const element of Array.from(doc.querySelectorAll(selector)).slice(0, 5)) {
      const byline = cleanByline(element.textContent);
      if (byline && byline.length >= 3 && /\p{L}/u.test(byline)) return byline;
    }
  }
  return null;
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
    clean(meta(doc, 'dc.title', 'dcterm:title', 'og:title', 'twitter:title', 'parsely-title')) ??
    // The <title> element, not document.title: a page's script may redefine the property (even to throw).
    clean(doc.querySelector('title')?.textContent) ??
    h1;
  const title = rawTitle ? stripSiteSuffix(rawTitle, siteName) : null;

  const byline =
    cleanByline(nameOf(article?.author)) ??
    cleanByline(meta(doc, 'author', 'dc.creator', 'article:author', 'parsely-author', 'sailthru.author')) ??
    visibleByline(doc) ??
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

  return { title, byline, published, siteName };
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
