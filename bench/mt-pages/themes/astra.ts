/** Astra by Brainstorm Force (ast-* classes, entry-content clear, ast-single-related-posts-container). */
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
  commentSection,
  cookieBanner,
  documentHead,
  footerLinks,
  htmlOpen,
  menuCategories,
  newsletterBox,
  recentPostsWidget,
  wpFooterScripts,
  postContext,
} from '../parts';
import type { Article, RenderOptions } from '../types';

export const name = 'astra';

export function render(article: Article, opts: RenderOptions): string {
  const { site, url, plugin, related, id, featured } = postContext(article, opts);

  const body = assembleBody(article, opts, {
    paragraph: (b) => basicParagraph(b),
    figure: (img, src) =>
      `<div class="wp-block-image"><figure class="aligncenter size-large"><img loading="lazy" decoding="async" width="800" height="533" src="${h(src)}" alt="${h(img.alt)}" class="wp-image-${id + 6}">${img.caption ? `<figcaption class="wp-element-caption">${h(img.caption)}</figcaption>` : ''}</figure></div>`,
    promo: (post, i) =>
      i === 0
        ? editorPromo(article, post)
        : `<div class="wp-block-group is-style-default has-background" style="background-color:#f2f5f7"><div class="wp-block-group__inner-container"><p><strong>${h(pick(article.id + 'astra', ['You may also like:', 'Trending now:', 'Don\u2019t miss:']))}</strong> <a href="${h(post.url)}">${h(post.title)}</a></p></div></div>`,
    ad: () =>
      `<div class="ai-viewport-1 ai-insert-2" style="margin: 8px auto; text-align: center;">${adsense(4800000000 + (hash(article.id) % 99999))}</div>`,
  });

  const menu = menuCategories(article)
    .map(
      (c, i) =>
        `<li id="menu-item-${130 + i}" class="menu-item menu-item-type-taxonomy menu-item-object-category${c === article.category ? ' current-post-ancestor current-menu-parent' : ''} menu-item-${130 + i}"><a href="${h(categoryUrl(site, c))}" class="menu-link">${h(c)}</a></li>`,
    )
    .join('');

  const relatedPosts = related.length
    ? `<div class="ast-single-related-posts-container ast-container--fallback"><div class="ast-related-posts-title-section"><h2 class="ast-related-posts-title">Related Posts</h2></div><div class="ast-related-posts-wrapper">${related
        .slice(0, 3)
        .map(
          (p) =>
            `<article class="ast-related-post post type-post status-publish format-standard"><div class="ast-related-posts-inner-section"><div class="ast-related-post-content"><div class="ast-related-post-featured-section post-has-thumb"><div class="post-thumb-img-content post-thumb"><a href="${h(p.url)}">${p.image ? `<img width="1024" height="683" src="${h(p.image)}" class="attachment-large size-large wp-post-image" alt="" loading="lazy">` : ''}</a></div></div><header class="entry-header related-entry-header"><h3 class="ast-related-post-title entry-title"><a href="${h(p.url)}" target="_self" rel="bookmark noopener noreferrer">${h(p.title)}</a></h3><div class="entry-meta ast-related-cat-style--none ast-related-tag-style--none"><span class="posted-on"><span class="published">${h(formatDate(p.date))}</span></span></div></header><div class="entry-content clear"></div></div></div></article>`,
        )
        .join('')}</div></div>`
    : '';

  const prev = related[0];
  const next = related[1];

  return [
    htmlOpen(opts),
    documentHead(article, opts, {
      themeDir: 'astra',
      themeVersion: '4.5.2',
      separator: ' - ',
      seo: pick(article.id + 'seo', ['rankmath', 'yoast'] as const),
      pageUrl: url,
      plugin,
      styles: [`${site.url}/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.5.2`],
      css: '.ast-container{max-width:1240px}.entry-content p{margin-bottom:1.6em}',
    }),
    `<body itemtype="https://schema.org/Blog" itemscope="itemscope" class="${h(bodyClasses(article, plugin, 'ast-desktop ast-separate-container ast-two-container ast-right-sidebar astra-4.5.2 ast-blog-single-style-1 ast-single-post ast-inherit-site-logo-transparent ast-hfb-header ast-normal-title-enabled'))}">`,
    '<a class="skip-link screen-reader-text" href="#content" role="link" title="Skip to content">Skip to content</a>',
    '<div class="hfeed site" id="page">',
    '<header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline ast-hide-custom-menu-mobile ast-builder-menu-toggle-icon ast-mobile-header-inline" id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope" itemid="#masthead">',
    `<div id="ast-desktop-header" data-toggle-type="dropdown"><div class="ast-main-header-wrap main-header-bar-wrap"><div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item" data-section="section-primary-header-builder"><div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container" data-section="section-primary-header-builder"><div class="ast-builder-grid-row ast-builder-grid-row-has-sides ast-builder-grid-row-no-center"><div class="site-header-primary-section-left site-header-section ast-flex site-header-section-left"><div class="ast-builder-layout-element ast-flex site-header-focus-item" data-section="title_tagline"><div class="site-branding ast-site-identity" itemtype="https://schema.org/Organization" itemscope="itemscope"><div class="ast-site-title-wrap"><span class="site-title" itemprop="name"><a href="${h(site.url)}/" rel="home" itemprop="url">${h(site.name)}</a></span></div></div></div></div><div class="site-header-primary-section-right site-header-section ast-flex ast-grid-right-section"><div class="ast-builder-menu-1 ast-builder-menu ast-flex ast-builder-menu-1-focus-item ast-builder-layout-element site-header-focus-item" data-section="section-hb-menu-1"><div class="ast-main-header-bar-alignment"><div class="main-header-bar-navigation"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility site-header-focus-item" id="primary-site-navigation-desktop" aria-label="Site Navigation" itemtype="https://schema.org/SiteNavigationElement" itemscope="itemscope"><div class="main-navigation ast-inline-flex"><ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border stack-on-mobile"><li class="menu-item menu-item-type-custom menu-item-object-custom menu-item-home"><a href="${h(site.url)}/" class="menu-link">Home</a></li>${menu}</ul></div></nav></div></div></div>${plugin.switcher ? `<div class="ast-builder-layout-element ast-flex site-header-focus-item ast-header-html-1" data-section="section-hb-html-1"><div class="ast-header-html inner-link-style-"><div class="ast-builder-html-element">${plugin.switcher}</div></div></div>` : ''}</div></div></div></div></div></div>`,
    '</header>',
    '<div id="content" class="site-content"><div class="ast-container">',
    '<div id="primary" class="content-area primary">',
    '<main id="main" class="site-main">',
    `<article class="post-${id} post type-post status-publish format-standard has-post-thumbnail hentry category-${h(slugify(article.category))} ast-article-single" id="post-${id}" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">`,
    '<div class="ast-post-format- single-layout-1">',
    '<header class="entry-header">',
    featured
      ? `<div class="post-thumb-img-content post-thumb"><img width="1024" height="683" src="${h(uploadUrl(site, article.date, sizedFile(featured.file, 1024, 683)))}" class="attachment-large size-large wp-post-image" alt="${h(featured.alt)}" itemprop="image" decoding="async"></div>`
      : '',
    `<h1 class="entry-title" itemprop="headline">${h(article.title)}</h1>`,
    `<div class="entry-meta"><span class="posted-by vcard author" itemtype="https://schema.org/Person" itemscope="itemscope" itemprop="author">By <a title="View all posts by ${h(article.byline)}" href="${h(authorUrl(site, article.byline))}" rel="author" class="url fn n" itemprop="url"><span class="author-name" itemprop="name">${h(article.byline)}</span></a></span> / <span class="posted-on"><span class="published" itemprop="datePublished">${h(formatDate(article.date))}</span></span> / <span class="ast-terms-link"><a href="${h(categoryUrl(site, article.category))}">${h(article.category)}</a></span></div>`,
    '</header>',
    '<div class="entry-content clear" data-ast-blocks-layout="true" itemprop="text">',
    featured?.caption ? `<p class="has-small-font-size"><em>${h(featured.caption)}</em></p>` : '',
    body,
    addToAny(url, article.title),
    '</div>',
    `<footer class="entry-footer"><span class="tags-links">${article.tags.map((t) => `<a href="${h(tagUrl(site, t))}" rel="tag">${h(t)}</a>`).join(', ')}</span></footer>`,
    '</div>',
    '</article>',
    `<div class="ast-single-author-box ast-author-container--boxed"><div class="ast-author-meta"><div class="about-author-title-wrapper"><h3 class="about-author">About The Author</h3></div><div class="ast-author-details"><div class="post-author-avtar"><img alt="" src="${h(avatarUrl(article.byline, 100))}" class="avatar avatar-100 photo" height="100" width="100" loading="lazy"></div><div class="post-author-bio"><a class="url fn n" href="${h(authorUrl(site, article.byline))}" itemprop="url" rel="author"><h4 class="author-title" itemprop="name">${h(article.byline)}</h4></a><div class="post-author-desc">${h(article.bio)}</div></div></div></div></div>`,
    prev && next
      ? `<nav class="navigation post-navigation" aria-label="Post navigation"><span class="screen-reader-text">Post navigation</span><div class="nav-links"><div class="nav-previous"><a title="${h(prev.title)}" href="${h(prev.url)}" rel="prev"><span class="ast-left-arrow">&larr;</span> Previous Post</a></div><div class="nav-next"><a title="${h(next.title)}" href="${h(next.url)}" rel="next">Next Post <span class="ast-right-arrow">&rarr;</span></a></div></div></nav>`
      : '',
    relatedPosts,
    `<div id="comments" class="comments-area comment-form-position-below">${commentSection(article, site, plugin, { title: 'Leave a Comment', submit: 'Post Comment', placeholder: true, commentLabel: 'Type here..' }).replace('<div id="comments" class="comments-area">', '<div class="ast-comment-wrap">')}</div>`,
    '</main>',
    '</div>',
    `<div class="widget-area secondary" id="secondary" itemtype="https://schema.org/WPSideBar" itemscope="itemscope"><div class="sidebar-main">${recentPostsWidget(related, 'Latest News')}<section class="widget widget_custom_html"><div class="textwidget custom-html-widget">${adsense(3600000000 + (hash(site.url) % 99999), 'square')}</div></section><section class="widget widget_block">${newsletterBox('tnp', site, plugin, 'Get our daily briefing')}</section></div></div>`,
    '</div></div>',
    `<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope" itemid="#colophon"><div class="site-below-footer-wrap ast-builder-grid-row-container site-footer-focus-item ast-builder-grid-row-full ast-builder-grid-row-tablet-full ast-builder-grid-row-mobile-full ast-footer-row-stack ast-footer-row-tablet-stack ast-footer-row-mobile-stack" data-section="section-below-footer-builder"><div class="ast-builder-grid-row-container-inner"><div class="ast-builder-footer-grid-columns site-below-footer-inner-wrap ast-builder-grid-row"><div class="site-footer-below-section-1 site-footer-section site-footer-section-1"><div class="footer-widget-area widget-area site-footer-focus-item"><ul class="ast-nav-menu">${footerLinks(site)}</ul></div><div class="ast-builder-layout-element ast-flex site-footer-focus-item ast-footer-copyright" data-section="section-footer-builder"><div class="ast-footer-copyright"><p>Copyright &copy; ${article.date.slice(0, 4)} ${h(site.name)} | Powered by <a href="https://wpastra.com" rel="nofollow noopener" target="_blank">Astra WordPress Theme</a></p></div></div></div></div></div></div></footer>`,
    '</div>',
    `<div id="ast-scroll-top" tabindex="0" class="ast-scroll-top-icon ast-scroll-to-top-right" data-on-devices="both"><span class="screen-reader-text">Scroll to Top</span></div>`,
    cookieBanner(pick(article.id + 'cookie', ['cookie-notice', null, 'complianz'] as const), site),
    plugin.footer,
    `<script id="astra-theme-js-js-extra">var astra = {"break_point":"921","isRtl":"","is_scroll_to_id":"","is_scroll_to_top":"1","is_header_footer_builder_active":"1"};</script>`,
    wpFooterScripts(site, [`${site.url}/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.5.2`]),
    `<!-- Page cached by LiteSpeed Cache 5.7.0.1 on ${h(isoDate(article.date).slice(0, 10))} ${h(isoDate(article.date).slice(11, 19))} -->`,
    '</body>',
    '</html>',
  ]
    .filter((x) => x !== '')
    .join('\n');
}
