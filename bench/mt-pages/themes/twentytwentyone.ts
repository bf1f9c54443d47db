/** Twenty Twenty-One, the default WordPress theme (entry-content, author-bio, post-navigation, widget area in the footer). */
import {
  assembleBody,
  authorUrl,
  avatarUrl,
  basicParagraph,
  categoryUrl,
  editorPromo,
  formatDate,
  h,
  isoDate,
  pick,
  slugify,
  tagUrl,
  uploadUrl,
} from '../html';
import {
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

export const name = 'twentytwentyone';

export function render(article: Article, opts: RenderOptions): string {
  const { site, url, plugin, related, id, featured } = postContext(article, opts);

  const body = assembleBody(
    article,
    opts,
    {
      paragraph: (b) => basicParagraph(b),
      figure: (img, src) =>
        `<figure class="wp-block-image size-large"><img loading="lazy" decoding="async" width="1024" height="683" src="${h(src)}" alt="${h(img.alt)}" class="wp-image-${id + 7}">${img.caption ? `<figcaption class="wp-element-caption">${h(img.caption)}</figcaption>` : ''}</figure>`,
      promo: (post) => editorPromo(article, post),
    },
    pick(article.id + 'promos', [1, 2, 2]),
    0,
  );

  const menu = menuCategories(article)
    .map(
      (c, i) =>
        `<li id="menu-item-${150 + i}" class="menu-item menu-item-type-taxonomy menu-item-object-category${c === article.category ? ' current-post-ancestor current-menu-parent' : ''} menu-item-${150 + i}"><a href="${h(categoryUrl(site, c))}">${h(c)}</a></li>`,
    )
    .join('');

  const prev = related[0];
  const next = related[1];

  return [
    htmlOpen(opts, ' class="no-js"'),
    documentHead(article, opts, {
      themeDir: 'twentytwentyone',
      themeVersion: '2.0',
      separator: ' \u2013 ',
      seo: pick(article.id + 'seo', ['yoast', 'none'] as const),
      pageUrl: url,
      plugin,
      styles: [`${site.url}/wp-content/themes/twentytwentyone/assets/css/print.css?ver=2.0`],
    }),
    `<body class="${h(bodyClasses(article, plugin, 'is-light-theme no-js singular has-main-navigation has-widgets'))}">`,
    '<div id="page" class="site">',
    '<a class="skip-link screen-reader-text" href="#content">Skip to content</a>',
    '<header id="masthead" class="site-header has-title-and-tagline has-menu">',
    `<div class="site-branding"><p class="site-title"><a href="${h(site.url)}/">${h(site.name)}</a></p>${site.tagline ? `<p class="site-description">${h(site.tagline)}</p>` : ''}</div>`,
    `<nav id="site-navigation" class="primary-navigation" aria-label="Primary menu"><div class="menu-button-container"><button id="primary-mobile-menu" class="button" aria-controls="primary-menu-list" aria-expanded="false"><span class="dropdown-icon open">Menu</span><span class="dropdown-icon close">Close</span></button></div><div class="primary-menu-container"><ul id="primary-menu-list" class="menu-wrapper"><li class="menu-item menu-item-type-custom menu-item-object-custom menu-item-home"><a href="${h(site.url)}/">Home</a></li>${menu}</ul></div></nav>`,
    plugin.switcher ? `<div class="header-language-switcher">${plugin.switcher}</div>` : '',
    '</header>',
    '<div id="content" class="site-content">',
    '<div id="primary" class="content-area">',
    '<main id="main" class="site-main">',
    `<article id="post-${id}" class="post-${id} post type-post status-publish format-standard has-post-thumbnail hentry category-${h(slugify(article.category))} entry">`,
    '<header class="entry-header alignwide">',
    `<h1 class="entry-title">${h(article.title)}</h1>`,
    featured
      ? `<figure class="post-thumbnail"><img width="1568" height="1045" src="${h(uploadUrl(site, article.date, featured.file))}" class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="${h(featured.alt)}" decoding="async" style="width:100%;height:66.64%;max-width:1600px;">${featured.caption ? `<figcaption class="wp-caption-text">${h(featured.caption)}</figcaption>` : ''}</figure>`
      : '',
    '</header>',
    '<div class="entry-content">',
    body,
    jetpackShare(url, article.title),
    '</div>',
    `<footer class="entry-footer default-max-width"><div class="posted-by"><span class="posted-on">Published <time class="entry-date published updated" datetime="${h(isoDate(article.date))}">${h(formatDate(article.date))}</time></span><span class="byline">By <a href="${h(authorUrl(site, article.byline))}" rel="author">${h(article.byline)}</a></span></div><div class="post-taxonomies"><span class="cat-links">Categorized as <a href="${h(categoryUrl(site, article.category))}" rel="category tag">${h(article.category)}</a> </span><span class="tags-links">Tagged ${article.tags.map((t) => `<a href="${h(tagUrl(site, t))}" rel="tag">${h(t)}</a>`).join(', ')}</span></div></footer>`,
    `<div class="author-bio show-avatars"><img alt="" src="${h(avatarUrl(article.byline, 85))}" class="avatar avatar-85 photo" height="85" width="85" loading="lazy"><div class="author-bio-content"><h2 class="author-title">By ${h(article.byline)}</h2><p class="author-description">${h(article.bio)}</p><a class="author-link" href="${h(authorUrl(site, article.byline))}" rel="author">View all of ${h(article.byline)}&#039;s posts.</a></div></div>`,
    '</article>',
    commentSection(article, site, plugin, { title: 'Leave a comment', submit: 'Post Comment' }).replace(
      'class="comments-area"',
      'class="comments-area default-max-width show-avatars"',
    ),
    prev && next
      ? `<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links"><div class="nav-previous"><a href="${h(prev.url)}" rel="prev"><p class="meta-nav"><svg class="svg-icon" width="24" height="24" aria-hidden="true" role="img" focusable="false" viewBox="0 0 24 24"><path fill-rule="evenodd" clip-rule="evenodd" d="M20 13v-2H8l4-4-1-2-7 7 7 7 1-2-4-4z" fill="currentColor"></path></svg>Previous post</p><p class="post-title">${h(prev.title)}</p></a></div><div class="nav-next"><a href="${h(next.url)}" rel="next"><p class="meta-nav">Next post<svg class="svg-icon" width="24" height="24" aria-hidden="true" role="img" focusable="false" viewBox="0 0 24 24"><path fill-rule="evenodd" clip-rule="evenodd" d="m4 13v-2h12l-4-4 1-2 7 7-7 7-1-2 4-4z" fill="currentColor"></path></svg></p><p class="post-title">${h(next.title)}</p></a></div></div></nav>`
      : '',
    '</main>',
    '</div>',
    '</div>',
    `<aside class="widget-area">${searchForm(site)}${recentPostsWidget(related)}${categoriesWidget(site, article)}<section class="widget widget_block">${newsletterBox('jetpack', site, plugin, 'Subscribe to ' + site.name)}</section></aside>`,
    `<footer id="colophon" class="site-footer"><nav aria-label="Secondary menu" class="footer-navigation"><ul class="footer-navigation-wrapper"><li class="menu-item"><a href="${h(site.url)}/about/"><span>About</span></a></li><li class="menu-item"><a href="${h(site.url)}/contact/"><span>Contact</span></a></li><li class="menu-item"><a href="${h(site.url)}/privacy-policy/"><span>Privacy Policy</span></a></li></ul></nav><div class="site-info"><div class="site-name"><a href="${h(site.url)}/">${h(site.name)}</a></div><div class="privacy-policy"><a class="privacy-policy-link" href="${h(site.url)}/privacy-policy/" rel="privacy-policy">Privacy Policy</a></div><div class="powered-by">Proudly powered by <a href="https://wordpress.org/">WordPress</a>.</div></div></footer>`,
    '</div>',
    cookieBanner(pick(article.id + 'cookie', [null, 'cookie-notice', 'gdpr-cookie-consent'] as const), site),
    plugin.footer,
    `<script>document.body.classList.remove("no-js");</script>`,
    `<script id="twenty-twenty-one-ie11-polyfills-js-after">( Element.prototype.matches && Element.prototype.closest && window.NodeList && NodeList.prototype.forEach ) || document.write( '<script src="${h(site.url)}/wp-content/themes/twentytwentyone/assets/js/polyfills.js?ver=2.0"></scr' + 'ipt>' );</script>`,
    wpFooterScripts(site, [
      `${site.url}/wp-content/themes/twentytwentyone/assets/js/primary-navigation.js?ver=2.0`,
      `${site.url}/wp-content/themes/twentytwentyone/assets/js/responsive-embeds.js?ver=2.0`,
    ]),
    '</body>',
    '</html>',
  ]
    .filter((x) => x !== '')
    .join('\n');
}
