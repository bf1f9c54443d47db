/** JNews by Jegtheme (jeg_* classes, content-inner, jnews_related_post_container). */
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
  newsletterBox,
  wpFooterScripts,
  postContext,
} from '../parts';
import type { Article, RenderOptions } from '../types';

export const name = 'jnews';

export function render(article: Article, opts: RenderOptions): string {
  const { site, url, plugin, related, id, featured } = postContext(article, opts);
  const share = shareLinks(url, article.title);
  const views = (hash(article.id) % 900) + 12;

  const body = assembleBody(article, opts, {
    paragraph: (b) => basicParagraph(b, 'wp-block-quote'),
    figure: (img, src) =>
      `<div class="wp-caption aligncenter" style="width: 760px"><img decoding="async" class="size-full wp-image-${id + 2}" src="${h(src)}" alt="${h(img.alt)}" width="750" height="500">${img.caption ? `<p class="wp-caption-text">${h(img.caption)}</p>` : ''}</div>`,
    promo: (post, i) =>
      i === 0
        ? editorPromo(article, post)
        : `<div class="jnews_inline_related_post_wrapper"><div class="jnews_inline_related_post"><div class="jeg_postblock_29 jeg_postblock jeg_col_2o3"><div class="jeg_block_heading jeg_block_heading_6 jeg_subcat_right"><h3 class="jeg_block_title"><span>Related<strong> Posts</strong></span></h3></div><div class="jeg_posts"><div class="jeg_postsmall jeg_load_more_flag"><article class="jeg_post jeg_pl_xs format-standard"><div class="jeg_postblock_content"><h3 class="jeg_post_title"><a href="${h(post.url)}">${h(post.title)}</a></h3></div></article></div></div></div></div></div>`,
    ad: () =>
      `<div class="jeg_ad jeg_ad_article jnews_content_inline_ads"><div class="ads-wrapper align-center">${adsense(4400000000 + (hash(article.id) % 99999))}</div></div>`,
  });

  const menu = menuCategories(article)
    .map(
      (c, i) =>
        `<li id="menu-item-${50 + i}" class="menu-item menu-item-type-taxonomy menu-item-object-category${c === article.category ? ' current-post-ancestor current-menu-parent' : ''} menu-item-${50 + i} bgnav" data-item-row="default"><a href="${h(categoryUrl(site, c))}">${h(c)}</a></li>`,
    )
    .join('');

  const relatedPosts = related
    .slice(0, 3)
    .map(
      (p) =>
        `<article class="jeg_post jeg_pl_md_5 format-standard"><div class="jeg_thumb"><a href="${h(p.url)}"><div class="thumbnail-container size-715">${p.image ? `<img width="350" height="250" src="${h(p.image)}" class="attachment-jnews-350x250 size-jnews-350x250 wp-post-image" alt="">` : ''}</div></a></div><div class="jeg_postblock_content"><h3 class="jeg_post_title"><a href="${h(p.url)}">${h(p.title)}</a></h3><div class="jeg_post_meta"><div class="jeg_meta_date"><a href="${h(p.url)}"><i class="fa fa-clock-o"></i> ${h(formatDate(p.date, 'short'))}</a></div></div></div></article>`,
    )
    .join('');

  const prev = related[2];
  const next = related[3];
  const sidebarList = related
    .map(
      (p) =>
        `<div class="jeg_post jeg_pl_sm format-standard"><div class="jeg_postblock_content"><h3 class="jeg_post_title"><a href="${h(p.url)}">${h(p.title)}</a></h3><div class="jeg_post_meta"><div class="jeg_meta_date"><a href="${h(p.url)}"><i class="fa fa-clock-o"></i> ${h(formatDate(p.date, 'short'))}</a></div></div></div></div>`,
    )
    .join('');

  return [
    htmlOpen(opts),
    documentHead(article, opts, {
      themeDir: 'jnews',
      themeVersion: '11.1.3',
      separator: ' - ',
      seo: pick(article.id + 'seo', ['yoast', 'rankmath'] as const),
      pageUrl: url,
      plugin,
      styles: [
        `${site.url}/wp-content/themes/jnews/assets/css/main.css?ver=11.1.3`,
        `${site.url}/wp-content/themes/jnews/assets/fonts/font-awesome/font-awesome.min.css?ver=11.1.3`,
      ],
    }),
    `<body class="${h(bodyClasses(article, plugin, 'jeg_toggle_light jeg_single_tpl_1 jnews jsc_normal'))}">`,
    `<div class="jeg_ad jeg_ad_top jnews_header_top_ads"><div class="ads-wrapper"></div></div>`,
    '<div class="jeg_viewport">',
    '<div class="jeg_header_wrapper"><div class="jeg_header_instagram_wrapper"></div><div class="jeg_header normal">',
    `<div class="jeg_topbar jeg_container jeg_navbar_wrapper dark"><div class="container"><div class="jeg_nav_row"><div class="jeg_nav_col jeg_nav_left jeg_nav_grow"><div class="item_wrap jeg_nav_alignleft"><div class="jeg_nav_item jeg_top_date">${h(formatDate(article.date))}</div></div></div><div class="jeg_nav_col jeg_nav_right jeg_nav_normal"><div class="item_wrap jeg_nav_alignright"><div class="jeg_nav_item jeg_nav_html">${plugin.switcher}</div><div class="jeg_nav_item socials_widget jeg_social_icon_block nobg"><a href="https://www.facebook.com/" target="_blank" rel="external noopener nofollow" class="jeg_facebook"><i class="fa fa-facebook"></i></a><a href="https://twitter.com/" target="_blank" rel="external noopener nofollow" class="jeg_twitter"><i class="fa fa-twitter"></i></a></div></div></div></div></div></div>`,
    `<div class="jeg_midbar jeg_container jeg_navbar_wrapper normal"><div class="container"><div class="jeg_nav_row"><div class="jeg_nav_col jeg_nav_left jeg_nav_normal"><div class="item_wrap jeg_nav_alignleft"><div class="jeg_nav_item jeg_logo jeg_desktop_logo"><div class="site-title"><a href="${h(site.url)}/" style="padding: 0 0 0 0;"><img class="jeg_logo_img" src="${h(site.url)}/wp-content/uploads/2022/02/logo.png" alt="${h(site.name)}" data-light-src="${h(site.url)}/wp-content/uploads/2022/02/logo.png" width="300" height="60"></a></div></div></div></div><div class="jeg_nav_col jeg_nav_right jeg_nav_grow"><div class="item_wrap jeg_nav_alignright"><div class="jeg_nav_item jeg_ad jeg_ad_top jnews_header_ads"><div class="ads-wrapper">${adsense(1200000000 + (hash(site.url) % 99999), 'banner')}</div></div></div></div></div></div></div>`,
    `<div class="jeg_bottombar jeg_navbar jeg_container jeg_navbar_wrapper jeg_navbar_normal jeg_navbar_normal"><div class="container"><div class="jeg_nav_row"><div class="jeg_nav_col jeg_nav_left jeg_nav_grow"><div class="item_wrap jeg_nav_alignleft"><div class="jeg_nav_item jeg_main_menu_wrapper"><div class="jeg_mainmenu_wrap"><ul class="jeg_menu jeg_main_menu jeg_menu_style_1" data-animation="animate"><li class="menu-item menu-item-type-custom menu-item-object-custom menu-item-home bgnav"><a href="${h(site.url)}/">Home</a></li>${menu}</ul></div></div></div></div><div class="jeg_nav_col jeg_nav_right jeg_nav_normal"><div class="item_wrap jeg_nav_alignright"><div class="jeg_nav_item jeg_search_wrapper search_icon jeg_search_popup_expand"><a href="#" class="jeg_search_toggle" aria-label="Search Button"><i class="fa fa-search"></i></a></div></div></div></div></div></div>`,
    '</div></div>',
    '<div class="jeg_main">',
    '<div class="jeg_container">',
    '<div class="jeg_content jeg_singlepage">',
    '<div class="container">',
    '<div class="jeg_ad jeg_article jnews_article_top_ads"><div class="ads-wrapper"></div></div>',
    '<div class="row">',
    '<div class="jeg_main_content col-md-8">',
    '<div class="jeg_inner_content">',
    `<div class="jeg_breadcrumbs jeg_breadcrumb_container"><div id="breadcrumbs"><span><a href="${h(site.url)}/">Home</a></span><i class="fa fa-angle-right"></i><span class="breadcrumb_last_link"><a href="${h(categoryUrl(site, article.category))}">${h(article.category)}</a></span></div></div>`,
    '<div class="entry-header">',
    `<h1 class="jeg_post_title">${h(article.title)}</h1>`,
    `<div class="jeg_meta_container"><div class="jeg_post_meta jeg_post_meta_1"><div class="meta_left"><div class="jeg_meta_author"><img alt="${h(article.byline)}" src="${h(avatarUrl(article.byline, 80))}" class="avatar avatar-80 photo" height="80" width="80"><span class="meta_text">by</span> <a href="${h(authorUrl(site, article.byline))}">${h(article.byline)}</a></div><div class="jeg_meta_date"><a href="${h(url)}">${h(formatDate(article.date))}</a></div><div class="jeg_meta_category"><span><span class="meta_text">in</span> <a href="${h(categoryUrl(site, article.category))}" rel="category tag">${h(article.category)}</a></span></div></div><div class="meta_right"><div class="jeg_meta_comment"><a href="${h(url)}#comments"><i class="fa fa-comment-o"></i> 0</a></div></div></div></div>`,
    '</div>',
    featured
      ? `<div class="jeg_featured featured_image"><a href="${h(uploadUrl(site, article.date, featured.file))}"><div class="thumbnail-container animate-lazy" style="padding-bottom:50%"><img width="750" height="375" src="${h(uploadUrl(site, article.date, sizedFile(featured.file, 750, 375)))}" class="attachment-jnews-750x375 size-jnews-750x375 lazyloaded wp-post-image" alt="${h(featured.alt)}"></div></a>${featured.caption ? `<p class="wp-caption-text">${h(featured.caption)}</p>` : ''}</div>`
      : '',
    `<div class="jeg_share_top_container"><div class="jeg_share_button clearfix"><div class="jeg_share_stats"><div class="jeg_share_count"><div class="counts">0</div><span class="sharetext">SHARES</span></div><div class="jeg_views_count"><div class="counts">${views}</div><span class="sharetext">VIEWS</span></div></div><div class="jeg_sharelist"><a href="${h(share.facebook)}" rel="nofollow" class="jeg_btn-facebook expanded"><i class="fa fa-facebook-official"></i><span>Share on Facebook</span></a><a href="${h(share.twitter)}" rel="nofollow" class="jeg_btn-twitter expanded"><i class="fa fa-twitter"></i><span>Share on Twitter</span></a><div class="share-secondary"><a href="${h(share.whatsapp)}" rel="nofollow" class="jeg_btn-whatsapp"><i class="fa fa-whatsapp"></i></a><a href="${h(share.telegram)}" rel="nofollow" class="jeg_btn-telegram"><i class="fa fa-telegram"></i></a></div></div></div></div>`,
    '<div class="jeg_ad jeg_article jnews_content_top_ads"><div class="ads-wrapper"></div></div>',
    '<div class="entry-content no-share">',
    `<div class="jeg_share_button share-float jeg_sticky_share clearfix share-monocrhome"><div class="jeg_share_float_container"><div class="jeg_sharelist"><a href="${h(share.facebook)}" rel="nofollow" class="jeg_btn-facebook"><i class="fa fa-facebook-official"></i></a><a href="${h(share.twitter)}" rel="nofollow" class="jeg_btn-twitter"><i class="fa fa-twitter"></i></a></div></div></div>`,
    '<div class="content-inner">',
    body,
    `<div class="jeg_post_tags"><span>Tags:</span> ${article.tags.map((t) => `<a href="${h(tagUrl(site, t))}" rel="tag">${h(t)}</a>`).join('')}</div>`,
    '</div>',
    '</div>',
    '<div class="jeg_share_bottom_container"></div>',
    '<div class="jeg_ad jeg_article jnews_content_bottom_ads"><div class="ads-wrapper"></div></div>',
    prev && next
      ? `<div class="jnews_prev_next_container"><div class="jeg_prevnext_post"><a href="${h(prev.url)}" class="post prev-post"><span class="caption">Previous Post</span><h3 class="post-title">${h(prev.title)}</h3></a><a href="${h(next.url)}" class="post next-post"><span class="caption">Next Post</span><h3 class="post-title">${h(next.title)}</h3></a></div></div>`
      : '',
    `<div class="jnews_author_box_container"><div class="jeg_authorbox"><div class="jeg_author_image"><img alt="${h(article.byline)}" src="${h(avatarUrl(article.byline, 80))}" class="avatar avatar-80 photo" height="80" width="80" loading="lazy"></div><div class="jeg_author_content"><h3 class="jeg_author_name"><a href="${h(authorUrl(site, article.byline))}">${h(article.byline)}</a></h3><p class="jeg_author_desc">${h(article.bio)}</p><div class="jeg_author_socials"></div></div></div></div>`,
    relatedPosts
      ? `<div class="jnews_related_post_container"><div class="jeg_postblock_22 jeg_postblock jeg_module_hook jeg_pagination_disable jeg_col_2o3"><div class="jeg_block_heading jeg_block_heading_6 jeg_subcat_right"><h3 class="jeg_block_title"><span>Related<strong> Posts</strong></span></h3></div><div class="jeg_block_container"><div class="jeg_posts_wrap"><div class="jeg_posts jeg_load_more_flag">${relatedPosts}</div></div></div></div></div>`
      : '',
    '<div class="jnews_popup_post_container"></div>',
    `<div class="jnews_comment_container">${commentSection(article, site, plugin, { title: 'Leave a Reply', submit: 'Post Comment', commentLabel: 'Comment' }, 'short').replace('class="comments-area"', 'class="comments-area jeg_comments"')}</div>`,
    '</div>',
    '</div>',
    '<div class="jeg_sidebar jeg_sticky_sidebar col-md-4"><div class="jegStickyHolder"><div class="theiaStickySidebar">',
    `<div class="widget widget_jnews_module_block_21"><div class="jeg_postblock_21 jeg_postblock jeg_col_1o3"><div class="jeg_block_heading jeg_block_heading_6"><h3 class="jeg_block_title"><span>Recommended</span></h3></div><div class="jeg_posts jeg_load_more_flag">${sidebarList}</div></div></div>`,
    `<div class="widget widget_jnews_social_counter"><div class="jeg_ad jeg_ad_sidebar">${adsense(3400000000 + (hash(site.url) % 99999), 'square')}</div></div>`,
    `<div class="widget widget_mc4wp_form_widget">${newsletterBox('mc4wp', site, plugin, 'Newsletter')}</div>`,
    '</div></div></div>',
    '</div>',
    '</div>',
    '</div>',
    '</div>',
    `<div id="post-body-class" class="${h(bodyClasses(article, plugin, 'jeg_toggle_light jeg_single_tpl_1 jnews jsc_normal'))}"></div>`,
    '</div>',
    `<div class="footer-holder" id="footer" data-id="footer"><div class="jeg_footer jeg_footer_1 dark"><div class="jeg_footer_container jeg_container"><div class="jeg_footer_content"><div class="container"><div class="row"><div class="jeg_footer_primary clearfix"><div class="col-md-4 footer_column"><div class="footer_widget widget_jnews_about"><div class="jeg_about"><a class="footer_logo" href="${h(site.url)}/"><img class="jeg_logo_img" src="${h(site.url)}/wp-content/uploads/2022/02/logo-white.png" alt="${h(site.name)}" width="300" height="60"></a><p>${h(site.tagline ?? '')}</p></div></div></div></div></div></div></div><div class="jeg_footer_bottom"><div class="container"><div class="jeg_footer_bottom_inner"><p class="copyright"> © ${article.date.slice(0, 4)} <a href="${h(site.url)}/" title="${h(site.name)}">${h(site.name)}</a> - All rights reserved.</p><div class="jeg_footer_bottom_right"><ul class="jeg_menu_footer">${footerLinks(site)}</ul></div></div></div></div></div></div></div>`,
    '<div class="jscroll-to-top"><a href="#back-to-top" class="jscroll-to-top_link"><i class="fa fa-angle-up"></i></a></div>',
    '</div>',
    cookieBanner(pick(article.id + 'cookie', ['complianz', 'cookie-notice', null] as const), site),
    plugin.footer,
    wpFooterScripts(site, [`${site.url}/wp-content/themes/jnews/assets/dist/frontend.min.js?ver=11.1.3`]),
    '</body>',
    '</html>',
  ]
    .filter((x) => x !== '')
    .join('\n');
}
