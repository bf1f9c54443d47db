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
  /** The name the reader shows: the page's own, else its host name. */
  siteName: string | null;
  /** The name the page declares (og:site_name, application-name, JSON-LD publisher or site), null when it declares none. */
  siteNameDeclared: string | null;
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

/**
 * The first non-empty meta value of the keys, in their order. RDFa's
 * `property` may list several keys ("dc:title og:title") and is the more
 * deliberate of the two, so it is asked before `name`.
 */
function meta(metas: readonly Element[], ...keys: string[]): string | null {
  for (const key of keys) {
    const lower = asciiLower(key);
    // As `meta[property~="key" i]`, `meta[name="key" i]` and `meta[itemprop="key"]`, in that order, matched here
    // on the page's <meta> elements read once: each selector walked the whole page (~0.3 s on 50,000 elements).
    const matchers = [
      (element: Element) =>
        asciiLower(element.getAttribute('property') ?? '')
          .split(/[\t\n\f\r ]+/)
          .includes(lower),
      (element: Element) => asciiLower(element.getAttribute('name') ?? '') === lower,
      (element: Element) => element.getAttribute('itemprop') === key,
    ];
    for (const matches of matchers) {
      for (const element of metas) {
        if (!matches(element)) continue;
        const content = element.getAttribute('content')?.trim();
        if (content) return content;
      }
    }
  }
  return null;
}

/** Lower case as a selector's `i` flag compares: ASCII letters only. */
const asciiLower = (text: string) => text.replace(/[A-Z]/g, (letter) => letter.toLowerCase());

function clean(text: string | null | undefined): string | null {
  if (!text) return null;
  const collapsed = collapseWhitespace(text);
  return collapsed || null;
}

/**
 * A JSON-LD headline is trusted when it shares a word with what the page
 * shows as its title: some CMSs put a description or a type there
 * ("Wikimedia list article").
 */
function sharesWords(headline: string, others: Array<string | null | undefined>): boolean {
  const words = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? []);
  const own = words(headline);
  const known = others.filter((other): other is string => !!other);
  if (known.length === 0) return true;
  return known.some((other) => Array.from(words(other)).some((word) => own.has(word)));
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
  // A date run into the name ("Lucas Nolan22 Dec 2016651"), a relative date ("před 2 hodinami",
  // "3 hours ago", "vor 2 Stunden"), a weekday, and view or comment counters are not the name.
  byline = byline.replace(/(?<=\p{L})\s*\d{1,2}\.?\s*(?:jan|feb|mar|apr|may|mai|jun|jul|aug|sep|oct|okt|nov|dec|dez)[\s\S]*$/iu, '');
  byline = byline.replace(/\s+(?:před|vor|il y a|hace|há|fa|temu|назад)?\s*\d+\s+\p{L}+(?:\s+(?:ago|temu|назад|fa))?\s*$/iu, '');
  byline = byline.replace(
    /[\s,]+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\b[\s\S]*$/i,
    '',
  );
  byline = byline.replace(/[\s,;|•·-]+$/, '');
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

const MONTH_DAY_YEAR = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[ T](\d{1,2}:\d{2}(?::\d{2})?))?$/;
const DAY_MONTH_YEAR = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:,?\s+(\d{1,2}:\d{2}(?::\d{2})?))?$/;
const ISO_LIKE = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{1,2}:\d{2}(?::\d{2})?)(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

const pad = (value: string) => value.padStart(2, '0');

/**
 * A publication date as ISO 8601, keeping the page's own local time and
 * offset when it gives them ("2015-07-10 09:53:00 -0400" →
 * "2015-07-10T09:53:00-04:00"); dates in words are read by Date and given
 * as a UTC day. Null when it is not a date.
 */
export function isoDate(value: string | null): string | null {
  if (!value) return null;
  const text = value.trim();
  const iso = text.match(ISO_LIKE);
  if (iso) {
    const [, day, time, fraction, zone] = iso;
    if (!time) return day!;
    const clock = time.length <= 5 ? `${pad(time)}:00` : time.split(':').map(pad).join(':');
    const millis = fraction ? fraction.slice(0, 4).padEnd(4, '0') : '';
    const offset = !zone ? '' : zone.toUpperCase() === 'Z' ? 'Z' : zone.replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2');
    return `${day}T${clock}${millis}${offset}`;
  }
  const numeric = text.match(MONTH_DAY_YEAR) ?? text.match(DAY_MONTH_YEAR);
  if (numeric) {
    const [, first, second, year, time] = numeric;
    // Slashes are American (month first) unless the first number cannot be a month.
    const slashed = text.includes('/');
    const [month, day] = slashed && Number(first) <= 12 ? [first!, second!] : [second!, first!];
    if (Number(month) < 1 || Number(month) > 12 || Number(day) < 1 || Number(day) > 31) return null;
    const date = `${year}-${pad(month)}-${pad(day)}`;
    return time ? `${date}T${time.length <= 5 ? `${pad(time)}:00` : time.split(':').map(pad).join(':')}` : date;
  }
  const parsed = Date.parse(text);
  if (Number.isNaN(parsed) || !/\d{4}/.test(text)) return null;
  return new Date(parsed).toISOString().slice(0, 10);
}

export function extractMetadata(doc: Document, url: string | null, articleRoot: Element | null): Metadata {
  const ld = jsonLdObjects(doc);
  const metas = Array.from(doc.querySelectorAll('meta'));
  const article = ld.find((object) => ARTICLE_TYPES.test(typeOf(object)) && (object.headline || object.author || object.datePublished));

  const siteNameDeclared =
    clean(meta(metas, 'og:site_name', 'application-name')) ??
    clean(nameOf(article?.publisher)) ??
    clean(nameOf(ld.find((object) => /WebSite|Organization/.test(typeOf(object)))?.name));
  const siteName = siteNameDeclared ?? hostName(url);

  const scope = articleRoot?.closest('article') ?? doc;
  const h1 = clean(scope.querySelector('h1')?.textContent ?? doc.querySelector('h1')?.textContent);
  // The <title> element, not document.title: a page's script may redefine the property (even to throw).
  const titleElement = clean(doc.querySelector('title')?.textContent);
  const headline = clean(typeof article?.headline === 'string' ? article.headline : null);
  const rawTitle =
    (headline && sharesWords(headline, [titleElement, h1, meta(metas, 'og:title')]) ? headline : null) ??
    clean(meta(metas, 'dc:title', 'dcterm:title', 'dc.title', 'og:title', 'twitter:title', 'parsely-title')) ??
    titleElement ??
    headline ??
    h1;
  const title = rawTitle ? stripSiteSuffix(rawTitle, siteName) : null;

  const byline =
    cleanByline(nameOf(article?.author)) ??
    cleanByline(
      meta(metas, 'dc:creator', 'dcterm:creator', 'author', 'dc.creator', 'article:author', 'parsely-author', 'sailthru.author'),
    ) ??
    visibleByline(doc) ??
    null;

  const time = scope.querySelector('time[datetime]') ?? doc.querySelector('time[datetime]');
  const published = isoDate(
    clean(typeof article?.datePublished === 'string' ? article.datePublished : null) ??
      clean(
        meta(
          metas,
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
      null,
  );

  return { title, byline, published, siteName, siteNameDeclared };
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
