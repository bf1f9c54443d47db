/** Small helpers for the themes: escaping, URLs, dates and the article body. */
import type { Article, ArticleImage, RelatedPost, RenderOptions, Site } from './types';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#039;' };

/** Escapes text for an HTML text node or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** Alias used in templates: `${h(x)}`. */
export const h = escapeHtml;

/** JSON for an inline <script> (no "</script>" or "<!--" can close it early). */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

/** Deterministic 32-bit FNV-1a hash, used to pick page variants. */
export function hash(text: string): number {
  let x = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    x ^= text.charCodeAt(i);
    x = Math.imul(x, 0x01000193) >>> 0;
  }
  return x;
}

/** Picks one of `options` by a hash of `key`. */
export function pick<T>(key: string, options: readonly T[]): T {
  const value = options[hash(key) % options.length];
  if (value === undefined) throw new Error('pick: no options');
  return value;
}

/** A post id that looks like WordPress's, stable per article. */
export function postId(article: Pick<Article, 'id'>): number {
  return 10000 + (hash(article.id) % 80000);
}

export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

interface DateParts {
  year: string;
  month: string;
  day: string;
  hour: string;
  minute: string;
}

function dateParts(iso: string): DateParts {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(iso);
  if (!m) throw new Error(`bad date: ${iso}`);
  return { year: m[1] ?? '', month: m[2] ?? '', day: m[3] ?? '', hour: m[4] ?? '00', minute: m[5] ?? '00' };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export type DateStyle = 'long' | 'short' | 'dmy' | 'dmy-long' | 'slash' | 'dotted';

/** Formats the date part of an ISO date the way WordPress themes print it (no time-zone arithmetic). */
export function formatDate(iso: string, style: DateStyle = 'long'): string {
  const p = dateParts(iso);
  const month = MONTHS[Number(p.month) - 1] ?? '';
  const day = String(Number(p.day));
  switch (style) {
    case 'long':
      return `${month} ${day}, ${p.year}`;
    case 'short':
      return `${month.slice(0, 3)} ${day}, ${p.year}`;
    case 'dmy':
      return `${day} ${month.slice(0, 3)} ${p.year}`;
    case 'dmy-long':
      return `${day} ${month} ${p.year}`;
    case 'slash':
      return `${p.day}/${p.month}/${p.year}`;
    case 'dotted':
      return `${p.day}.${p.month}.${p.year}`;
  }
}

export function formatTime(iso: string): string {
  const p = dateParts(iso);
  return `${p.hour}:${p.minute}`;
}

/** The ISO date normalised to seconds, as WordPress prints it in datetime attributes. */
export function isoDate(iso: string): string {
  return iso.replace(/(T\d{2}:\d{2})(?!:)/, '$1:00');
}

/** Permalink of a post on a site. */
export function postUrl(site: Site, post: { slug: string; date: string; category: string }): string {
  const p = dateParts(post.date);
  switch (site.permalink ?? 'date') {
    case 'date':
      return `${site.url}/${p.year}/${p.month}/${p.day}/${post.slug}/`;
    case 'postname':
      return `${site.url}/${post.slug}/`;
    case 'category':
      return `${site.url}/${slugify(post.category)}/${post.slug}/`;
  }
}

export function categoryUrl(site: Site, category: string): string {
  return `${site.url}/category/${slugify(category)}/`;
}

export function tagUrl(site: Site, tag: string): string {
  return `${site.url}/tag/${slugify(tag) || 'tag'}/`;
}

export function authorSlug(byline: string): string {
  return slugify(byline) || 'admin';
}

export function authorUrl(site: Site, byline: string): string {
  return `${site.url}/author/${authorSlug(byline)}/`;
}

export function uploadUrl(site: Site, date: string, file: string): string {
  const p = dateParts(date);
  return `${site.url}/wp-content/uploads/${p.year}/${p.month}/${file}`;
}

/** A WordPress thumbnail variant of an uploaded file: name-300x200.jpg. */
export function sizedFile(file: string, width: number, height: number): string {
  const dot = file.lastIndexOf('.');
  return dot < 0 ? `${file}-${width}x${height}` : `${file.slice(0, dot)}-${width}x${height}${file.slice(dot)}`;
}

export function hostOf(site: Site): string {
  return site.url.replace(/^https?:\/\//, '');
}

/** The first words of the article for meta descriptions and excerpts. */
export function excerpt(article: Article, maxChars = 155): string {
  const first = article.paragraphs.find((p) => !p.startsWith('## ') && !p.startsWith('> ')) ?? article.title;
  if (first.length <= maxChars) return first;
  const cut = first.slice(0, maxChars);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

export type Block = { kind: 'p' | 'h2' | 'quote'; text: string };

export function blocks(article: Article): Block[] {
  return article.paragraphs.map((p) => {
    if (p.startsWith('## ')) return { kind: 'h2', text: p.slice(3).trim() };
    if (p.startsWith('> ')) return { kind: 'quote', text: p.slice(2).trim() };
    return { kind: 'p', text: p };
  });
}

export interface BodyParts {
  paragraph(block: Block): string;
  figure(image: ArticleImage, src: string): string;
  promo(post: RelatedPost, index: number): string;
  ad?(index: number): string;
}

/**
 * The article body with inline images (all images after the first, which the
 * themes show as the featured image), "read also" promo boxes and ad slots
 * placed after fixed paragraphs.
 */
export function assembleBody(article: Article, opts: RenderOptions, parts: BodyParts, promoCount = 2, adCount = 1): string {
  const list = blocks(article);
  const n = list.length;
  const related = opts.related ?? [];
  const out: string[] = [];
  const inlineImages = article.images.slice(1);
  const imageAfter = new Map<number, ArticleImage>();
  inlineImages.forEach((img, k) => imageAfter.set(Math.max(1, Math.floor((n * (k + 1)) / (inlineImages.length + 1))), img));
  const promoAfter = new Map<number, number>();
  const promoSlots = [1, Math.floor(n * 0.6), n - 2];
  for (let k = 0; k < Math.min(promoCount, related.length); k++) {
    let at = promoSlots[k] ?? n - 2;
    while (promoAfter.has(at) || imageAfter.has(at) || list[at + 1]?.kind === undefined) at--;
    if (at < 0) break;
    promoAfter.set(at, k);
  }
  const adAfter = new Set<number>();
  for (let k = 0; k < adCount; k++) adAfter.add(Math.min(n - 2, 3 + k * 4));
  list.forEach((block, i) => {
    out.push(parts.paragraph(block));
    const img = imageAfter.get(i);
    if (img) out.push(parts.figure(img, uploadUrl(opts.site, article.date, img.file)));
    const promo = promoAfter.get(i);
    const post = promo === undefined ? undefined : related[promo];
    if (post && promo !== undefined) out.push(parts.promo(post, promo));
    if (parts.ad && adAfter.has(i) && promo === undefined && !img) out.push(parts.ad(i));
  });
  return out.join('\n');
}

/** Default rendering of a paragraph block. */
export function basicParagraph(block: Block, quoteClass = 'wp-block-quote'): string {
  switch (block.kind) {
    case 'h2':
      return `<h2>${h(block.text)}</h2>`;
    case 'quote':
      return `<blockquote class="${quoteClass}"><p>${h(block.text)}</p></blockquote>`;
    case 'p':
      return `<p>${h(block.text)}</p>`;
  }
}

export function encodeUrl(text: string): string {
  return encodeURIComponent(text);
}

export interface ShareLinks {
  facebook: string;
  twitter: string;
  whatsapp: string;
  telegram: string;
  linkedin: string;
  pinterest: string;
  email: string;
}

export function shareLinks(url: string, title: string, image = ''): ShareLinks {
  const u = encodeUrl(url);
  const t = encodeUrl(title);
  return {
    facebook: `https://www.facebook.com/sharer/sharer.php?u=${u}`,
    twitter: `https://twitter.com/intent/tweet?text=${t}&url=${u}`,
    whatsapp: `https://api.whatsapp.com/send?text=${t}%20${u}`,
    telegram: `https://t.me/share/url?url=${u}&text=${t}`,
    linkedin: `https://www.linkedin.com/shareArticle?mini=true&url=${u}&title=${t}`,
    pinterest: `https://pinterest.com/pin/create/button/?url=${u}&media=${encodeUrl(image)}&description=${t}`,
    email: `mailto:?subject=${t}&body=${u}`,
  };
}

/** Gravatar-style avatar URL, stable per author. */
export function avatarUrl(byline: string, size = 96): string {
  const x = hash(byline).toString(16).padStart(8, '0');
  return `https://secure.gravatar.com/avatar/${x.repeat(4)}?s=${size}&d=mm&r=g`;
}

/** How MT engines render the source-language "read also" lead-ins that editors put into the body. */
const MT_PROMO_LABELS: Record<string, string[]> = {
  pl: ['Also read:', 'Read also:', 'See also:'],
  ru: ['Read also:', 'Read also:', 'Also read:'],
  uk: ['Read also:', 'Read also:', 'Also read:'],
  cs: ['Read also:', 'It might interest you:', 'Read also:'],
  tr: ['It may interest you:', 'Also read:', 'It May Interest You'],
  de: ['Also read:', 'Read also:', 'Also read:'],
  fr: ['Read also:', 'To read also:', 'Read also:'],
  es: ['Read also:', 'It may interest you:', 'Also read:'],
  it: ['Read also:', 'Read also:', 'Also read:'],
  pt: ['Read too:', 'See too:', 'Read also:'],
};

const ENGLISH_PROMO_LABELS = ['Related:', 'Read more:', 'See also:', 'More:', 'READ MORE:', 'Also Read:'];

/**
 * Lead-in of a promo paragraph in the body: on MT pages with visible
 * artefacts the translated source phrase, otherwise an English editor's phrase.
 */
export function promoLabel(article: Article): string {
  const src = article.sourceLanguage;
  if (article.label === 'mt' && src && (article.artefacts === 'heavy' || article.artefacts === 'light')) {
    return pick(article.id + 'promo', MT_PROMO_LABELS[src] ?? ['Read also:']);
  }
  return pick(article.id + 'promo', ENGLISH_PROMO_LABELS);
}

/** The promo paragraph editors type into the body: "<strong>Read also:</strong> <a>title</a>". */
export function editorPromo(article: Article, post: RelatedPost, cls = ''): string {
  const c = cls ? ` class="${cls}"` : '';
  return `<p${c}><strong>${h(promoLabel(article))}</strong> <a href="${h(post.url)}">${h(post.title)}</a></p>`;
}
