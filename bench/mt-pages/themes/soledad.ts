/** Soledad by PenciDesign (penci-* classes, inner-post-entry, post-related "You may also like"). */
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
  bodyClasses,
  commentSection,
  searchForm,
  cookieBanner,
  documentHead,
  footerLinks,
  htmlOpen,
  menuCategories,
  newsletterBox,
  wpFooterScripts,
  postContext,
} from '../parts';
import type { Article, RenderOptions } from '../types';

export const name = 'soledad';

export function render(article: Article, opts: RenderOptions): string {
  const { site, url, plugin, related, id, featured } = postContext(article, opts);
  const share = shareLinks(url, article.title, featured ? uploadUrl(site, article.date, featured.file) : '');
  const time = (iso: string) => `<time class="entry-date published" datetime="${h(isoDate(iso))}">${h(formatDate(iso))}</time>`;

  const body = assembleBody(
    article,
    opts,
    {
      paragraph: (b) => basicParagraph(b, 'wp-block-quote'),
      figure: (img, src) =>
        `<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" src="${h(src)}" alt="${h(img.alt)}" class="wp-image-${id + 4}">${img.caption ? `<figcaption class="wp-element-caption">${h(img.caption)}</figcaption>` : ''}</figure>`,
      promo: (post, i) =>
        i === 0
          ? editorPromo(article, post)
          : `<div class="penci-ilrelated-wrapper penci-ilrltpost-beaf"><div class="penci-ilrelated-heading">You might be interested in</div><ul class="penci-ilrltpost-list"><li><a href="${h(post.url)}">${h(post.title)}</a></li></ul></div>`,
    },
    2,
    0,
  );

  const menu = menuCategories(article)
    .map(
      (c, i) =>
        `<li id="menu-item-${90 + i}" class="menu-item menu-item-type-taxonomy menu-item-object-category${c === article.category ? ' current-post-ancestor current-menu-parent' : ''} ajax-mega-menu menu-item-${90 + i}"><a href="${h(categoryUrl(site, c))}">${h(c)}</a></li>`,
    )
    .join('');

  const relatedItems = related
    .slice(0, 3)
    .map(
      (p) =>
        `<div class="item-related"><a class="related-thumb penci-image-holder penci-lazy" data-bgset="${h(p.image ?? '')}" href="${h(p.url)}" title="${h(p.title)}"></a><h3><a href="${h(p.url)}">${h(p.title)}</a></h3><span class="date">${time(p.date)}</span></div>`,
    )
    .join('');

  const prev = related[0];
  const next = related[1];
  const latest = related
    .map(
      (p) =>
        `<li class="penci-feed"><div class="side-item"><div class="side-item-text"><h4 class="side-title-post"><a href="${h(p.url)}" rel="bookmark" title="${h(p.title)}">${h(p.title)}</a></h4><span class="side-item-meta side-wdate">${time(p.date)}</span></div></div></li>`,
    )
    .join('');

  return [
    htmlOpen(opts),
    documentHead(article, opts, {
      themeDir: 'soledad',
      themeVersion: '8.4.1',
      separator: ' - ',
      seo: pick(article.id + 'seo', ['yoast', 'rankmath', 'none'] as const),
      pageUrl: url,
      plugin,
      styles: [
        `${site.url}/wp-content/themes/soledad/css/font-awesome.5.11.2.min.css?ver=8.4.1`,
        `${site.url}/wp-content/themes/soledad/main.css?ver=8.4.1`,
      ],
    }),
    `<body class="${h(bodyClasses(article, plugin, 'soledad-ver-8-4-1 pclight-mode penci-fawesome-ver5 pcmn-drdw-style-slide_down pchds-default'))}">`,
    '<div class="wrapper-boxed header-style-header-6 header-search-style-default">',
    '<div class="penci-header-wrap">',
    `<div class="penci-top-bar topbar-menu"><div class="container"><div class="penci-headline" role="navigation"><ul id="menu-top" class="penci-topbar-menu">${footerLinks(site)}</ul><div class="pctopbar-item penci-topbar-ctext">${h(formatDate(article.date, 'dmy-long'))}</div><div class="penci-topbar-social">${plugin.switcher}<div class="inner-header-social"><a href="https://www.facebook.com/" aria-label="Facebook" rel="noreferrer" target="_blank"><i class="penci-faicon fab fa-facebook-f"></i></a><a href="https://www.instagram.com/" aria-label="Instagram" rel="noreferrer" target="_blank"><i class="penci-faicon fab fa-instagram"></i></a></div></div></div></div></div>`,
    `<header id="header" class="header-header-6 has-bottom-line" itemscope="itemscope" itemtype="https://schema.org/WPHeader"><nav id="navigation" class="header-layout-bottom header-6 menu-style-1" role="navigation" itemscope itemtype="https://schema.org/SiteNavigationElement"><div class="container"><div class="button-menu-mobile header-6"><i class="penciicon-menu"></i></div><div id="logo"><a href="${h(site.url)}/"><img class="penci-mainlogo penci-limg" src="${h(site.url)}/wp-content/uploads/2021/06/logo.png" alt="${h(site.name)}" width="210" height="60"></a></div><ul id="menu-main-menu" class="menu"><li class="menu-item menu-item-type-custom menu-item-object-custom menu-item-home"><a href="${h(site.url)}/">Home</a></li>${menu}</ul><div id="top-search" class="penci-top-search pcheader-icon top-search-classes"><a href="#" class="search-click" aria-label="Search"><i class="penciicon-magnifiying-glass"></i></a><div class="show-search pcbds-default">${searchForm(site)}</div></div></div></nav></header>`,
    '</div>',
    '<div class="container container-single penci_sidebar right-sidebar penci-enable-lightbox">',
    '<div id="main" class="penci-main-single-page-default">',
    '<div class="theiaStickySidebar">',
    `<article id="post-${id}" class="post type-post status-publish format-standard has-post-thumbnail hentry">`,
    '<div class="penci-single-block">',
    `<div class="penci-standard-cat"><span class="cat"><a class="penci-cat-name penci-cat-${hash(article.category) % 30}" href="${h(categoryUrl(site, article.category))}" rel="category tag"><span>${h(article.category)}</span></a></span></div>`,
    `<h1 class="post-title single-post-title entry-title">${h(article.title)}</h1>`,
    `<div class="penci-hide-tagupdated"><span class="author-italic author vcard">by <a class="author-url url fn n" href="${h(authorUrl(site, article.byline))}">${h(article.byline)}</a></span>${time(article.date)}</div>`,
    `<div class="post-box-meta-single"><span class="author-post byline"><span class="author vcard">written by <a class="author-url url fn n" href="${h(authorUrl(site, article.byline))}">${h(article.byline)}</a></span></span><span>${time(article.date)}</span><span>0 comment</span><span><i class="penci-post-countview-number">${(hash(article.id) % 700) + 15}</i> views</span></div>`,
    featured
      ? `<div class="post-image"><a href="${h(uploadUrl(site, article.date, featured.file))}" data-rel="penci-gallery-image-content"><img class="attachment-penci-full-thumb size-penci-full-thumb penci-lazy wp-post-image" width="1170" height="780" src="${h(uploadUrl(site, article.date, sizedFile(featured.file, 1170, 780)))}" alt="${h(featured.alt)}" title="${h(featured.file.replace(/\.[a-z]+$/i, ''))}"></a>${featured.caption ? `<span class="penci-featured-caption">${h(featured.caption)}</span>` : ''}</div>`
      : '',
    '<div class="post-entry blockquote-style-1">',
    '<div class="inner-post-entry entry-content" id="penci-post-entry-inner">',
    body,
    '<div class="penci-single-link-pages"></div>',
    `<div class="post-tags">${article.tags.map((t) => `<a href="${h(tagUrl(site, t))}" rel="tag">${h(t)}</a>`).join('')}</div>`,
    '</div>',
    '</div>',
    `<div class="tags-share-box single-post-share tags-share-box-s1 center-box"><span class="single-comment-o"><i class="penci-faicon fa fa-comment-o"></i>0 comment</span><div class="post-share"><span class="post-share-item post-share-plike"><span class="count-number-like">0</span><a href="#" aria-label="Like this post" class="penci-post-like single-like-button" data-post_id="${id}" title="Like" data-like="Like" data-unlike="Unlike"><i class="penci-faicon fa fa-heart-o"></i></a></span><div class="list-posts-share"><a class="post-share-item post-share-facebook" aria-label="Share on Facebook" target="_blank" rel="noreferrer" href="${h(share.facebook)}"><i class="penci-faicon fa fa-facebook"></i><span class="dt-share">Facebook</span></a><a class="post-share-item post-share-twitter" aria-label="Share on Twitter" target="_blank" rel="noreferrer" href="${h(share.twitter)}"><i class="penci-faicon fa fa-twitter"></i><span class="dt-share">Twitter</span></a><a class="post-share-item post-share-pinterest" aria-label="Pin to Pinterest" target="_blank" rel="noreferrer" href="${h(share.pinterest)}"><i class="penci-faicon fa fa-pinterest"></i><span class="dt-share">Pinterest</span></a><a class="post-share-item post-share-email" target="_blank" aria-label="Share via Email" rel="noreferrer" href="${h(share.email)}"><i class="penci-faicon fa fa-envelope"></i><span class="dt-share">Email</span></a></div></div></div>`,
    `<div class="post-author abio-style-1 bioimg-round"><div class="author-img"><img alt="" src="${h(avatarUrl(article.byline, 100))}" class="avatar avatar-100 photo" height="100" width="100" loading="lazy"></div><div class="author-content"><h5><a href="${h(authorUrl(site, article.byline))}" title="Author ${h(article.byline)}" rel="author">${h(article.byline)}</a></h5><p>${h(article.bio)}</p><div class="bio-social"></div></div></div>`,
    prev && next
      ? `<div class="post-pagination pcpagp-style-1"><div class="prev-post"><div class="prev-post-inner"><div class="prev-post-title"><span>previous post</span></div><a href="${h(prev.url)}"><div class="pagi-text"><h5 class="prev-title">${h(prev.title)}</h5></div></a></div></div><div class="next-post"><div class="next-post-inner"><div class="prev-post-title next-post-title"><span>next post</span></div><a href="${h(next.url)}"><div class="pagi-text"><h5 class="next-title">${h(next.title)}</h5></div></a></div></div></div>`
      : '',
    relatedItems
      ? `<div class="post-related"><div class="post-title-box"><h4 class="post-box-title">You may also like</h4></div><div class="penci-owl-carousel penci-owl-carousel-slider penci-related-carousel" data-lazy="true" data-item="3" data-desktop="3" data-tablet="2" data-tabsmall="2" data-auto="false" data-speed="300" data-dots="true" data-nav="false">${relatedItems}</div></div>`
      : '',
    commentSection(article, site, plugin, {
      title: 'Leave a Comment',
      submit: 'Submit',
      notes: false,
      placeholder: true,
      commentLabel: 'Your Comment',
    }).replace(
      '<div id="comments" class="comments-area">',
      '<div class="post-comments no-comment-yet penci-comments-hide-0" id="comments"><div class="comments-area">',
    ) + '</div>',
    '</div>',
    '</article>',
    '</div>',
    '</div>',
    `<div id="sidebar" class="penci-sidebar-right penci-sidebar-content style-1 pcalign-center pcsb-boxed-widget pciconp-right pcicon-right"><div class="theiaStickySidebar"><aside id="penci_latest_news_widget-1" class="widget penci_latest_news_widget"><h3 class="widget-title penci-border-arrow"><span class="inner-arrow">Recent Posts</span></h3><ul id="penci-latestwg-1" class="side-newsfeed display-order-numbers">${latest}</ul></aside><aside id="mc4wp_form_widget-2" class="widget widget_mc4wp_form_widget"><h3 class="widget-title penci-border-arrow"><span class="inner-arrow">Newsletter</span></h3>${newsletterBox('mc4wp', site, plugin, 'Subscribe my Newsletter for new blog posts, tips & new photos. Let\u2019s stay updated!')}</aside></div></div>`,
    '</div>',
    '<div class="clear-footer"></div>',
    `<footer id="footer-section" class="penci-footer-social-media penci-lazy footer-social-remove-circle"><div class="container"><div class="footer-socials-section penci-social-textcolored"><ul class="footer-socials"><li><a href="https://www.facebook.com/" aria-label="Facebook" rel="noreferrer" target="_blank"><i class="penci-faicon fab fa-facebook-f"></i><span class="footer-socials-name">Facebook</span></a></li><li><a href="https://twitter.com/" aria-label="Twitter" rel="noreferrer" target="_blank"><i class="penci-faicon fab fa-twitter"></i><span class="footer-socials-name">Twitter</span></a></li></ul></div><div class="footer-logo-copyright footer-not-logo go-to-top-parent"><div id="footer-copyright"><p>@${article.date.slice(0, 4)} - ${h(site.name)}. All Right Reserved. Designed and Developed by <a rel="nofollow" href="https://1.envato.market/YYJ4P" target="_blank">PenciDesign</a></p></div><div class="go-to-top-parent"><a href="#" class="go-to-top"><span><i class="penciicon-up-chevron"></i><br>Back To Top</span></a></div></div></div></footer>`,
    '</div>',
    cookieBanner(pick(article.id + 'cookie', ['cookie-notice', 'complianz', null] as const), site),
    plugin.footer,
    wpFooterScripts(site, [
      `${site.url}/wp-content/themes/soledad/js/libs-script.min.js?ver=8.4.1`,
      `${site.url}/wp-content/themes/soledad/js/main.js?ver=8.4.1`,
    ]),
    '</body>',
    '</html>',
  ]
    .filter((x) => x !== '')
    .join('\n');
}
