/** WordPress boilerplate shared by the themes: <head>, comment form, share bars, cookie bars, newsletters, widgets. */
import {
  avatarUrl,
  categoryUrl,
  excerpt,
  formatDate,
  h,
  hash,
  hostOf,
  isoDate,
  pick,
  postId,
  postUrl,
  scriptJson,
  shareLinks,
  uploadUrl,
  authorUrl,
  type DateStyle,
} from './html';
import { pluginParts, type PluginParts } from './plugins';
import type { Article, ArticleImage, RelatedPost, RenderOptions, Site } from './types';

/** What every theme works out first about the post it renders. */
export function postContext(
  article: Article,
  opts: RenderOptions,
): { site: Site; url: string; plugin: PluginParts; related: RelatedPost[]; id: number; featured: ArticleImage | undefined } {
  const site = opts.site;
  const url = postUrl(site, article);
  return {
    site,
    url,
    plugin: pluginParts(opts.plugin, article, site, url),
    related: opts.related ?? [],
    id: postId(article),
    featured: article.images[0],
  };
}

export const MENU = ['World', 'Europe', 'Politics', 'Business', 'Sport', 'Entertainment', 'Technology'];

/** Menu categories: the usual ones plus the article's own. */
export function menuCategories(article: Article): string[] {
  return MENU.includes(article.category) ? MENU : [...MENU.slice(0, 5), article.category, ...MENU.slice(5)];
}

export interface HeadConfig {
  /** Folder under wp-content/themes. */
  themeDir: string;
  themeVersion: string;
  /** Between post title and site name in <title>. */
  separator: string;
  seo: 'yoast' | 'rankmath' | 'none';
  pageUrl: string;
  plugin: PluginParts;
  /** Extra stylesheet hrefs. */
  styles?: string[];
  css?: string;
  /** Scripts in the head, as hrefs. */
  scripts?: string[];
  wpVersion?: string;
}

/** og:locale derived from <html lang> the way WordPress derives both from the site locale. */
export function ogLocale(lang: string | null | undefined): string {
  if (lang === null || lang === undefined) return 'en_US';
  const [l, r] = lang.split('-');
  if (!r) return lang === 'en' ? 'en_US' : `${l}_${(l ?? '').toUpperCase()}`;
  return `${l}_${r.toUpperCase()}`;
}

export function htmlOpen(opts: RenderOptions, extraAttrs = ''): string {
  const lang = opts.lang === undefined ? 'en-US' : opts.lang;
  const langAttr = lang === null ? '' : ` lang="${h(lang)}"`;
  return `<!DOCTYPE html>\n<html${langAttr}${extraAttrs}>`;
}

export function documentHead(article: Article, opts: RenderOptions, cfg: HeadConfig): string {
  const site = opts.site;
  const wp = cfg.wpVersion ?? pick(site.url, ['6.2.2', '6.3.1', '6.4.3', '5.9.3', '6.1.1']);
  const image = article.images[0] ? uploadUrl(site, article.date, article.images[0].file) : '';
  const desc = excerpt(article);
  const date = isoDate(article.date);
  const lines: string[] = [
    '<head>',
    '<meta charset="UTF-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<link rel="profile" href="https://gmpg.org/xfn/11">',
    `<title>${h(article.title + cfg.separator + site.name)}</title>`,
  ];
  if (cfg.seo === 'yoast')
    lines.push('<!-- This site is optimized with the Yoast SEO plugin v21.7 - https://yoast.com/wordpress/plugins/seo/ -->');
  if (cfg.seo === 'rankmath') lines.push('<!-- Search Engine Optimization by Rank Math - https://rankmath.com/ -->');
  lines.push(
    `<meta name="description" content="${h(desc)}">`,
    '<meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1">',
    `<link rel="canonical" href="${h(cfg.pageUrl)}">`,
    `<meta property="og:locale" content="${h(ogLocale(opts.lang))}">`,
    '<meta property="og:type" content="article">',
    `<meta property="og:title" content="${h(article.title)}">`,
    `<meta property="og:description" content="${h(desc)}">`,
    `<meta property="og:url" content="${h(cfg.pageUrl)}">`,
    `<meta property="og:site_name" content="${h(site.name)}">`,
    `<meta property="article:section" content="${h(article.category)}">`,
    ...article.tags.map((t) => `<meta property="article:tag" content="${h(t)}">`),
    `<meta property="article:published_time" content="${h(date)}">`,
  );
  if (image)
    lines.push(
      `<meta property="og:image" content="${h(image)}">`,
      '<meta property="og:image:width" content="1200">',
      '<meta property="og:image:height" content="800">',
    );
  lines.push(
    '<meta name="twitter:card" content="summary_large_image">',
    '<meta name="twitter:label1" content="Written by">',
    `<meta name="twitter:data1" content="${h(article.byline)}">`,
    '<meta name="twitter:label2" content="Est. reading time">',
    `<meta name="twitter:data2" content="${Math.max(1, Math.round(wordCount(article) / 220))} minutes">`,
  );
  if (cfg.seo !== 'none') {
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        {
          '@type': 'NewsArticle',
          '@id': `${cfg.pageUrl}#article`,
          isPartOf: { '@id': cfg.pageUrl },
          author: { name: article.byline, '@id': `${site.url}/#/schema/person/${hash(article.byline).toString(16)}` },
          headline: article.title,
          datePublished: date,
          dateModified: date,
          mainEntityOfPage: { '@id': cfg.pageUrl },
          wordCount: wordCount(article),
          publisher: { '@id': `${site.url}/#organization` },
          image: image ? { '@id': `${cfg.pageUrl}#primaryimage` } : undefined,
          keywords: article.tags,
          articleSection: [article.category],
          inLanguage: opts.lang ?? 'en-US',
        },
        {
          '@type': 'WebPage',
          '@id': cfg.pageUrl,
          url: cfg.pageUrl,
          name: `${article.title}${cfg.separator}${site.name}`,
          datePublished: date,
        },
        { '@type': 'Organization', '@id': `${site.url}/#organization`, name: site.name, url: `${site.url}/` },
        {
          '@type': 'Person',
          '@id': `${site.url}/#/schema/person/${hash(article.byline).toString(16)}`,
          name: article.byline,
          url: authorUrl(site, article.byline),
        },
      ],
    };
    const cls = cfg.seo === 'yoast' ? 'yoast-schema-graph' : 'rank-math-schema';
    lines.push(`<script type="application/ld+json" class="${cls}">${scriptJson(graph)}</script>`);
    lines.push(cfg.seo === 'yoast' ? '<!-- / Yoast SEO plugin. -->' : '<!-- /Rank Math WordPress SEO plugin -->');
  }
  lines.push(
    '<link rel="dns-prefetch" href="//fonts.googleapis.com">',
    `<link rel="alternate" type="application/rss+xml" title="${h(site.name)} &raquo; Feed" href="${h(site.url)}/feed/">`,
    `<link rel="alternate" type="application/rss+xml" title="${h(site.name)} &raquo; Comments Feed" href="${h(site.url)}/comments/feed/">`,
    `<link rel="stylesheet" id="wp-block-library-css" href="${h(site.url)}/wp-includes/css/dist/block-library/style.min.css?ver=${wp}" media="all">`,
    `<link rel="stylesheet" id="theme-style-css" href="${h(site.url)}/wp-content/themes/${h(cfg.themeDir)}/style.css?ver=${h(cfg.themeVersion)}" media="all">`,
    ...(cfg.styles ?? []).map((href, i) => `<link rel="stylesheet" id="theme-extra-${i}-css" href="${h(href)}" media="all">`),
  );
  if (cfg.plugin.head) lines.push(cfg.plugin.head);
  lines.push(`<script src="${h(site.url)}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>`);
  for (const src of cfg.scripts ?? []) lines.push(`<script src="${h(src)}"></script>`);
  lines.push(
    `<link rel="https://api.w.org/" href="${h(site.url)}/wp-json/">`,
    `<link rel="alternate" type="application/json" href="${h(site.url)}/wp-json/wp/v2/posts/${postId(article)}">`,
    `<link rel="EditURI" type="application/rsd+xml" title="RSD" href="${h(site.url)}/xmlrpc.php?rsd">`,
    `<meta name="generator" content="WordPress ${wp}">`,
    `<link rel="shortlink" href="${h(site.url)}/?p=${postId(article)}">`,
  );
  if (cfg.css) lines.push(`<style id="theme-custom-css">${cfg.css}</style>`);
  lines.push('</head>');
  return lines.join('\n');
}

export function wordCount(article: Article): number {
  return article.paragraphs.join(' ').split(/\s+/).filter(Boolean).length;
}

export function bodyClasses(article: Article, plugin: PluginParts, themeClasses: string): string {
  const id = postId(article);
  return [
    `post-template-default single single-post postid-${id} single-format-standard`,
    themeClasses,
    plugin.bodyClass,
    'wp-embed-responsive',
  ]
    .filter(Boolean)
    .join(' ');
}

export interface CommentFormConfig {
  title: string;
  submit: string;
  /** "Your email address will not be published." variants. */
  notes?: boolean;
  commentLabel?: string;
  placeholder?: boolean;
}

/** A sample comment; content farms collect spam, honest sites a few readers. */
interface SampleComment {
  author: string;
  text: string;
  date: string;
}

function sampleComments(article: Article): SampleComment[] {
  const n = hash(article.id + 'comments') % 4;
  if (n < 2) return [];
  const spam: SampleComment[] = [
    {
      author: 'Kasey Millner',
      text: 'Hello, I enjoy reading through your article. I like to write a little comment to support you.',
      date: '',
    },
    {
      author: 'crypto signals review',
      text: 'Great post! Its really informative. Keep sharing such articles, I will bookmark your site.',
      date: '',
    },
    {
      author: 'Lorrie D.',
      text: 'Hi there, just became aware of your blog through Google, and found that it is truly informative.',
      date: '',
    },
  ];
  const readers: SampleComment[] = [
    {
      author: 'Martin K.',
      text: 'Thanks for the clear write-up. Would be good to see a follow-up once the final numbers are out.',
      date: '',
    },
    { author: 'jgreene', text: 'Useful context, especially the background section. Bookmarked.', date: '' },
    { author: 'Anna W.', text: 'Good summary. The link to the original statement would help, though.', date: '' },
  ];
  const pool = article.label === 'mt' ? spam : readers;
  const start = hash(article.id) % pool.length;
  return Array.from({ length: n - 1 }, (_, k) => pool[(start + k) % pool.length]).filter((c): c is SampleComment => c !== undefined);
}

export function commentSection(
  article: Article,
  site: Site,
  plugin: PluginParts,
  cfg: CommentFormConfig,
  dateStyle: DateStyle = 'long',
): string {
  const id = postId(article);
  const comments = sampleComments(article);
  const list = comments.length
    ? [
        `<h2 class="comments-title">${comments.length} ${comments.length === 1 ? 'Comment' : 'Comments'}</h2>`,
        '<ol class="comment-list">',
        ...comments.map(
          (c, i) =>
            `<li id="comment-${id + i + 1}" class="comment even thread-even depth-1"><article id="div-comment-${id + i + 1}" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><img alt="" src="${h(avatarUrl(c.author, 32))}" class="avatar avatar-32 photo" height="32" width="32" loading="lazy"><b class="fn">${h(c.author)}</b> <span class="says">says:</span></div><div class="comment-metadata"><a href="#comment-${id + i + 1}"><time datetime="${h(isoDate(article.date))}">${h(formatDate(article.date, dateStyle))}</time></a></div></footer><div class="comment-content"><p>${h(c.text)}</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-${id + i + 1}" data-commentid="${id + i + 1}" data-postid="${id}" aria-label="Reply to ${h(c.author)}">Reply</a></div></article></li>`,
        ),
        '</ol>',
      ].join('\n')
    : '';
  const label = cfg.commentLabel ?? 'Comment';
  const ph = (text: string) => (cfg.placeholder ? ` placeholder="${h(text)}"` : '');
  return [
    `<div id="comments" class="comments-area">`,
    list,
    `<div id="respond" class="comment-respond">`,
    `<h3 id="reply-title" class="comment-reply-title"${plugin.gettext(hash(cfg.title) % 900)}>${h(cfg.title)} <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancel reply</a></small></h3>`,
    `<form action="${h(site.url)}/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>`,
    cfg.notes === false
      ? ''
      : `<p class="comment-notes"><span id="email-notes"${plugin.gettext(41)}>Your email address will not be published.</span> <span class="required-field-message"${plugin.gettext(42)}>Required fields are marked <span class="required">*</span></span></p>`,
    `<p class="comment-form-comment"><label for="comment">${h(label)} <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required${ph(label)}></textarea></p>`,
    `<p class="comment-form-author"><label for="author">Name <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required${ph('Name*')}></p>`,
    `<p class="comment-form-email"><label for="email">Email <span class="required">*</span></label> <input id="email" name="email" type="email" value="" size="30" maxlength="100" aria-describedby="email-notes" autocomplete="email" required${ph('Email*')}></p>`,
    `<p class="comment-form-url"><label for="url">Website</label> <input id="url" name="url" type="url" value="" size="30" maxlength="200" autocomplete="url"${ph('Website')}></p>`,
    `<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes"> <label for="wp-comment-cookies-consent"${plugin.gettext(43)}>Save my name, email, and website in this browser for the next time I comment.</label></p>`,
    `<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="${h(cfg.submit)}"> <input type="hidden" name="comment_post_ID" value="${id}" id="comment_post_ID"> <input type="hidden" name="comment_parent" id="comment_parent" value="0"></p>`,
    plugin.formHidden,
    '</form>',
    '</div>',
    '</div>',
  ]
    .filter(Boolean)
    .join('\n');
}

export type CookieKind = 'cookie-notice' | 'gdpr-cookie-consent' | 'complianz' | null;

export function cookieBanner(kind: CookieKind, site: Site): string {
  switch (kind) {
    case null:
      return '';
    case 'cookie-notice':
      return `<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom" aria-label="Cookie Notice" style="background-color: rgba(50,50,58,1);"><div class="cookie-notice-container" style="color: #fff"><span id="cn-notice-text" class="cn-text-container">We use cookies to ensure that we give you the best experience on our website. If you continue to use this site we will assume that you are happy with it.</span><span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-cookie" data-cookie-set="accept" class="cn-set-cookie cn-button" aria-label="Ok">Ok</a><a href="${h(site.url)}/privacy-policy/" target="_blank" id="cn-more-info" class="cn-more-info cn-button" aria-label="Privacy policy">Privacy policy</a></span><span id="cn-close-notice" data-cookie-set="accept" class="cn-close-icon" title="No"></span></div></div>`;
    case 'gdpr-cookie-consent':
      return `<div id="cookie-law-info-bar" data-nosnippet="true" style="background-color: #fff; color: #333; font-family: inherit; bottom: 0; position: fixed; display: block;"><span><div class="cli-bar-container cli-style-v2"><div class="cli-bar-message">We use cookies on our website to give you the most relevant experience by remembering your preferences and repeat visits. By clicking “Accept All”, you consent to the use of ALL the cookies. However, you may visit "Cookie Settings" to provide a controlled consent.</div><div class="cli-bar-btn_container"><a role="button" class="medium cli-plugin-button cli-plugin-main-button cli_settings_button" style="margin:0 5px 0 0">Cookie Settings</a><a id="wt-cli-accept-all-btn" role="button" data-cli_action="accept_all" class="wt-cli-element medium cli-plugin-button wt-cli-accept-all-btn cookie_action_close_header cli_action_button">Accept All</a></div></div></span></div>`;
    case 'complianz':
      return `<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right cmplz-categories-type-view-preferences" aria-modal="true" data-nosnippet="true" role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin" aria-describedby="cmplz-message-1-optin"><div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div></div><div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">To provide the best experiences, we use technologies like cookies to store and/or access device information. Consenting to these technologies will allow us to process data such as browsing behaviour or unique IDs on this site.</div></div><div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button><button class="cmplz-btn cmplz-view-preferences">View preferences</button></div><div class="cmplz-links cmplz-documents"><ul><li><a class="cmplz-link cookie-statement" href="${h(site.url)}/cookie-policy-eu/">Cookie Policy</a></li><li><a class="cmplz-link privacy-statement" href="${h(site.url)}/privacy-policy/">Privacy Statement</a></li></ul></div></div></div>`;
  }
}

export type NewsletterKind = 'tnp' | 'mc4wp' | 'jetpack';

export function newsletterBox(kind: NewsletterKind, site: Site, plugin: PluginParts, title = 'Subscribe to our newsletter'): string {
  switch (kind) {
    case 'tnp':
      return `<div class="tnp tnp-subscription"><form method="post" action="${h(site.url)}/?na=s"><h3 class="tnp-title">${h(title)}</h3><p>Get the most important stories straight to your inbox.</p><input type="hidden" name="nlang" value=""><div class="tnp-field tnp-field-email"><label for="tnp-1">Email</label><input class="tnp-email" type="email" name="ne" id="tnp-1" value="" placeholder="Your email address" required></div><div class="tnp-field tnp-field-button"><input class="tnp-submit" type="submit" value="Subscribe"></div>${plugin.formHidden}</form></div>`;
    case 'mc4wp':
      return `<!-- Mailchimp for WordPress v4.9.9 - https://wordpress.org/plugins/mailchimp-for-wp/ --><form id="mc4wp-form-1" class="mc4wp-form mc4wp-form-${hash(site.url) % 900}" method="post" data-id="${hash(site.url) % 900}" data-name="Newsletter"><div class="mc4wp-form-fields"><h4>${h(title)}</h4><p><label>Email address: <input type="email" name="EMAIL" placeholder="Your email address" required></label></p><p><input type="submit" value="Sign up"></p></div><label style="display: none !important;">Leave this field empty if you're human: <input type="text" name="_mc4wp_honeypot" value="" tabindex="-1" autocomplete="off"></label><input type="hidden" name="_mc4wp_timestamp" value="1700000000"><input type="hidden" name="_mc4wp_form_id" value="${hash(site.url) % 900}"><div class="mc4wp-response"></div>${plugin.formHidden}</form><!-- / Mailchimp for WordPress Plugin -->`;
    case 'jetpack':
      return `<div class="wp-block-jetpack-subscriptions__container"><form action="#" method="post" accept-charset="utf-8" data-blog="${hash(site.url) % 100000000}" data-post_access_level="everybody" id="subscribe-blog"><p id="subscribe-text">${h(title)}: enter your email address to receive notifications of new posts by email.</p><p id="subscribe-email"><label id="subscribe-field-label" for="subscribe-field" class="screen-reader-text">Type your email…</label><input type="email" name="email" required="required" value="" id="subscribe-field" placeholder="Type your email…"></p><p id="subscribe-submit"><button type="submit" class="wp-block-button__link" name="jetpack_subscriptions_widget">Subscribe</button></p>${plugin.formHidden}</form></div>`;
  }
}

export function jetpackShare(url: string, title: string): string {
  const s = shareLinks(url, title);
  const item = (cls: string, href: string, label: string) =>
    `<li class="share-${cls}"><a rel="nofollow noopener noreferrer" data-shared="sharing-${cls}" class="share-${cls} sd-button share-icon" href="${h(href)}" target="_blank" title="Click to share on ${label}"><span>${label}</span></a></li>`;
  return `<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3><div class="sd-content"><ul>${item('facebook', s.facebook, 'Facebook')}${item('twitter', s.twitter, 'Twitter')}${item('jetpack-whatsapp', s.whatsapp, 'WhatsApp')}${item('telegram', s.telegram, 'Telegram')}${item('email', s.email, 'Email')}<li class="share-end"></li></ul></div></div></div>`;
}

export function addToAny(url: string, title: string): string {
  const s = shareLinks(url, title);
  const a = (cls: string, href: string, label: string) =>
    `<a class="a2a_button_${cls}" href="${h(href)}" title="${label}" rel="nofollow noopener" target="_blank"></a>`;
  return `<div class="addtoany_share_save_container addtoany_content addtoany_content_bottom"><div class="addtoany_header">Share this:</div><div class="a2a_kit a2a_kit_size_32 addtoany_list" data-a2a-url="${h(url)}" data-a2a-title="${h(title)}">${a('facebook', s.facebook, 'Facebook')}${a('twitter', s.twitter, 'Twitter')}${a('whatsapp', s.whatsapp, 'WhatsApp')}${a('telegram', s.telegram, 'Telegram')}${a('email', s.email, 'Email')}<a class="a2a_dd addtoany_share_save addtoany_share" href="https://www.addtoany.com/share"></a></div></div>`;
}

export function adsense(slot: number, format: 'banner' | 'in-article' | 'square' = 'in-article'): string {
  const style =
    format === 'banner'
      ? 'display:inline-block;width:728px;height:90px'
      : format === 'square'
        ? 'display:inline-block;width:300px;height:250px'
        : 'display:block; text-align:center;';
  const layout = format === 'in-article' ? ' data-ad-layout="in-article" data-ad-format="fluid"' : '';
  return `<ins class="adsbygoogle" style="${style}"${layout} data-ad-client="ca-pub-0000000000000000" data-ad-slot="${slot}"></ins><script>(adsbygoogle = window.adsbygoogle || []).push({});</script>`;
}

export function searchForm(site: Site, button = 'Search'): string {
  return `<form role="search" method="get" class="search-form" action="${h(site.url)}/"><label><span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search …" value="" name="s"></label><input type="submit" class="search-submit" value="${h(button)}"></form>`;
}

export function recentPostsWidget(related: RelatedPost[], title = 'Recent Posts'): string {
  if (!related.length) return '';
  return `<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">${h(title)}</h2><ul>${related
    .map((p) => `<li><a href="${h(p.url)}">${h(p.title)}</a></li>`)
    .join('')}</ul></section>`;
}

export function categoriesWidget(site: Site, article: Article, title = 'Categories'): string {
  return `<section id="categories-2" class="widget widget_categories"><h2 class="widget-title">${h(title)}</h2><ul>${menuCategories(article)
    .slice()
    .sort()
    .map((c, i) => `<li class="cat-item cat-item-${i + 2}"><a href="${h(categoryUrl(site, c))}">${h(c)}</a></li>`)
    .join('')}</ul></section>`;
}

export function footerLinks(site: Site): string {
  const pages: [string, string][] = [
    ['About Us', 'about-us'],
    ['Contact', 'contact'],
    ['Advertise', 'advertise'],
    ['Privacy Policy', 'privacy-policy'],
    ['Terms and Conditions', 'terms-and-conditions'],
  ];
  return pages.map(([label, slug]) => `<li class="menu-item"><a href="${h(site.url)}/${slug}/">${label}</a></li>`).join('');
}

export function copyright(site: Site, article: Article): string {
  return `© ${article.date.slice(0, 4)} ${h(site.name)}. All rights reserved.`;
}

/** Footer scripts every WordPress page has. */
export function wpFooterScripts(site: Site, extra: string[] = []): string {
  return [
    `<script src="${h(site.url)}/wp-includes/js/comment-reply.min.js?ver=6.4.3" id="comment-reply-js" async data-wp-strategy="async"></script>`,
    ...extra.map((src) => `<script src="${h(src)}"></script>`),
  ].join('\n');
}

export function domainOf(site: Site): string {
  return hostOf(site);
}
