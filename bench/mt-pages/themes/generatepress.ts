/** GeneratePress (inside-article, entry-content itemprop="text", Jetpack related posts and sharing). */
import {
  assembleBody,
  authorUrl,
  avatarUrl,
  basicParagraph,
  categoryUrl,
  editorPromo,
  formatDate,
  h,
  hash,
  isoDate,
  pick,
  sizedFile,
  slugify,
  tagUrl,
  uploadUrl,
} from '../html';
import {
  addToAny,
  adsense,
  bodyClasses,
  categoriesWidget,
  commentSection,
  cookieBanner,
  documentHead,
  htmlOpen,
  jetpackShare,
  menuCategories,
  newsletterBox,
  recentPostsWidget,
  searchForm,
  wpFooterScripts,
  postContext,
} from '../parts';
import type { Article, RenderOptions } from '../types';

export const name = 'generatepress';

export function render(article: Article, opts: RenderOptions): string {
  const { site, url, plugin, related, id, featured } = postContext(article, opts);
  const useAddToAny = hash(article.id + 'share') % 2 === 0;

  const body = assembleBody(article, opts, {
    paragraph: (b) => basicParagraph(b),
    figure: (img, src) =>
      `<figure class="wp-block-image size-large"><img loading="lazy" decoding="async" width="1024" height="576" src="${h(src)}" alt="${h(img.alt)}" class="wp-image-${id + 5}">${img.caption ? `<figcaption class="wp-element-caption">${h(img.caption)}</figcaption>` : ''}</figure>`,
    promo: (post) => editorPromo(article, post),
    ad: () =>
      `<div class="code-block code-block-2" style="margin: 8px auto; text-align: center; display: block; clear: both;">${adsense(4700000000 + (hash(article.id) % 99999))}</div>`,
  });

  const menu = menuCategories(article)
    .map(
      (c, i) =>
        `<li id="menu-item-${110 + i}" class="menu-item menu-item-type-taxonomy menu-item-object-category${c === article.category ? ' current-post-ancestor current-menu-parent' : ''} menu-item-${110 + i}"><a href="${h(categoryUrl(site, c))}">${h(c)}</a></li>`,
    )
    .join('');

  const jpRelated = related.length
    ? `<div id="jp-relatedposts" class="jp-relatedposts" style="display: block;"><h3 class="jp-relatedposts-headline"><em>Related</em></h3><div class="jp-relatedposts-items jp-relatedposts-items-visual jp-relatedposts-grid">${related
        .slice(0, 3)
        .map(
          (p, i) =>
            `<div class="jp-relatedposts-post jp-relatedposts-post${i} jp-relatedposts-post-thumbs" data-post-format="false"><a class="jp-relatedposts-post-a" href="${h(p.url)}" title="${h(p.title)}" rel="nofollow" data-origin="${id}" data-position="${i}">${p.image ? `<img loading="lazy" class="jp-relatedposts-post-img" src="${h(p.image)}" width="350" height="200" alt="${h(p.title)}">` : ''}</a><h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="${h(p.url)}" title="${h(p.title)}" rel="nofollow" data-origin="${id}" data-position="${i}">${h(p.title)}</a></h4><p class="jp-relatedposts-post-date" style="display: block;">${h(formatDate(p.date))}</p><p class="jp-relatedposts-post-context">In &quot;${h(p.category)}&quot;</p></div>`,
        )
        .join('')}</div></div>`
    : '';

  const prev = related[0];
  const next = related[1];

  return [
    htmlOpen(opts),
    documentHead(article, opts, {
      themeDir: 'generatepress',
      themeVersion: '3.3.1',
      separator: ' - ',
      seo: pick(article.id + 'seo', ['yoast', 'rankmath', 'none'] as const),
      pageUrl: url,
      plugin,
      styles: [`${site.url}/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.3.1`],
      css: 'body{background-color:#f7f8f9;color:#222222;}a{color:#1e73be;}.inside-article{padding:40px}',
    }),
    `<body class="${h(bodyClasses(article, plugin, 'right-sidebar nav-float-right separate-containers header-aligned-left dropdown-hover featured-image-active'))}" itemtype="https://schema.org/Blog" itemscope>`,
    '<a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>',
    '<header class="site-header has-inline-mobile-toggle" id="masthead" aria-label="Site" itemtype="https://schema.org/WPHeader" itemscope>',
    `<div class="inside-header grid-container"><div class="site-branding"><p class="main-title" itemprop="headline"><a href="${h(site.url)}/" rel="home">${h(site.name)}</a></p>${site.tagline ? `<p class="site-description" itemprop="description">${h(site.tagline)}</p>` : ''}</div>`,
    `<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primary" itemtype="https://schema.org/SiteNavigationElement" itemscope><div class="inside-navigation grid-container"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false"><span class="gp-icon icon-menu-bars"></span><span class="mobile-menu">Menu</span></button><div id="primary-menu" class="main-nav"><ul id="menu-primary" class="menu sf-menu"><li class="menu-item menu-item-type-custom menu-item-object-custom menu-item-home"><a href="${h(site.url)}/">Home</a></li>${menu}${plugin.switcher ? `<li class="menu-item menu-item-language-switcher">${plugin.switcher}</li>` : ''}</ul></div></div></nav>`,
    '</div>',
    '</header>',
    '<div class="site grid-container container hfeed" id="page">',
    '<div class="site-content" id="content">',
    '<div class="content-area" id="primary">',
    '<main class="site-main" id="main">',
    `<article id="post-${id}" class="post-${id} post type-post status-publish format-standard has-post-thumbnail hentry category-${h(slugify(article.category))}" itemtype="https://schema.org/CreativeWork" itemscope>`,
    '<div class="inside-article">',
    featured
      ? `<div class="featured-image page-header-image-single grid-container grid-parent"><img width="1200" height="675" src="${h(uploadUrl(site, article.date, sizedFile(featured.file, 1200, 675)))}" class="attachment-full size-full wp-post-image" alt="${h(featured.alt)}" itemprop="image" decoding="async"></div>`
      : '',
    '<header class="entry-header">',
    `<h1 class="entry-title" itemprop="headline">${h(article.title)}</h1>`,
    `<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="${h(isoDate(article.date))}" itemprop="datePublished">${h(formatDate(article.date))}</time></span> <span class="byline">by <span class="author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope><a class="url fn n" href="${h(authorUrl(site, article.byline))}" title="View all posts by ${h(article.byline)}" rel="author" itemprop="url"><span class="author-name" itemprop="name">${h(article.byline)}</span></a></span></span></div>`,
    '</header>',
    '<div class="entry-content" itemprop="text">',
    featured?.caption ? `<p class="wp-caption-text featured-caption"><em>${h(featured.caption)}</em></p>` : '',
    body,
    useAddToAny ? addToAny(url, article.title) : jetpackShare(url, article.title),
    jpRelated,
    '</div>',
    `<footer class="entry-meta" aria-label="Entry meta"><span class="cat-links"><span class="gp-icon icon-categories"></span><span class="screen-reader-text">Categories </span><a href="${h(categoryUrl(site, article.category))}" rel="category tag">${h(article.category)}</a></span> <span class="tags-links"><span class="gp-icon icon-tags"></span><span class="screen-reader-text">Tags </span>${article.tags.map((t) => `<a href="${h(tagUrl(site, t))}" rel="tag">${h(t)}</a>`).join(', ')}</span>${
      prev && next
        ? `<nav id="nav-below" class="post-navigation" aria-label="Posts"><div class="nav-previous"><span class="gp-icon icon-arrow-left"></span><span class="prev"><a href="${h(prev.url)}" rel="prev">${h(prev.title)}</a></span></div><div class="nav-next"><span class="gp-icon icon-arrow-right"></span><span class="next"><a href="${h(next.url)}" rel="next">${h(next.title)}</a></span></div></nav>`
        : ''
    }</footer>`,
    '</div>',
    '</article>',
    `<div class="author-box"><div class="avatar"><img alt="" src="${h(avatarUrl(article.byline, 80))}" class="avatar avatar-80 photo" height="80" width="80" loading="lazy"></div><div class="author-title" itemprop="author" itemtype="https://schema.org/Person" itemscope>About ${h(article.byline)}</div><div class="author-summary"><p class="author-description">${h(article.bio)}</p></div><div class="author-links"><a href="${h(authorUrl(site, article.byline))}" title="Read more">...</a></div></div>`,
    `<div class="comments-area">${commentSection(article, site, plugin, { title: 'Leave a Comment', submit: 'Post Comment', notes: true, placeholder: true, commentLabel: 'Comment' }).replace('<div id="comments" class="comments-area">', '<div id="comments">')}</div>`,
    '</main>',
    '</div>',
    '<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">',
    `<aside id="search-2" class="widget inner-padding widget_search">${searchForm(site)}</aside>`,
    recentPostsWidget(related)
      .replace(
        '<section id="recent-posts-2" class="widget widget_recent_entries">',
        '<aside id="recent-posts-2" class="widget inner-padding widget_recent_entries">',
      )
      .replace(/<\/section>$/, '</aside>'),
    `<aside id="block-7" class="widget inner-padding widget_block">${newsletterBox(pick(site.url, ['jetpack', 'tnp'] as const), site, plugin)}</aside>`,
    categoriesWidget(site, article)
      .replace(
        '<section id="categories-2" class="widget widget_categories">',
        '<aside id="categories-2" class="widget inner-padding widget_categories">',
      )
      .replace(/<\/section>$/, '</aside>'),
    '</div></div>',
    '</div>',
    '</div>',
    `<div class="site-footer"><footer class="site-info" aria-label="Site" itemtype="https://schema.org/WPFooter" itemscope><div class="inside-site-info grid-container"><div class="copyright-bar"><span class="copyright">&copy; ${article.date.slice(0, 4)} ${h(site.name)}</span> &bull; Built with <a href="https://generatepress.com" itemprop="url">GeneratePress</a></div></div></footer></div>`,
    cookieBanner(pick(article.id + 'cookie', ['complianz', 'gdpr-cookie-consent', null] as const), site),
    plugin.footer,
    `<script id="generate-a11y">!function(){"use strict";if("querySelector"in document&&"addEventListener"in window){var e=document.body;e.addEventListener("mousedown",function(){e.classList.add("using-mouse")}),e.addEventListener("keydown",function(){e.classList.remove("using-mouse")})}}();</script>`,
    wpFooterScripts(site, [`${site.url}/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.3.1`]),
    '</body>',
    '</html>',
  ]
    .filter((x) => x !== '')
    .join('\n');
}
