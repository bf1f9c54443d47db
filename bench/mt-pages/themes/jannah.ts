/** Jannah by TieLabs (entry-content entry clearfix, related-posts, check-also-box "Check Also"). */
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
  shareLinks,
  sizedFile,
  tagUrl,
  uploadUrl,
} from '../html';
import {
  adsense,
  bodyClasses,
  commentSection,
  cookieBanner,
  documentHead,
  footerLinks,
  htmlOpen,
  menuCategories,
  wordCount,
  wpFooterScripts,
  postContext,
} from '../parts';
import type { Article, RenderOptions } from '../types';

export const name = 'jannah';

export function render(article: Article, opts: RenderOptions): string {
  const { site, url, plugin, related, id, featured } = postContext(article, opts);
  const share = shareLinks(url, article.title);
  const readMinutes = Math.max(1, Math.round(wordCount(article) / 200));

  const body = assembleBody(article, opts, {
    paragraph: (b) => basicParagraph(b, ''),
    figure: (img, src) =>
      `<figure id="attachment_${id + 3}" aria-describedby="caption-attachment-${id + 3}" style="width: 780px" class="wp-caption aligncenter"><img decoding="async" class="size-full wp-image-${id + 3}" src="${h(src)}" alt="${h(img.alt)}" width="780" height="470">${img.caption ? `<figcaption id="caption-attachment-${id + 3}" class="wp-caption-text">${h(img.caption)}</figcaption>` : ''}</figure>`,
    promo: (post, i) =>
      i === 0
        ? editorPromo(article, post)
        : `<div class="tie-inline-related"><span class="tie-inline-related-title">Related Articles</span><ul><li><a href="${h(post.url)}">${h(post.title)}</a></li></ul></div>`,
    ad: () =>
      `<div class="stream-item stream-item-in-post stream-item-inline-post aligncenter">${adsense(4500000000 + (hash(article.id) % 99999))}</div>`,
  });

  const menu = menuCategories(article)
    .map(
      (c, i) =>
        `<li id="menu-item-${70 + i}" class="menu-item menu-item-type-taxonomy menu-item-object-category${c === article.category ? ' current-post-ancestor current-menu-parent tie-current-menu' : ''} menu-item-${70 + i}"><a href="${h(categoryUrl(site, c))}">${h(c)}</a></li>`,
    )
    .join('');

  const ticker = related
    .slice(0, 4)
    .map((p) => `<li class="news-item"><a href="${h(p.url)}">${h(p.title)}</a></li>`)
    .join('');

  const relatedList = related
    .slice(0, 3)
    .map(
      (p) =>
        `<div class="related-item tie-standard"><a aria-label="${h(p.title)}" href="${h(p.url)}" class="post-thumb">${p.image ? `<img width="390" height="220" src="${h(p.image)}" class="attachment-jannah-image-large size-jannah-image-large wp-post-image" alt="">` : ''}</a><h3 class="post-title"><a href="${h(p.url)}">${h(p.title)}</a></h3><div class="post-meta clearfix"><span class="date meta-item tie-icon">${h(formatDate(p.date))}</span></div></div>`,
    )
    .join('');

  const check = related[related.length - 1];
  const prev = related[1];
  const next = related[2];
  const sidebar = related
    .map(
      (p) =>
        `<li class="widget-single-post-item widget-post-list tie-standard"><div class="post-widget-body no-small-thumbs"><a class="post-title the-subtitle" href="${h(p.url)}">${h(p.title)}</a><div class="post-meta"><span class="date meta-item tie-icon">${h(formatDate(p.date))}</span></div></div></li>`,
    )
    .join('');

  return [
    htmlOpen(opts, ' class="" data-skin="light"'),
    documentHead(article, opts, {
      themeDir: 'jannah',
      themeVersion: '7.1.0',
      separator: ' - ',
      seo: pick(article.id + 'seo', ['yoast', 'rankmath', 'none'] as const),
      pageUrl: url,
      plugin,
      styles: [
        `${site.url}/wp-content/themes/jannah/assets/css/base.min.css?ver=7.1.0`,
        `${site.url}/wp-content/themes/jannah/assets/css/single.min.css?ver=7.1.0`,
      ],
    }),
    `<body id="tie-body" class="${h(bodyClasses(article, plugin, 'tie-no-js wrapper-has-shadow block-head-1 magazine1 is-thumb-overlay-disabled is-desktop is-header-layout-3 has-header-ad sidebar-right has-sidebar post-layout-1 narrow-title-narrow-media has-mobile-share'))}">`,
    '<div class="background-overlay">',
    '<div id="tie-container" class="site tie-container">',
    '<div id="tie-wrapper">',
    '<header id="theme-header" class="theme-header header-layout-3 main-nav-dark main-nav-default-dark main-nav-below has-stream-item top-nav-active top-nav-light top-nav-default-light top-nav-above has-shadow has-normal-width-logo mobile-header-default">',
    `<nav id="top-nav" class="has-date-breaking-components top-nav header-nav has-breaking-news" aria-label="Secondary Navigation"><div class="container"><div class="topbar-wrapper"><div class="topbar-today-date tie-icon">${h(formatDate(article.date))}</div><div class="tie-alignleft"><div class="breaking controls-is-active"><span class="breaking-title"><span class="tie-icon-bolt breaking-icon" aria-hidden="true"></span><span class="breaking-title-text">Breaking News</span></span><ul id="breaking-news-in-header" class="breaking-news" data-type="reveal" data-arrows="true">${ticker}</ul></div></div><div class="tie-alignright"><ul class="components"><li class="custom-menu-link menu-item">${plugin.switcher}</li><li class="social-icons-item"><a class="social-link facebook-social-icon" rel="external noopener nofollow" target="_blank" href="https://www.facebook.com/"><span class="tie-social-icon tie-icon-facebook"></span><span class="screen-reader-text">Facebook</span></a></li></ul></div></div></div></nav>`,
    `<div class="container header-container"><div class="tie-row logo-row"><div class="logo-wrapper"><div class="tie-col-md-4 logo-container clearfix"><div id="logo" class="image-logo" style="margin-top: 20px; margin-bottom: 20px;"><a title="${h(site.name)}" href="${h(site.url)}/"><picture class="tie-logo-default tie-logo-picture"><img class="tie-logo-img-default tie-logo-img" src="${h(site.url)}/wp-content/uploads/2020/11/logo.png" alt="${h(site.name)}" width="300" height="49"></picture></a></div></div></div><div class="tie-col-md-8 stream-item stream-item-top-wrapper"><div class="stream-item-top">${adsense(1300000000 + (hash(site.url) % 99999), 'banner')}</div></div></div></div>`,
    `<div class="main-nav-wrapper"><nav id="main-nav" class="main-nav header-nav" aria-label="Primary Navigation"><div class="container"><div class="main-menu-wrapper"><div id="menu-components-wrap"><div class="main-menu main-menu-wrap tie-alignleft"><div id="main-nav-menu" class="main-menu header-menu"><ul id="menu-main" class="menu" role="menubar"><li class="menu-item menu-item-type-custom menu-item-object-custom menu-item-home"><a href="${h(site.url)}/">Home</a></li>${menu}</ul></div></div><ul class="components"><li class="search-compact-icon menu-item custom-menu-link"><a href="#" class="tie-search-trigger"><span class="tie-icon-search tie-search-icon" aria-hidden="true"></span><span class="screen-reader-text">Search for</span></a></li></ul></div></div></div></nav></div>`,
    '</header>',
    '<div id="content" class="site-content container"><div id="main-content-row" class="tie-row main-content-row">',
    '<div class="main-content tie-col-md-8 tie-col-xs-12" role="main">',
    '<article id="the-post" class="container-wrapper post-content tie-standard">',
    '<header class="entry-header-outer">',
    `<nav id="breadcrumb"><a href="${h(site.url)}/"><span class="tie-icon-home" aria-hidden="true"></span> Home</a><em class="delimiter">/</em><a href="${h(categoryUrl(site, article.category))}">${h(article.category)}</a><em class="delimiter">/</em><span class="current">${h(article.title)}</span></nav>`,
    `<div class="entry-header"><span class="post-cat-wrap"><a class="post-cat tie-cat-${hash(article.category) % 40}" href="${h(categoryUrl(site, article.category))}">${h(article.category)}</a></span><h1 class="post-title entry-title">${h(article.title)}</h1>`,
    `<div class="single-post-meta post-meta clearfix"><span class="author-meta single-author no-avatars"><span class="meta-item meta-author-wrapper"><span class="meta-author"><a href="${h(authorUrl(site, article.byline))}" class="author-name tie-icon" title="${h(article.byline)}">${h(article.byline)}</a></span></span></span><span class="date meta-item tie-icon">${h(formatDate(article.date))}</span><div class="tie-alignright"><span class="meta-comment tie-icon meta-item fa-before">0</span><span class="meta-views meta-item"><span class="tie-icon-fire" aria-hidden="true"></span> ${(hash(article.id) % 500) + 20} </span><span class="meta-reading-time meta-item"><span class="tie-icon-bookmark" aria-hidden="true"></span> ${readMinutes} ${readMinutes === 1 ? 'minute' : 'minutes'} read</span></div></div></div>`,
    '</header>',
    featured
      ? `<div class="featured-area"><div class="featured-area-inner"><figure class="single-featured-image"><img width="780" height="470" src="${h(uploadUrl(site, article.date, sizedFile(featured.file, 780, 470)))}" class="attachment-jannah-image-post size-jannah-image-post wp-post-image" alt="${h(featured.alt)}" data-main-img="1">${featured.caption ? `<figcaption class="single-caption-text"><span class="tie-icon-camera" aria-hidden="true"></span> ${h(featured.caption)}</figcaption>` : ''}</figure></div></div>`
      : '',
    '<div class="entry-content entry clearfix">',
    `<div class="stream-item stream-item-above-post-content">${adsense(4600000000 + (hash(article.id) % 99999))}</div>`,
    body,
    '<div class="stream-item stream-item-below-post-content"></div>',
    `<div class="post-bottom-meta post-bottom-tags post-tags-modern"><div class="post-bottom-meta-title"><span class="tie-icon-tags" aria-hidden="true"></span> Tags</div><span class="tagcloud">${article.tags.map((t) => `<a href="${h(tagUrl(site, t))}" rel="tag">${h(t)}</a>`).join('')}</span></div>`,
    '</div>',
    '<div class="clearfix"></div>',
    `<div id="share-buttons-bottom" class="share-buttons share-buttons-bottom"><div class="share-links icons-text"><a href="${h(share.facebook)}" rel="external noopener nofollow" title="Facebook" target="_blank" class="facebook-share-btn large-share-button"><span class="share-btn-icon tie-icon-facebook"></span> <span class="social-text">Facebook</span></a><a href="${h(share.twitter)}" rel="external noopener nofollow" title="X" target="_blank" class="twitter-share-btn large-share-button"><span class="share-btn-icon tie-icon-twitter"></span> <span class="social-text">X</span></a><a href="${h(share.linkedin)}" rel="external noopener nofollow" title="LinkedIn" target="_blank" class="linkedin-share-btn"><span class="share-btn-icon tie-icon-linkedin"></span> <span class="screen-reader-text">LinkedIn</span></a><a href="${h(share.whatsapp)}" rel="external noopener nofollow" title="WhatsApp" target="_blank" class="whatsapp-share-btn"><span class="share-btn-icon tie-icon-whatsapp"></span> <span class="screen-reader-text">WhatsApp</span></a><a href="${h(share.telegram)}" rel="external noopener nofollow" title="Telegram" target="_blank" class="telegram-share-btn"><span class="share-btn-icon tie-icon-paper-plane"></span> <span class="screen-reader-text">Telegram</span></a><a href="${h(share.email)}" rel="external noopener nofollow" title="Share via Email" target="_blank" class="email-share-btn"><span class="share-btn-icon tie-icon-envelope"></span> <span class="screen-reader-text">Share via Email</span></a></div></div>`,
    '</article>',
    '<div class="post-components">',
    `<div class="about-author container-wrapper about-author-${hash(article.byline) % 9}"><div class="author-avatar"><a href="${h(authorUrl(site, article.byline))}"><img alt="Photo of ${h(article.byline)}" src="${h(avatarUrl(article.byline, 180))}" class="avatar avatar-180 photo" height="180" width="180" loading="lazy"></a></div><div class="author-info"><h3 class="author-name"><a href="${h(authorUrl(site, article.byline))}">${h(article.byline)}</a></h3><div class="author-bio">${h(article.bio)}</div><ul class="social-icons"></ul></div><div class="clearfix"></div></div>`,
    prev && next
      ? `<div class="prev-next-post-nav container-wrapper media-overlay"><div class="tie-col-xs-6 prev-post"><a href="${h(prev.url)}" class="post-thumb" rel="prev"><div class="post-thumb-overlay-wrap"><div class="post-thumb-overlay"><span class="tie-icon tie-media-icon"></span></div></div></a><a href="${h(prev.url)}" rel="prev"><h3 class="post-title">${h(prev.title)}</h3></a></div><div class="tie-col-xs-6 next-post"><a href="${h(next.url)}" class="post-thumb" rel="next"><div class="post-thumb-overlay-wrap"><div class="post-thumb-overlay"><span class="tie-icon tie-media-icon"></span></div></div></a><a href="${h(next.url)}" rel="next"><h3 class="post-title">${h(next.title)}</h3></a></div></div>`
      : '',
    relatedList
      ? `<div id="related-posts" class="container-wrapper has-extra-post"><div class="mag-box-title the-global-title"><h3>Related Articles</h3></div><div class="related-posts-list">${relatedList}</div></div>`
      : '',
    commentSection(article, site, plugin, { title: 'Leave a Reply', submit: 'Post Comment' })
      .replace(
        '<div id="comments" class="comments-area">',
        '<div id="comments" class="comments-area"><div id="add-comment-block" class="container-wrapper">',
      )
      .replace(/<\/div>$/, '</div></div>')
      .replace('class="comment-reply-title"', 'class="comment-reply-title the-global-title"'),
    '</div>',
    '</div>',
    `<aside class="sidebar tie-col-md-4 tie-col-xs-12 normal-side is-sticky" aria-label="Primary Sidebar"><div class="theiaStickySidebar"><div id="posts-list-widget-2" class="container-wrapper widget posts-list"><div class="widget-title the-global-title"><div class="the-subtitle">Recent Posts</div></div><div class="widget-posts-list-wrapper"><div class="widget-posts-list-container"><ul class="posts-list-items widget-posts-wrapper">${sidebar}</ul></div></div><div class="clearfix"></div></div><div id="stream-item-widget-2" class="container-wrapper widget stream-item-widget"><div class="stream-item-widget-content">${adsense(3500000000 + (hash(site.url) % 99999), 'square')}</div><div class="clearfix"></div></div></div></aside>`,
    '</div></div>',
    `<footer id="footer" class="site-footer dark-skin dark-widgetized-area"><div id="site-info" class="site-info site-info-layout-2"><div class="container"><div class="tie-row"><div class="tie-col-md-12"><div class="copyright-text copyright-text-first">&copy; Copyright ${article.date.slice(0, 4)}, All Rights Reserved &nbsp;|&nbsp; ${h(site.name)}</div><div class="footer-menu"><ul id="menu-footer" class="menu">${footerLinks(site)}</ul></div><ul class="social-icons"></ul></div></div></div></div></footer>`,
    check
      ? `<div id="check-also-box" class="container-wrapper check-also-right"><div class="widget-title the-global-title has-block-head-4"><div class="the-subtitle">Check Also</div><a href="#" id="check-also-close" class="remove"><span class="screen-reader-text">Close</span></a></div><div class="widget posts-list-big-first has-first-big-post"><ul class="posts-list-items"><li class="widget-single-post-item widget-post-list tie-standard"><div class="post-widget-thumbnail"><a aria-label="${h(check.title)}" href="${h(check.url)}" class="post-thumb">${check.image ? `<img width="390" height="220" src="${h(check.image)}" class="attachment-jannah-image-large size-jannah-image-large wp-post-image" alt="">` : ''}</a></div><div class="post-widget-body"><a class="post-title the-subtitle" href="${h(check.url)}">${h(check.title)}</a><div class="post-meta"><span class="date meta-item tie-icon">${h(formatDate(check.date))}</span></div></div></li></ul></div></div>`
      : '',
    '<a id="go-to-top" class="go-to-top-button" href="#go-to-tie-body"><span class="tie-icon-angle-up"></span><span class="screen-reader-text">Back to top button</span></a>',
    '</div>',
    '</div>',
    '</div>',
    cookieBanner(pick(article.id + 'cookie', ['gdpr-cookie-consent', null, 'cookie-notice'] as const), site),
    plugin.footer,
    `<script id="tie-scripts-js-extra">var tie = {"is_rtl":"","ajaxurl":"${h(site.url)}\\/wp-admin\\/admin-ajax.php","is_side_aside_light":"","is_taqyeem_active":"","is_sticky_video":"","post_id":"${id}","reading_indicator":"true","lazyload":"","select_share":"true","select_share_twitter":"","select_share_facebook":"","select_share_linkedin":"","select_share_email":"","share_nonce":"0","ajax_loader":"","type_to_search":"","lang_no_results":"Nothing Found","sticky_behavior":"default","sticky_desktop":"true"};</script>`,
    wpFooterScripts(site, [
      `${site.url}/wp-content/themes/jannah/assets/js/scripts.min.js?ver=7.1.0`,
      `${site.url}/wp-content/themes/jannah/assets/js/single.min.js?ver=7.1.0`,
    ]),
    `<!-- Cached page generated by WP-Super-Cache on ${isoDate(article.date).slice(0, 10)} ${isoDate(article.date).slice(11, 19)} -->`,
    '</body>',
    '</html>',
  ]
    .filter((x) => x !== '')
    .join('\n');
}
