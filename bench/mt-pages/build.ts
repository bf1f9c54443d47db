/**
 * npx tsx bench/mt-pages/build.ts
 *
 * Renders every article in articles/ into pages/<id>.html with a theme, a
 * translation plugin (or none), a site and an <html lang>, all picked by fixed
 * rules from the article's group (source language, or "human") and its rank in
 * that group, and writes manifest.json. Deterministic: the same articles give
 * the same bytes. Stale pages (no article any more) are deleted.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { postUrl, sizedFile, uploadUrl } from './html';
import { THEMES, THEME_NAMES, type ThemeName } from './themes/index';
import {
  ARTEFACT_LEVELS,
  SOURCE_LANGUAGES,
  type Article,
  type PluginName,
  type RelatedPost,
  type Site,
  type SourceLanguage,
} from './types';

const ROOT = dirname(fileURLToPath(import.meta.url));
const ARTICLES = join(ROOT, 'articles');
const PAGES = join(ROOT, 'pages');

/** One content farm and one honest outlet per theme (all on the reserved .example TLD). */
const SITES: Record<ThemeName, { mt: Site; human: Site }> = {
  newspaper: {
    mt: { name: 'NewsBeat 24', url: 'https://newsbeat24.example', tagline: 'Breaking news from around the world', permalink: 'date' },
    human: {
      name: 'Eastern Ledger',
      url: 'https://easternledger.example',
      tagline: 'Reporting on Central and Eastern Europe since 2009',
      permalink: 'date',
    },
  },
  jnews: {
    mt: {
      name: 'The World Times Now',
      url: 'https://worldtimesnow.example',
      tagline: 'Latest world news, politics, sport and entertainment',
      permalink: 'postname',
    },
    human: {
      name: 'The Continental Desk',
      url: 'https://continentaldesk.example',
      tagline: 'Independent reporting from across Europe and Eurasia',
      permalink: 'postname',
    },
  },
  jannah: {
    mt: {
      name: 'Headlines Planet',
      url: 'https://headlinesplanet.example',
      tagline: 'All the headlines in one place',
      permalink: 'category',
    },
    human: {
      name: 'East-West Review',
      url: 'https://eastwestreview.example',
      tagline: 'News and analysis from Europe’s eastern edge',
      permalink: 'category',
    },
  },
  soledad: {
    mt: { name: 'Global Trend Post', url: 'https://globaltrendpost.example', tagline: 'Trending stories every day', permalink: 'postname' },
    human: {
      name: 'The Meridian Weekly',
      url: 'https://meridianweekly.example',
      tagline: 'World news, culture and sport',
      permalink: 'postname',
    },
  },
  generatepress: {
    mt: { name: 'Today News Hub', url: 'https://todaynewshub.example', tagline: 'Your daily news hub', permalink: 'date' },
    human: {
      name: 'The Eurasia Observer',
      url: 'https://eurasiaobserver.example',
      tagline: 'Europe, the Caucasus and Central Asia',
      permalink: 'date',
    },
  },
  astra: {
    mt: { name: 'Daily Express Wire', url: 'https://dailyexpresswire.example', tagline: 'News as it happens', permalink: 'postname' },
    human: {
      name: 'Borderlands Brief',
      url: 'https://borderlandsbrief.example',
      tagline: 'Europe’s borderlands, in English',
      permalink: 'category',
    },
  },
  twentytwentyone: {
    mt: { name: 'Europe Live Feed', url: 'https://europelivefeed.example', tagline: 'European news around the clock', permalink: 'date' },
    human: {
      name: 'Central Europe Review',
      url: 'https://centraleuropereview.example',
      tagline: 'Central European affairs for English readers',
      permalink: 'date',
    },
  },
};

/** Plugin by rank in an MT group; any five consecutive entries hold both a plugin and none. */
const MT_PLUGINS: (PluginName | null)[] = [
  'gtranslate',
  null,
  'translatepress',
  'google-language-translator',
  null,
  'weglot',
  'gtranslate',
  null,
];
/** Honest sites: mostly none, a GTranslate switcher being the common exception. */
const HUMAN_PLUGINS: (PluginName | null)[] = [
  null,
  'gtranslate',
  null,
  null,
  'translatepress',
  null,
  'google-language-translator',
  'gtranslate',
  null,
  'weglot',
  null,
  null,
  'gtranslate',
];

const SOURCE_LANG_TAGS: Record<SourceLanguage, string> = {
  pl: 'pl-PL',
  ru: 'ru-RU',
  uk: 'uk',
  cs: 'cs-CZ',
  tr: 'tr',
  de: 'de-DE',
  fr: 'fr-FR',
  es: 'es-ES',
  it: 'it-IT',
  pt: 'pt-PT',
};
/** <html lang> by rank in an MT group: "src" is the source language left in, null no attribute. */
const MT_LANGS: (string | null)[] = ['en-US', 'en-US', 'src', 'en-US', null, 'en-GB', 'en-US', 'src', 'en-US'];
const HUMAN_LANGS: (string | null)[] = ['en-US', 'en-GB', 'en-US', 'en-US', null, 'en-GB', 'en-US'];

export interface ManifestEntry {
  file: string;
  id: string;
  label: Article['label'];
  sourceLanguage: SourceLanguage | null;
  theme: ThemeName;
  plugin: PluginName | null;
  artefacts: Article['artefacts'];
  url: string;
  htmlLang: string | null;
  site: string;
}

function fail(message: string): never {
  throw new Error(message);
}

function isString(x: unknown): x is string {
  return typeof x === 'string' && x.trim().length > 0;
}

export function wordCountOf(article: Article): number {
  return article.paragraphs
    .map((p) => p.replace(/^(## |> )/, ''))
    .join(' ')
    .split(/\s+/)
    .filter(Boolean).length;
}

/** Parses and checks one article file; throws with the file name on the first problem. */
export function readArticle(file: string): Article {
  const raw: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const where = file.slice(ROOT.length + 1);
  if (typeof raw !== 'object' || raw === null) fail(`${where}: not an object`);
  const a = raw as Record<string, unknown>;
  for (const key of ['id', 'title', 'slug', 'category', 'date', 'byline', 'bio'])
    if (!isString(a[key])) fail(`${where}: "${key}" must be a non-empty string`);
  if (`${String(a.id)}.json` !== file.split('/').pop()) fail(`${where}: id "${String(a.id)}" does not match the file name`);
  if (a.label !== 'mt' && a.label !== 'human') fail(`${where}: label must be "mt" or "human"`);
  if (!ARTEFACT_LEVELS.includes(a.artefacts as Article['artefacts'])) fail(`${where}: bad artefacts ${String(a.artefacts)}`);
  if (a.label === 'human') {
    if (a.sourceLanguage !== null) fail(`${where}: human articles have sourceLanguage null`);
    if (a.artefacts !== 'none') fail(`${where}: human articles have artefacts "none"`);
  } else {
    if (!SOURCE_LANGUAGES.includes(a.sourceLanguage as SourceLanguage)) fail(`${where}: bad sourceLanguage ${String(a.sourceLanguage)}`);
    if (a.artefacts === 'none') fail(`${where}: MT articles need an artefact level other than "none"`);
  }
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(String(a.slug))) fail(`${where}: slug must be lower-case ASCII words joined by hyphens`);
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z)$/.test(String(a.date)))
    fail(`${where}: date must be ISO 8601 with an offset`);
  for (const key of ['tags', 'paragraphs', 'notes']) {
    const list = a[key];
    if (!Array.isArray(list) || !list.every(isString)) fail(`${where}: "${key}" must be a list of non-empty strings`);
  }
  if (!Array.isArray(a.images) || a.images.length === 0) fail(`${where}: "images" must be a non-empty list`);
  for (const img of a.images as unknown[]) {
    const i = img as Record<string, unknown>;
    if (typeof img !== 'object' || img === null || !isString(i.file) || typeof i.alt !== 'string')
      fail(`${where}: every image needs "file" and "alt"`);
    if (i.caption !== undefined && typeof i.caption !== 'string') fail(`${where}: image caption must be a string`);
    if (/[\s/]/.test(String(i.file))) fail(`${where}: image file "${String(i.file)}" must be a bare file name`);
  }
  if (a.label === 'mt' && (a.notes as string[]).length === 0) fail(`${where}: MT articles list their artefacts in "notes"`);
  return a as unknown as Article;
}

export function loadArticles(): Article[] {
  const files = readdirSync(ARTICLES)
    .filter((f) => f.endsWith('.json'))
    .sort();
  const articles = files.map((f) => readArticle(join(ARTICLES, f)));
  const slugs = new Map<string, string>();
  for (const a of articles) {
    const other = slugs.get(a.slug);
    if (other) fail(`articles ${other} and ${a.id} share the slug ${a.slug}`);
    slugs.set(a.slug, a.id);
  }
  return articles;
}

interface Assignment {
  theme: ThemeName;
  plugin: PluginName | null;
  lang: string | null;
  site: Site;
}

function groupKey(a: Article): string {
  return a.sourceLanguage ?? 'human';
}

/** Theme, plugin, site and <html lang> for every article, by group and rank. */
export function assign(articles: Article[]): Map<string, Assignment> {
  const groups = new Map<string, Article[]>();
  for (const a of articles) groups.set(groupKey(a), [...(groups.get(groupKey(a)) ?? []), a]);
  const out = new Map<string, Assignment>();
  for (const [key, list] of [...groups.entries()].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) {
    list.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
    const human = key === 'human';
    const g = human ? 0 : SOURCE_LANGUAGES.indexOf(key as SourceLanguage);
    const plugins: (PluginName | null)[] = list.map(
      (_, i) => (human ? HUMAN_PLUGINS[i % HUMAN_PLUGINS.length] : MT_PLUGINS[(i + g * 3) % MT_PLUGINS.length]) ?? null,
    );
    // Every group of two or more gets pages with and without a plugin.
    if (list.length >= 2 && !plugins.includes(null)) plugins[plugins.length - 1] = null;
    if (list.length >= 2 && !plugins.some(Boolean)) plugins[0] = 'gtranslate';
    list.forEach((a, i) => {
      // A step of 3 through 7 themes gives distinct themes to up to 7 articles of a group.
      const theme = THEME_NAMES[(human ? i : i * 3 + g * 2) % THEME_NAMES.length] ?? 'newspaper';
      const plugin = plugins[i] ?? null;
      let lang = (human ? HUMAN_LANGS[i % HUMAN_LANGS.length] : MT_LANGS[(i + g) % MT_LANGS.length]) ?? null;
      if (lang === 'src') lang = SOURCE_LANG_TAGS[key as SourceLanguage];
      // Multilingual plugins print the language being shown.
      if (plugin === 'translatepress') lang = 'en-US';
      if (plugin === 'weglot') lang = 'en';
      out.set(a.id, { theme, plugin, lang, site: SITES[theme][human ? 'human' : 'mt'] });
    });
  }
  return out;
}

/** Up to four other posts of the same group (a farm translates from one source), next in id order. */
function relatedFor(article: Article, articles: Article[], site: Site): RelatedPost[] {
  let pool = articles.filter((a) => groupKey(a) === groupKey(article));
  if (pool.length < 3) pool = articles.filter((a) => a.label === article.label);
  const start = pool.findIndex((a) => a.id === article.id);
  const picked: Article[] = [];
  for (let k = 1; k < pool.length && picked.length < 4; k++) {
    const other = pool[(start + k) % pool.length];
    if (other && other.id !== article.id) picked.push(other);
  }
  return picked.map((p) => ({
    title: p.title,
    url: postUrl(site, p),
    date: p.date,
    category: p.category,
    image: p.images[0] ? uploadUrl(site, p.date, sizedFile(p.images[0].file, 300, 200)) : undefined,
  }));
}

function count<T>(items: T[], key: (x: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const x of items) out[key(x)] = (out[key(x)] ?? 0) + 1;
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function main(): void {
  const articles = loadArticles();
  const assignments = assign(articles);
  if (!existsSync(PAGES)) mkdirSync(PAGES, { recursive: true });
  const manifest: ManifestEntry[] = [];
  const warnings: string[] = [];
  for (const article of articles) {
    const as = assignments.get(article.id);
    if (!as) fail(`no assignment for ${article.id}`);
    const words = wordCountOf(article);
    if (words < 250 || words > 600) warnings.push(`${article.id}: ${words} words (expected 250-600)`);
    const related = relatedFor(article, articles, as.site);
    const html = THEMES[as.theme](article, { plugin: as.plugin, site: as.site, related, lang: as.lang });
    const file = `pages/${article.id}.html`;
    writeFileSync(join(ROOT, file), html.endsWith('\n') ? html : `${html}\n`);
    manifest.push({
      file,
      id: article.id,
      label: article.label,
      sourceLanguage: article.sourceLanguage,
      theme: as.theme,
      plugin: as.plugin,
      artefacts: article.artefacts,
      url: postUrl(as.site, article),
      htmlLang: as.lang,
      site: as.site.name,
    });
  }
  const keep = new Set(articles.map((a) => `${a.id}.html`));
  for (const f of readdirSync(PAGES)) if (f.endsWith('.html') && !keep.has(f)) unlinkSync(join(PAGES, f));
  writeFileSync(join(ROOT, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);

  // Coverage the README promises, per source language.
  for (const lang of new Set(manifest.filter((m) => m.sourceLanguage).map((m) => m.sourceLanguage))) {
    const rows = manifest.filter((m) => m.sourceLanguage === lang);
    if (rows.length < 2) continue;
    if (new Set(rows.map((m) => m.theme)).size < 2) warnings.push(`${lang}: fewer than 2 themes`);
    if (!rows.some((m) => m.plugin) || !rows.some((m) => !m.plugin)) warnings.push(`${lang}: not both with and without plugin`);
  }

  console.log(`${manifest.length} pages written to ${PAGES}`);
  const table = {
    label: count(manifest, (m) => m.label),
    sourceLanguage: count(manifest, (m) => m.sourceLanguage ?? 'null (human)'),
    theme: count(manifest, (m) => m.theme),
    plugin: count(manifest, (m) => m.plugin ?? 'none'),
    artefacts: count(manifest, (m) => m.artefacts),
    htmlLang: count(manifest, (m) => m.htmlLang ?? 'missing'),
    'language x artefacts': count(manifest, (m) => `${m.sourceLanguage ?? 'human'} ${m.artefacts}`),
  };
  for (const [k, v] of Object.entries(table)) console.log(`${k}: ${JSON.stringify(v)}`);
  for (const w of warnings) console.warn(`warning: ${w}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) main();
