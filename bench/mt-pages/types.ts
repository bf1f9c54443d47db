/** Shapes shared by the article files, the themes and the build script. */

export type Label = 'mt' | 'human';
export type SourceLanguage = 'pl' | 'ru' | 'uk' | 'cs' | 'tr' | 'de' | 'fr' | 'es' | 'it' | 'pt';
export type Artefacts = 'heavy' | 'light' | 'minimal' | 'none';

export const SOURCE_LANGUAGES: readonly SourceLanguage[] = ['pl', 'ru', 'uk', 'cs', 'tr', 'de', 'fr', 'es', 'it', 'pt'];
export const ARTEFACT_LEVELS: readonly Artefacts[] = ['heavy', 'light', 'minimal', 'none'];

export interface ArticleImage {
  file: string;
  alt: string;
  caption?: string;
}

/** One article file in articles/<id>.json. */
export interface Article {
  id: string;
  label: Label;
  sourceLanguage: SourceLanguage | null;
  artefacts: Artefacts;
  title: string;
  slug: string;
  category: string;
  tags: string[];
  /** ISO 8601 with offset, e.g. 2023-03-14T09:12:00+01:00. */
  date: string;
  byline: string;
  bio: string;
  images: ArticleImage[];
  /** Body paragraphs; "## " starts a subheading, "> " a quote. */
  paragraphs: string[];
  notes: string[];
}

export type PluginName = 'gtranslate' | 'translatepress' | 'weglot' | 'google-language-translator';
export const PLUGIN_NAMES: readonly PluginName[] = ['gtranslate', 'translatepress', 'weglot', 'google-language-translator'];

export type Permalink = 'date' | 'postname' | 'category';

export interface Site {
  name: string;
  /** Origin without a trailing slash, e.g. https://newsbeat24.example */
  url: string;
  tagline?: string;
  /** WordPress permalink structure; "date" (/%year%/%monthnum%/%day%/%postname%/) when absent. */
  permalink?: Permalink;
}

/** A post linked from the page ("Also read", related posts, sidebar). */
export interface RelatedPost {
  title: string;
  url: string;
  date: string;
  category: string;
  image?: string;
}

export interface RenderOptions {
  plugin: PluginName | null;
  site: Site;
  /** Other posts of the same site for promo boxes and related-post blocks. */
  related?: RelatedPost[];
  /** Value of <html lang>; undefined means "en-US", null means no attribute. */
  lang?: string | null;
}

export type ThemeRender = (article: Article, opts: RenderOptions) => string;
