/**
 * Content-farm pages built around real text from ../shared/corpus/mt-real
 * (bench/mt-real.ts): real machine translation, real human translation of
 * the same sources, and English originals, each put on a plain WordPress-like
 * page at four levels of evidence around the text:
 *   text      the page says nothing: English slug, English image names;
 *   assets    the slug, image file names and image descriptions are in the
 *             source language (from the corpus' source sentences: Cyrillic
 *             slugs percent-encoded or transliterated, Chinese percent-encoded);
 *   declared  as assets, and <html lang> and og:locale name the source language;
 *   plugin    as declared, and the markup of a translation plugin (GTranslate)
 *             whose settings name the source language as the site's.
 * Human translations are built at the first two levels (a translator's site
 * may keep the original's slugs and images), English originals at the first.
 * The page's frame is our own; the text in it is not.
 * With `headingsEvery` (PageOptions), a subhead stands before every n-th
 * paragraph after the first, as on farm pages that break an article up:
 * an <h2> of the next paragraph's first three to six words, the same rule for
 * every kind, so MT gets MT's words and a person's text its own. The page's
 * text then ends each subhead by a line break, a short sentence of its own
 * (lib/detect/text-model/model.ts passagesOf), which the text model's
 * `sentence-length-sd` reads.
 */
import { words } from '../lib/text/words';
import { hashString, type Passage } from './mt-real';

export const LEVELS = ['text', 'assets', 'declared', 'plugin'] as const;
export type Level = (typeof LEVELS)[number];

export interface PageOptions {
  /** A subhead before every n-th paragraph after the first (1: before each of them); none when absent. */
  headingsEvery?: number;
}

export interface RealPage {
  id: string;
  kind: Passage['kind'];
  language: string | null;
  level: Level;
  url: string;
  html: string;
}

const RU_LATIN: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  і: 'i',
  ї: 'yi',
  є: 'ye',
  ґ: 'g',
};

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A slug as WordPress makes one: lower case, hyphens; non-Latin letters kept (and percent-encoded in the URL). */
function slugOf(text: string, maxWords = 6): string {
  return (text.toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu) ?? []).slice(0, maxWords).join('-');
}

/** A Cyrillic slug, transliterated as many Russian sites' slug plugins do (`moshenniki-pensionerka`). */
function transliterate(slug: string): string {
  return [...slug].map((letter) => RU_LATIN[letter] ?? letter).join('');
}

function sourceSlug(sourceText: string, seed: number, maxWords = 6): string {
  const raw = slugOf(
    sourceText.replace(/[\p{Script=Han}]/gu, (char) => char),
    maxWords,
  );
  // Chinese has no spaces: take the first characters as one slug word.
  const slug = /\p{Script=Han}/u.test(raw) ? [...sourceText.replace(/[^\p{Script=Han}]/gu, '')].slice(0, 10).join('') : raw;
  if (/\p{Script=Cyrillic}/u.test(slug) && seed % 2 === 0) return transliterate(slug);
  return encodeURIComponent(slug).replace(/%2D/gi, '-');
}

function paragraphs(text: string): string[] {
  const sentences = text.split(/(?<=[.!?]["”]?)\s+(?=[A-Z"“])/);
  const result: string[] = [];
  for (let index = 0; index < sentences.length; index += 3) result.push(sentences.slice(index, index + 3).join(' '));
  return result;
}

/** Words a subhead ends on in no headline ("Talks between the", "Prices rose by"): dropped from its end. */
const DANGLING = new Set(
  'a an and are as at be been but by for from had has have he her his in is it its of on or she that the their they to was were which who with'.split(
    ' ',
  ),
);

/** A subhead made of a paragraph's first three to six words (by `seed`), without their punctuation or a dangling word at the end. */
export function subheadOf(paragraph: string, seed: number): string {
  const list = paragraph
    .split(/\s+/)
    .slice(0, 3 + (seed % 4))
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean);
  while (list.length > 2 && DANGLING.has(list[list.length - 1]!.toLowerCase())) list.pop();
  const text = list.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function pageHtml(options: {
  title: string;
  body: string;
  url: string;
  lang: string;
  images: Array<{ file: string; alt: string }>;
  plugin: string | null;
  headingsEvery?: number;
  /** Chooses the subheads' lengths: the text's, so that every level of one text gets the same subheads. */
  seed: number;
}): string {
  const [first, ...rest] = paragraphs(options.body);
  const image = (index: number) => {
    const item = options.images[index];
    return item
      ? `<figure class="wp-block-image"><img src="https://cdn.farm.example/wp-content/uploads/2024/03/${item.file}" alt="${escapeHtml(item.alt)}"></figure>`
      : '';
  };
  const every = options.headingsEvery;
  const subhead = (paragraph: string, position: number) =>
    every && position % every === 0
      ? `<h2 class="wp-block-heading">${escapeHtml(subheadOf(paragraph, options.seed + position))}</h2>\n`
      : '';
  const plugin = options.plugin
    ? `<div class="gtranslate_wrapper"></div><script>window.gtranslateSettings = {"default_language":"${options.plugin}","languages":["${options.plugin}","en","de","fr"],"wrapper_selector":".gtranslate_wrapper"}</script><script src="https://cdn.gtranslate.net/widgets/latest/float.js" defer></script>`
    : '';
  return `<!DOCTYPE html>
<html lang="${options.lang}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(options.title)} – World News Daily</title>
<link rel="canonical" href="${options.url}">
<meta property="og:locale" content="${options.lang === 'en' ? 'en_US' : `${options.lang}_${options.lang.toUpperCase()}`}">
<meta property="og:title" content="${escapeHtml(options.title)}">
${options.images[0] ? `<meta property="og:image" content="https://cdn.farm.example/wp-content/uploads/2024/03/${options.images[0].file}">` : ''}
</head>
<body class="post-template-default single single-post">
<header class="site-header"><a class="site-title" href="https://farm.example/">World News Daily</a>
<nav class="main-navigation"><ul><li><a href="/world/">World</a></li><li><a href="/politics/">Politics</a></li><li><a href="/business/">Business</a></li><li><a href="/sport/">Sport</a></li></ul></nav>
${plugin}</header>
<main id="main" class="site-main">
<article class="post type-post status-publish format-standard">
<header class="entry-header"><h1 class="entry-title">${escapeHtml(options.title)}</h1>
<div class="entry-meta"><span class="posted-on">March 12, 2024</span> <span class="byline">by Editorial Team</span></div></header>
<div class="entry-content">
${image(0)}
<p>${escapeHtml(first ?? '')}</p>
${rest.map((paragraph, index) => `${subhead(paragraph, index + 1)}<p>${escapeHtml(paragraph)}</p>${index === 1 ? image(1) : ''}`).join('\n')}
</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="/world/" rel="category tag">World</a></span></footer>
</article>
</main>
<footer class="site-footer"><p>© 2024 World News Daily. All rights reserved.</p></footer>
</body>
</html>`;
}

function titleOf(text: string): string {
  const first = words(text).slice(0, 9).join(' ');
  return first.charAt(0).toUpperCase() + first.slice(1);
}

/** One page of `text` at `level`; `sourceText` gives the foreign slug, file names and alt texts. */
export function buildPage(id: string, passage: Passage, text: string, level: Level, options: PageOptions = {}): RealPage {
  const seed = hashString(id);
  const title = titleOf(text);
  const foreign = level !== 'text' && passage.language && passage.sourceText;
  // Sentences end with . ! ? (Latin, Cyrillic), 。 (Chinese) or । (the danda of Nepali and Hindi).
  const sourceWords = foreign ? passage.sourceText!.split(/(?<=[.!?。।])\s*/) : [];
  const slug = foreign ? sourceSlug(passage.sourceText!, seed) : slugOf(title);
  const url = `https://farm.example/2024/03/12/${slug}/`;
  const images = foreign
    ? [0, 1].map((index) => {
        const sentence = sourceWords[index] ?? sourceWords[0] ?? '';
        return { file: `${sourceSlug(sentence, seed + index, 4)}.jpg`, alt: sentence.split(/\s+/).slice(0, 10).join(' ') };
      })
    : [
        { file: `${slugOf(title, 3)}-1.jpg`, alt: title },
        { file: `${slugOf(title, 2)}-photo.jpg`, alt: '' },
      ];
  const lang = level === 'declared' || level === 'plugin' ? passage.language! : 'en';
  const plugin = level === 'plugin' ? passage.language : null;
  return {
    id,
    kind: passage.kind,
    language: passage.language,
    level,
    url,
    html: pageHtml({ title, body: text, url, lang, images, plugin, headingsEvery: options.headingsEvery, seed: hashString(text) }),
  };
}

/**
 * Pages for the benchmark: per source language and kind, up to `perLanguage`
 * texts of two consecutive passages (~300 words) of one document and system.
 */
export function buildPages(passages: Passage[], perLanguage = 15, options: PageOptions = {}): RealPage[] {
  const byKey = new Map<string, Passage[]>();
  for (const passage of passages) {
    if (passage.kind === 'post-edit') continue;
    const key = `${passage.kind}|${passage.language ?? 'en'}|${passage.source}|${passage.system ?? ''}|${passage.group}`;
    byKey.set(key, [...(byKey.get(key) ?? []), passage]);
  }
  const texts = new Map<string, Array<{ id: string; passage: Passage; text: string }>>();
  for (const [key, list] of [...byKey.entries()].sort((a, b) => hashString(a[0]) - hashString(b[0]))) {
    const [kind, language] = key.split('|');
    if (list.length < 2 || list[0]!.system === 'mixed') continue;
    const bucket = `${kind}|${language}`;
    const have = texts.get(bucket) ?? [];
    if (have.length >= perLanguage) continue;
    const joined = { ...list[0]!, sourceText: [list[0]!.sourceText, list[1]!.sourceText].filter(Boolean).join(' ') };
    have.push({ id: `${bucket.replace('|', '-')}-${have.length}`, passage: joined, text: `${list[0]!.text} ${list[1]!.text}` });
    texts.set(bucket, have);
  }
  const pages: RealPage[] = [];
  for (const list of texts.values()) {
    for (const { id, passage, text } of list) {
      const levels: readonly Level[] =
        passage.kind === 'mt' ? LEVELS : passage.kind === 'human-translation' ? ['text', 'assets'] : ['text'];
      for (const level of levels) pages.push(buildPage(`${id}-${level}`, passage, text, level, options));
    }
  }
  return pages;
}
