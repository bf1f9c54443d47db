/** Newspaper by tagDiv (td-* classes, td-post-content, td_block_related_posts). */
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
  wpFooterScripts,
  postContext,
} from '../parts';
import type { Article, RenderOptions } from '../types';

export const name = 'newspaper';

export function render(article: Article, opts: RenderOptions): string {
  const { site, url, plugin, related, id, featured } = postContext(article, opts);
  const block = `tdi_${(hash(article.id) % 90) + 10}_${hash(article.id).toString(16).slice(0, 3)}`;
  const share = shareLinks(url, article.title, featured ? uploadUrl(site, article.date, featured.file) : '');
  const shareBar = (where: 'top' | 'bottom') =>
    `<div class="td-post-sharing-${where}"><div id="td_social_sharing_article_${where}" class="td-post-sharing td-ps-bg td-ps-notext td-post-sharing-style1"><div class="td-post-sharing-visible">${(
      [
        ['facebook', share.facebook, 'Facebook'],
        ['twitter', share.twitter, 'Twitter'],
        ['pinterest', share.pinterest, 'Pinterest'],
        ['whatsapp', share.whatsapp, 'WhatsApp'],
        ['telegram', share.telegram, 'Telegram'],
      ] as const
    )
      .map(
        ([k, href, label]) =>
          `<a class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-${k}" href="${h(href)}" title="${label}"><div class="td-social-but-icon"><i class="td-icon-${k}"></i></div><div class="td-social-but-text">${label}</div></a>`,
      )
      .join('')}</div></div></div>`;

  const body = assembleBody(article, opts, {
    paragraph: (b) => basicParagraph(b, ''),
    figure: (img, src) =>
      `<figure class="wp-block-image size-large"><img decoding="async" width="696" height="464" src="${h(src)}" alt="${h(img.alt)}" class="wp-image-${id + 1}">${img.caption ? `<figcaption class="wp-element-caption">${h(img.caption)}</figcaption>` : ''}</figure>`,
    promo: (post, i) =>
      i === 0
        ? editorPromo(article, post)
        : `<div class="td_block_wrap td_block_related_posts td-inline-related"><h4 class="td-related-title td-block-title"><a class="td-related-left td-cur-simple-item" href="#">READ ALSO</a></h4><div class="td_module_related_posts"><h3 class="entry-title td-module-title"><a href="${h(post.url)}" rel="bookmark" title="${h(post.title)}">${h(post.title)}</a></h3></div></div>`,
    ad: () =>
      `<div class="td-a-rec td-a-rec-id-content_inline"><span class="td-adspot-title">- Advertisement -</span>${adsense(2200000000 + (hash(article.id) % 99999))}</div>`,
  });

  const menu = menuCategories(article)
    .map(
      (c, i) =>
        `<li id="menu-item-${30 + i}" class="menu-item menu-item-type-taxonomy menu-item-object-category${c === article.category ? ' current-post-ancestor current-menu-parent' : ''} td-menu-item td-normal-menu menu-item-${30 + i}"><a href="${h(categoryUrl(site, c))}">${h(c)}</a></li>`,
    )
    .join('');

  const relatedBlock = related.length
    ? `<div class="td_block_wrap td_block_related_posts ${block} td_with_ajax_pagination td-pb-border-top td_block_template_1" data-td-block-uid="${block}"><h4 class="td-related-title td-block-title"><a class="td-related-left td-cur-simple-item" href="#">RELATED ARTICLES</a><a class="td-related-right" href="#">MORE FROM AUTHOR</a></h4><div id="${block}" class="td_block_inner"><div class="td-related-row">${related
        .slice(0, 3)
        .map(
          (p) =>
            `<div class="td-related-span4"><div class="td_module_related_posts td-animation-stack td_mod_related_posts"><div class="td-module-image"><div class="td-module-thumb"><a href="${h(p.url)}" rel="bookmark" class="td-image-wrap" title="${h(p.title)}">${p.image ? `<img class="entry-thumb" src="${h(p.image)}" alt="" title="${h(p.title)}" width="218" height="150">` : ''}</a></div><a href="${h(categoryUrl(site, p.category))}" class="td-post-category">${h(p.category)}</a></div><div class="item-details"><h3 class="entry-title td-module-title"><a href="${h(p.url)}" rel="bookmark" title="${h(p.title)}">${h(p.title)}</a></h3></div></div></div>`,
        )
        .join('')}</div></div></div>`
    : '';

  const prev = related[0];
  const next = related[1];
  const popular = related
    .map(
      (p) =>
        `<div class="td_module_6 td_module_wrap td-animation-stack"><div class="item-details"><h3 class="entry-title td-module-title"><a href="${h(p.url)}" rel="bookmark" title="${h(p.title)}">${h(p.title)}</a></h3><div class="td-module-meta-info"><span class="td-post-date"><time class="entry-date updated td-module-date" datetime="${h(isoDate(p.date))}">${h(formatDate(p.date))}</time></span></div></div></div>`,
    )
    .join('');

  return [
    htmlOpen(opts),
    documentHead(article, opts, {
      themeDir: 'Newspaper',
      themeVersion: '12.6.1',
      separator: ' | ',
      seo: pick(article.id + 'seo', ['yoast', 'rankmath', 'none'] as const),
      pageUrl: url,
      plugin,
      styles: [`${site.url}/wp-content/plugins/td-composer/legacy/Newspaper/assets/css/td_legacy_main.css?ver=12.6.1`],
      css: '.td-header-wrap .td-header-top-menu-full{background-color:#1c1c1c}.td-post-content p{font-size:17px;line-height:1.74}',
    }),
    `<body class="${h(bodyClasses(article, plugin, 'td-standard-pack global-block-template-1 single_template_2 td-full-layout'))}" itemscope="itemscope" itemtype="https://schema.org/WebPage">`,
    '<div class="td-scroll-up" data-style="style1"><i class="td-icon-menu-up"></i></div>',
    '<div class="td-menu-background" style="visibility:hidden"></div>',
    `<div id="td-mobile-nav" style="min-height: 100vh;"><div class="td-mobile-container"><div class="td-mobile-content"><div class="menu-main-menu-container"><ul id="menu-main-menu" class="td-mobile-main-menu">${menu.replace(/ id="menu-item-\d+"/g, '')}</ul></div></div></div></div>`,
    '<div id="td-outer-wrap" class="td-theme-wrap">',
    '<div class="tdc-header-wrap">',
    '<div class="td-header-wrap td-header-style-1">',
    `<div class="td-header-top-menu-full td-container-wrap"><div class="td-container td-header-row td-header-top-menu"><div class="top-bar-style-1"><div class="td-header-sp-top-menu"><div class="td_data_time"><div>${h(formatDate(article.date))}</div></div><div class="menu-top-container"><ul id="menu-top-menu" class="top-header-menu"><li class="menu-item td-menu-item td-normal-menu"><a href="${h(site.url)}/about-us/">About Us</a></li><li class="menu-item td-menu-item td-normal-menu"><a href="${h(site.url)}/contact/">Contact</a></li></ul></div></div><div class="td-header-sp-top-widget">${plugin.switcher}<span class="td-social-icon-wrap"><a target="_blank" href="https://www.facebook.com/" title="Facebook"><i class="td-icon-font td-icon-facebook"></i></a></span><span class="td-social-icon-wrap"><a target="_blank" href="https://twitter.com/" title="Twitter"><i class="td-icon-font td-icon-twitter"></i></a></span></div></div></div></div>`,
    `<div class="td-banner-wrap-full td-logo-wrap-full td-container-wrap"><div class="td-container td-header-row td-header-header"><div class="td-header-sp-logo"><a class="td-main-logo" href="${h(site.url)}/"><img class="td-retina-data" src="${h(site.url)}/wp-content/uploads/2021/03/logo.png" alt="${h(site.name)}" width="272" height="90"><span class="td-visual-hidden">${h(site.name)}</span></a></div><div class="td-header-sp-recs"><div class="td-header-rec-wrap"><div class="td-a-rec td-a-rec-id-header">${adsense(1100000000 + (hash(site.url) % 99999), 'banner')}</div></div></div></div></div>`,
    `<div class="td-header-menu-wrap-full td-container-wrap"><div class="td-header-menu-wrap td-header-gradient"><div class="td-container td-header-row td-header-main-menu"><div id="td-header-menu" role="navigation"><div id="td-top-mobile-toggle"><a href="#" aria-label="mobile-toggle"><i class="td-icon-font td-icon-mobile"></i></a></div><div class="menu-main-menu-container"><ul id="menu-main-menu-1" class="sf-menu"><li class="menu-item menu-item-type-custom menu-item-object-custom menu-item-home td-menu-item td-normal-menu"><a href="${h(site.url)}/">Home</a></li>${menu}</ul></div></div><div class="header-search-wrap"><div class="td-search-btns-wrap"><a id="td-header-search-button" href="#" role="button" aria-label="Search" class="dropdown-toggle" data-toggle="dropdown"><i class="td-icon-search"></i></a></div></div></div></div></div>`,
    '</div>',
    '</div>',
    '<div class="td-main-content-wrap td-container-wrap">',
    '<div class="td-container td-post-template-default">',
    `<div class="td-crumb-container"><div class="entry-crumbs"><span><a title="" class="entry-crumb" href="${h(site.url)}/">Home</a></span> <i class="td-icon-right td-bread-sep"></i> <span><a title="View all posts in ${h(article.category)}" class="entry-crumb" href="${h(categoryUrl(site, article.category))}">${h(article.category)}</a></span> <i class="td-icon-right td-bread-sep td-bred-no-url-last"></i> <span class="td-bred-no-url-last">${h(article.title)}</span></div></div>`,
    '<div class="td-pb-row">',
    '<div class="td-pb-span8 td-main-content" role="main">',
    '<div class="td-ss-main-content">',
    `<article id="post-${id}" class="post-${id} post type-post status-publish format-standard has-post-thumbnail category-${h(article.category.toLowerCase().replace(/\s+/g, '-'))}" itemscope itemtype="https://schema.org/Article">`,
    '<div class="td-post-header">',
    `<ul class="td-category"><li class="entry-category"><a href="${h(categoryUrl(site, article.category))}">${h(article.category)}</a></li></ul>`,
    '<header class="td-post-title">',
    `<h1 class="entry-title">${h(article.title)}</h1>`,
    `<div class="td-module-meta-info"><div class="td-post-author-name"><div class="td-author-by">By</div> <a href="${h(authorUrl(site, article.byline))}">${h(article.byline)}</a><div class="td-author-line"> - </div></div><span class="td-post-date"><time class="entry-date updated td-module-date" datetime="${h(isoDate(article.date))}">${h(formatDate(article.date))}</time></span><div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-${id}">${(hash(article.id) % 3000) + 40}</span></div><div class="td-post-comments"><a href="#respond"><i class="td-icon-comments"></i>0</a></div></div>`,
    '</header>',
    '</div>',
    shareBar('top'),
    '<div class="td-post-content tagdiv-type">',
    featured
      ? `<div class="td-post-featured-image"><a href="${h(uploadUrl(site, article.date, featured.file))}" data-caption="${h(featured.caption ?? '')}"><img width="696" height="464" class="entry-thumb td-modal-image" src="${h(uploadUrl(site, article.date, sizedFile(featured.file, 696, 464)))}" alt="${h(featured.alt)}" title="${h(featured.alt)}"></a>${featured.caption ? `<span class="wp-caption-text">${h(featured.caption)}</span>` : ''}</div>`
      : '',
    body,
    '</div>',
    '<footer>',
    `<div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>TAGS</span></li>${article.tags.map((t) => `<li><a href="${h(tagUrl(site, t))}">${h(t)}</a></li>`).join('')}</ul></div>`,
    shareBar('bottom'),
    prev && next
      ? `<div class="td-block-row td-post-next-prev"><div class="td-block-span6 td-post-prev-post"><div class="td-post-next-prev-content"><span>Previous article</span><a href="${h(prev.url)}">${h(prev.title)}</a></div></div><div class="td-next-prev-separator"></div><div class="td-block-span6 td-post-next-post"><div class="td-post-next-prev-content"><span>Next article</span><a href="${h(next.url)}">${h(next.title)}</a></div></div></div>`
      : '',
    `<div class="author-box-wrap"><a href="${h(authorUrl(site, article.byline))}"><img alt="" src="${h(avatarUrl(article.byline))}" class="avatar avatar-96 photo" height="96" width="96" loading="lazy"></a><div class="desc"><div class="td-author-name vcard author"><span class="fn"><a href="${h(authorUrl(site, article.byline))}">${h(article.byline)}</a></span></div><div class="td-author-description">${h(article.bio)}</div><div class="td-author-social"></div><div class="clearfix"></div></div></div>`,
    '</footer>',
    '</article>',
    relatedBlock,
    commentSection(article, site, plugin, { title: 'LEAVE A REPLY', submit: 'Post Comment', placeholder: true, commentLabel: 'Comment' }),
    '</div>',
    '</div>',
    '<div class="td-pb-span4 td-main-sidebar" role="complementary"><div class="td-ss-main-sidebar">',
    `<div class="td_block_wrap td_block_social_counter td_block_template_1"><div class="td-social-list"><div class="td_social_type td-pb-margin-side td_social_facebook"><div class="td-social-box"><div class="td-sp td-sp-facebook"></div><span class="td_social_info">${(hash(site.url) % 90000) + 1000}</span><span class="td_social_info td_social_info_name">Fans</span><span class="td_social_button"><a href="https://www.facebook.com/">Like</a></span></div></div></div></div>`,
    `<div class="td_block_wrap td_block_7 td_block_template_1"><div class="td-block-title-wrap"><h4 class="block-title td-block-title"><span class="td-pulldown-size">Popular News</span></h4></div><div class="td_block_inner">${popular}</div></div>`,
    `<div class="td-a-rec td-a-rec-id-sidebar"><span class="td-adspot-title">- Advertisement -</span>${adsense(3300000000 + (hash(site.url) % 99999), 'square')}</div>`,
    '</div></div>',
    '</div>',
    '</div>',
    '</div>',
    `<div class="td-footer-wrapper td-footer-container td-container-wrap"><div class="td-container"><div class="td-pb-row"><div class="td-pb-span12"><div class="footer-logo-wrap"><a href="${h(site.url)}/"><img class="td-retina-data" src="${h(site.url)}/wp-content/uploads/2021/03/logo-footer.png" alt="${h(site.name)}" width="272"></a></div><div class="footer-text-wrap">${h(site.tagline ?? '')}<div class="footer-email-wrap">Contact us: <a href="mailto:contact@${h(site.url.replace(/^https?:\/\//, ''))}">contact@${h(site.url.replace(/^https?:\/\//, ''))}</a></div></div></div></div></div></div>`,
    `<div class="td-sub-footer-container td-container-wrap"><div class="td-container"><div class="td-pb-row"><div class="td-pb-span td-sub-footer-menu"><div class="menu-footer-container"><ul id="menu-footer" class="td-subfooter-menu">${footerLinks(site)}</ul></div></div><div class="td-pb-span td-sub-footer-copy">&copy; ${h(site.name)} ${article.date.slice(0, 4)}. All rights reserved.</div></div></div></div>`,
    '</div>',
    cookieBanner(pick(article.id + 'cookie', ['cookie-notice', 'gdpr-cookie-consent', null] as const), site),
    plugin.footer,
    wpFooterScripts(site, [`${site.url}/wp-content/plugins/td-cloud-library/assets/js/js_files_for_front.min.js?ver=e8fa5a2bd9`]),
    '</body>',
    '</html>',
    '',
  ]
    .filter((x) => x !== '')
    .join('\n');
}
