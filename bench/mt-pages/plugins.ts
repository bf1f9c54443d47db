/**
 * Markup of WordPress translation plugins as it appears in saved pages (after
 * their scripts ran): GTranslate (v2 select and v3 wrapper), TranslatePress,
 * Weglot and Google Language Translator.
 */
import { h, hash, hostOf, scriptJson } from './html';
import type { Article, PluginName, Site } from './types';

const NATIVE_NAMES: Record<string, [english: string, native: string, locale: string, flag: string]> = {
  en: ['English', 'English', 'en_US', 'united-states'],
  pl: ['Polish', 'Polski', 'pl_PL', 'poland'],
  ru: ['Russian', 'Русский', 'ru_RU', 'russia'],
  uk: ['Ukrainian', 'Українська', 'uk', 'ukraine'],
  cs: ['Czech', 'Čeština', 'cs_CZ', 'czech-republic'],
  tr: ['Turkish', 'Türkçe', 'tr_TR', 'turkey'],
  de: ['German', 'Deutsch', 'de_DE', 'germany'],
  fr: ['French', 'Français', 'fr_FR', 'france'],
  es: ['Spanish', 'Español', 'es_ES', 'spain'],
  it: ['Italian', 'Italiano', 'it_IT', 'italy'],
  pt: ['Portuguese', 'Português', 'pt_PT', 'portugal'],
  ar: ['Arabic', 'العربية', 'ar', 'saudi-arabia'],
  zh: ['Chinese (Simplified)', '简体中文', 'zh_CN', 'china'],
  nl: ['Dutch', 'Nederlands', 'nl_NL', 'netherlands'],
  ja: ['Japanese', '日本語', 'ja', 'japan'],
  hi: ['Hindi', 'हिन्दी', 'hi_IN', 'india'],
};

function names(code: string): [string, string, string, string] {
  return NATIVE_NAMES[code] ?? [code, code, code, code];
}

/** Languages a site offers besides English; content farms usually list the source language too. */
export function siteLanguages(article: Article, plugin: PluginName): string[] {
  const many = ['ar', 'zh', 'nl', 'fr', 'de', 'it', 'pt', 'ru', 'es', 'ja', 'hi', 'pl', 'tr', 'uk'];
  const few = pickFew(article, ['de', 'fr', 'es', 'uk', 'pl', 'it']);
  const base = plugin === 'gtranslate' || plugin === 'google-language-translator' ? many : few;
  const src = article.sourceLanguage;
  const list = src && !base.includes(src) ? [src, ...base] : base;
  return list.filter((l) => l !== 'en');
}

function pickFew(article: Article, pool: string[]): string[] {
  const start = hash(article.id) % pool.length;
  return [0, 1, 2].map((k) => pool[(start + k) % pool.length] ?? 'de');
}

export interface PluginParts {
  /** Inside <head>. */
  head: string;
  /** Extra classes for <body>. */
  bodyClass: string;
  /** A switcher for the header or a widget area. */
  switcher: string;
  /** Floating switcher and scripts before </body>. */
  footer: string;
  /** Hidden inputs that the plugin adds to every form. */
  formHidden: string;
  /** Attribute that TranslatePress adds to translated gettext strings. */
  gettext(n: number): string;
}

const NONE: PluginParts = { head: '', bodyClass: '', switcher: '', footer: '', formHidden: '', gettext: () => '' };

export function pluginParts(plugin: PluginName | null, article: Article, site: Site, pageUrl: string): PluginParts {
  if (!plugin) return NONE;
  const langs = siteLanguages(article, plugin);
  const path = pageUrl.slice(site.url.length) || '/';
  switch (plugin) {
    case 'gtranslate':
      return gtranslate(article, site, langs, path);
    case 'translatepress':
      return translatePress(site, langs, path);
    case 'weglot':
      return weglot(article, site, langs, path);
    case 'google-language-translator':
      return googleLanguageTranslator(site, langs);
  }
}

function gtranslate(article: Article, site: Site, langs: string[], path: string): PluginParts {
  const all = ['en', ...langs];
  if (hash(article.id + 'gt') % 2 === 0) {
    // GTranslate 3.x: wrapper filled by dropdown.js from the GTranslate CDN.
    const wid = String(10000000 + (hash(article.id) % 89999999));
    const settings = {
      default_language: 'en',
      languages: all,
      url_structure: 'none',
      native_language_names: 1,
      flag_style: '2d',
      flag_size: 24,
      wrapper_selector: `#gt-wrapper-${wid}`,
      alt_flags: [],
      horizontal_position: 'inline',
      flags_location: '/wp-content/plugins/gtranslate/flags/',
    };
    const options = all.map((l) => `<option value="${l}"${l === 'en' ? ' selected' : ''}>${h(names(l)[1])}</option>`).join('');
    const switcher = [
      `<div class="gtranslate_wrapper" id="gt-wrapper-${wid}"><select class="gt_selector notranslate" aria-label="Select Language"><option value="">Select Language</option>${options}</select></div>`,
      `<script>window.gtranslateSettings = window.gtranslateSettings || {};window.gtranslateSettings['${wid}'] = ${scriptJson(settings)};</script>`,
      `<script src="https://cdn.gtranslate.net/widgets/latest/dropdown.js?ver=6.4.2" data-no-optimize="1" data-no-minify="1" data-gt-orig-url="${h(path)}" data-gt-orig-domain="${h(hostOf(site))}" data-gt-widget-id="${wid}" defer></script>`,
    ].join('\n');
    return { ...NONE, switcher, bodyClass: '' };
  }
  // GTranslate 2.x: select with doGTranslate() and Google's element.js.
  const options = all.map((l) => `<option value="en|${l}">${h(names(l)[0])}</option>`).join('');
  const switcher = [
    '<!-- GTranslate: https://gtranslate.io/ -->',
    '<style>#goog-gt-tt {display:none !important;} .goog-te-banner-frame {display:none !important;} .goog-te-menu-value:hover {text-decoration:none !important;} .goog-text-highlight {background-color:transparent !important;box-shadow:none !important;} body {top:0 !important;} #google_translate_element2 {display:none!important;}</style>',
    `<select onchange="doGTranslate(this);" class="notranslate" id="gtranslate_selector" aria-label="Website Language Selector"><option value="">Select Language</option>${options}</select>`,
    '<div id="google_translate_element2"></div>',
    "<script>function googleTranslateElementInit2() {new google.translate.TranslateElement({pageLanguage: 'en',autoDisplay: false}, 'google_translate_element2');}</script>",
    '<script src="https://translate.google.com/translate_a/element.js?cb=googleTranslateElementInit2"></script>',
  ].join('\n');
  return { ...NONE, switcher };
}

function translatePress(site: Site, langs: string[], path: string): PluginParts {
  const head = [
    `<link rel="alternate" hreflang="en-US" href="${h(site.url + path)}"/>`,
    ...langs.map((l) => `<link rel="alternate" hreflang="${l}" href="${h(`${site.url}/${l}${path}`)}"/>`),
    `<link rel="stylesheet" id="trp-floater-language-switcher-style-css" href="${h(site.url)}/wp-content/plugins/translatepress-multilingual/assets/css/trp-floater-language-switcher.css?ver=2.6.9" media="all" />`,
    `<link rel="stylesheet" id="trp-language-switcher-style-css" href="${h(site.url)}/wp-content/plugins/translatepress-multilingual/assets/css/trp-language-switcher.css?ver=2.6.9" media="all" />`,
  ].join('\n');
  const flag = (l: string) =>
    `<img class="trp-flag-image" src="${h(site.url)}/wp-content/plugins/translatepress-multilingual/assets/images/flags/${names(l)[2]}.png" width="18" height="12" alt="${names(l)[2]}" title="${h(names(l)[1])}">`;
  const switcher = `<div class="trp-language-switcher trp-language-switcher-container" data-no-translation><div class="trp-ls-shortcode-current-language"><a href="#" class="trp-ls-shortcode-disabled-language trp-ls-disabled-language" title="English" onclick="event.preventDefault()">${flag('en')} English</a></div><div class="trp-ls-shortcode-language">${langs
    .map((l) => `<a href="${h(`${site.url}/${l}${path}`)}" title="${h(names(l)[1])}">${flag(l)} ${h(names(l)[1])}</a>`)
    .join('')}</div></div>`;
  const floater = [
    '<template id="tp-language" data-tp-language="en_US"></template>',
    `<div id="trp-floater-ls" onclick="" data-no-translation class="trp-language-switcher-container trp-floater-ls-names trp-bottom-right trp-color-dark flags-full-names">`,
    `<div id="trp-floater-ls-current-language" class="trp-with-flags"><a href="#" class="trp-floater-ls-disabled-language trp-ls-disabled-language" onclick="event.preventDefault()">${flag('en')}English</a></div>`,
    `<div id="trp-floater-ls-language-list" class="trp-with-flags"><div class="trp-language-wrap trp-language-wrap-bottom">${langs
      .map((l) => `<a href="${h(`${site.url}/${l}${path}`)}" title="${h(names(l)[1])}">${flag(l)}${h(names(l)[1])}</a>`)
      .join(
        '',
      )}<a href="#" class="trp-floater-ls-disabled-language trp-ls-disabled-language" onclick="event.preventDefault()">${flag('en')}English</a></div></div>`,
    '</div>',
  ].join('\n');
  return {
    head,
    bodyClass: 'translatepress-en_US',
    switcher,
    footer: floater,
    formHidden: '<input type="hidden" name="trp-form-language" value="en"/>',
    gettext: (n) => ` data-trpgettextoriginal="${n}"`,
  };
}

function weglot(article: Article, site: Site, langs: string[], path: string): PluginParts {
  const data = {
    website: site.url,
    uid: hash(site.url).toString(16).slice(0, 10),
    project_slug: hostOf(site).replace(/\./g, '-'),
    language_from: 'en',
    language_from_custom_flag: null,
    language_from_custom_name: null,
    excluded_paths: [],
    excluded_blocks: [],
    custom_settings: {
      button_style: { is_dropdown: true, with_flags: true, full_name: true, with_name: true, custom_css: '' },
      wp_user_version: '4.2.7',
    },
    languages: langs.map((l) => ({ language_to: l, enabled: true, automatic_translation_enabled: true, connect_host_destination: null })),
    current_language: 'en',
    switcher_links: Object.fromEntries([['en', site.url + path], ...langs.map((l) => [l, `${site.url}/${l}${path}`])]),
    original_path: path,
  };
  const head = [
    `<link rel="alternate" href="${h(site.url + path)}" hreflang="en"/>`,
    ...langs.map((l) => `<link rel="alternate" href="${h(`${site.url}/${l}${path}`)}" hreflang="${l}"/>`),
    `<link rel="stylesheet" id="weglot-css-css" href="${h(site.url)}/wp-content/plugins/weglot/dist/css/front-css.css?ver=4.2.7" media="all" />`,
    `<link rel="stylesheet" id="new-flag-css-css" href="${h(site.url)}/wp-content/plugins/weglot/app/styles/new-flags.css?ver=4.2.7" media="all" />`,
    `<script type="application/json" id="weglot-data">${scriptJson(data)}</script>`,
  ].join('\n');
  const id = `wg${hash(article.id + 'wg').toString(16)}`;
  const switcher = [
    `<div data-wg-notranslate="" class="weglot-container">`,
    `<aside data-wg-notranslate="" class="country-selector weglot-dropdown close_outside_click closed weglot-default" tabindex="0" aria-expanded="false" aria-label="Language selected: English">`,
    `<input id="${id}" class="weglot_choice" type="checkbox" name="menu"/><label data-l="en" tabindex="-1" for="${id}" class="wgcurrent wg-li weglot-lang weglot-language weglot-flags flag-3 en" data-code-language="en" data-name-language="English"><span class="wglanguage-name">English</span></label>`,
    `<ul role="none">${langs
      .map(
        (l) =>
          `<li data-l="${l}" class="wg-li weglot-lang weglot-language weglot-flags flag-3 ${l}" data-code-language="${l}" role="option"><a title="Language switcher : ${h(names(l)[0])}" class="weglot-language-${l}" role="option" data-wg-notranslate="" href="${h(`${site.url}/${l}${path}`)}">${h(names(l)[1])}</a></li>`,
      )
      .join('')}</ul>`,
    '</aside>',
    '</div>',
  ].join('\n');
  const footer = `<script src="https://cdn.weglot.com/weglot.min.js?ver=4.2.7" id="wp-weglot-js-js"></script>`;
  return { ...NONE, head, switcher, footer };
}

function googleLanguageTranslator(site: Site, langs: string[]): PluginParts {
  const all = ['en', ...langs];
  const head = `<link rel="stylesheet" id="google-language-translator-css" href="${h(site.url)}/wp-content/plugins/google-language-translator/css/style.css?ver=6.0.20" media="" />`;
  const flags = `<div id="flags" class="size18"><ul id="sortable" class="ui-sortable" style="float:left">${all
    .map(
      (l) =>
        `<li id="${h(names(l)[0])}"><a href="#" title="${h(names(l)[0])}" class="nturl notranslate ${l} flag ${names(l)[3]}"></a></li>`,
    )
    .join('')}</ul></div>`;
  const switcher = `${flags}<div id="google_language_translator" class="default-language-en"></div>`;
  const footer = [
    `<div id="glt-translate-trigger"><span class="notranslate">Translate »</span></div><div id="glt-toolbar"></div>`,
    '<div id="glt-footer"></div>',
    `<script>function GoogleLanguageTranslatorInit() { new google.translate.TranslateElement({pageLanguage: 'en', includedLanguages:'${all.join(',')}', autoDisplay: false}, 'google_language_translator');}</script>`,
    `<script src="${h(site.url)}/wp-content/plugins/google-language-translator/js/scripts.js?ver=6.0.20" id="scripts-js"></script>`,
    '<script src="//translate.google.com/translate_a/element.js?cb=GoogleLanguageTranslatorInit" id="scripts-google-js"></script>',
  ].join('\n');
  return { ...NONE, head, switcher, footer };
}
