/**
 * Injection vectors for the reader's XSS test (tests/e2e/xss.spec.ts).
 *
 * Written for this project from public knowledge of XSS: the families and
 * tricks of the OWASP XSS Filter Evasion Cheat Sheet, PortSwigger's XSS cheat
 * sheet, the HTML Standard's parsing rules, and the mutation-XSS and
 * namespace-confusion bypasses published against DOMPurify (Heiderich et al.,
 * "mXSS attacks", CCS 2013; DOMPurify's release notes). No vector is copied
 * from those documents; each is rebuilt here around our own canaries.
 *
 * Every vector calls `__xssCanary(id)` when script runs, or asks for
 * `CANARY/hit/<id>` when it makes a request, so a single execution or request
 * names the vector that caused it.
 */

export interface Vector {
  id: number;
  family: string;
  html: string;
  /** Swallows the markup after it (dangling markup, <plaintext>): placed last in its page. */
  swallows?: boolean;
}

type Template = (run: string, hit: string) => string;

/** Ways to write a `javascript:` URL that runs `run`, as filters have failed to recognise them. */
const SCRIPT_URLS: ((run: string) => string)[] = [
  (run) => `javascript:${run}`,
  (run) => `JaVaScRiPt:${run}`,
  (run) => ` javascript:${run}`,
  (run) => `java&#x09;script:${run}`,
  (run) => `java&#x0A;script:${run}`,
  (run) => `java&#x0D;script:${run}`,
  (run) => `&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;${run}`,
  (run) => `&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A${run}`,
  (run) => `javascript&colon;${run}`,
  (run) => `&#1;javascript:${run}`,
  (run) => `javascript://%0a${run}`,
  (run) => `jav&#x61;script:${run}`,
  (run) => `data:text/html,<script>${run}</script>`,
  (run) => `data:text/html;base64,${Buffer.from(`<script>${run}</script>`).toString('base64')}`,
  (run) => `data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' onload='${run}'/>`,
  (run) => `vbscript:${run}`,
];

/** Every place HTML takes a URL: element, attribute, and what is needed around it to make it fire. */
const URL_PLACES: ((url: string) => string)[] = [
  (url) => `<a href="${url}">read more</a>`,
  (url) => `<img src="${url}" alt="photo">`,
  (url) => `<img srcset="${url} 1x, ${url} 2x" alt="photo">`,
  (url) => `<iframe src="${url}"></iframe>`,
  (url) => `<embed src="${url}">`,
  (url) => `<object data="${url}"></object>`,
  (url) => `<form action="${url}"><button>Send</button></form>`,
  (url) => `<form><button formaction="${url}">Go</button></form>`,
  (url) => `<form><input type="submit" formaction="${url}" value="Go"></form>`,
  (url) => `<video poster="${url}" controls></video>`,
  (url) => `<video><source src="${url}"></video>`,
  (url) => `<svg><a xlink:href="${url}"><text x="10" y="20">tap</text></a></svg>`,
  (url) => `<svg><image href="${url}" width="10" height="10"/></svg>`,
  (url) => `<math><maction actiontype="statusline" xlink:href="${url}">CLICK<mtext>x</mtext></maction></math>`,
  (url) => `<blockquote cite="${url}">quoted</blockquote>`,
  (url) => `<iframe srcdoc="&lt;a href=&quot;${url}&quot;&gt;x&lt;/a&gt;"></iframe>`,
  (url) => `<table background="${url}"><tr><td>cell</td></tr></table>`,
  (url) => `<input type="image" src="${url}" alt="go">`,
  (url) => `<link rel="stylesheet" href="${url}">`,
  (url) => `<svg><animate attributeName="href" values="${url}"/><a><text y="20">link</text></a></svg>`,
  (url) => `<svg><use href="${url}#x" width="10" height="10"/></svg>`,
  (url) => `<svg><script href="${url}"></script><text y="20">svg script</text></svg>`,
];

/** Event handlers on elements that fire them without a click (or with one, for the reader who clicks). */
const HANDLERS: Template[] = [
  (run) => `<img src="x" onerror="${run}" alt="">`,
  (run) => `<img src=x onerror=${run}>`,
  (run) => `<IMG SRC=x OnErRoR=${run}>`,
  (run) => `<img src=x onerror\x0c=${run}>`,
  (run) => `<img src=x/onerror=${run}>`,
  (run) => `<img src="x" onerror="&#95;&#95;xssCanary${run.slice('__xssCanary'.length)}">`,
  (run) => `<img src=x onerror="window['__xss'+'Canary']${run.slice('__xssCanary'.length)}">`,
  (run) => `<img src="/img/ok.png" onload="${run}">`,
  (run) => `<svg onload="${run}"></svg>`,
  (run) => `<svg><g onload="${run}"></g></svg>`,
  (run) => `<svg><animate onbegin="${run}" attributeName="x" dur="1s"/></svg>`,
  (run) => `<svg><set onbegin="${run}" attributeName="x" to="1"/></svg>`,
  (run) => `<body onload="${run}">`,
  (run) => `<details open ontoggle="${run}"><summary>more</summary>x</details>`,
  (run) => `<input autofocus onfocus="${run}">`,
  (run) => `<select autofocus onfocus="${run}"><option>a</option></select>`,
  (run) => `<textarea autofocus onfocus="${run}"></textarea>`,
  (run) => `<div tabindex="1" autofocus onfocus="${run}">x</div>`,
  (run) => `<marquee onstart="${run}">news</marquee>`,
  (run) => `<video src="x" onerror="${run}"></video>`,
  (run) => `<audio src="x" onerror="${run}"></audio>`,
  (run) => `<video><source src="x" onerror="${run}"></video>`,
  (run) => `<object data="x" onerror="${run}"></object>`,
  (run) => `<iframe onload="${run}"></iframe>`,
  (run) => `<style onload="${run}"></style>`,
  (run) => `<link rel="stylesheet" href="/none.css" onerror="${run}">`,
  (run) => `<p onmouseover="${run}" style="position:fixed;inset:0">hover anywhere</p>`,
  (run) => `<a onclick="${run}" href="#">click</a>`,
  (run) => `<div onpointerenter="${run}" style="position:fixed;inset:0"></div>`,
  (run) => `<section style="animation:spin 1s" onanimationstart="${run}">x</section>`,
  (run) => `<x-widget onclick="${run}" contenteditable>custom</x-widget>`,
  (run) => `<math><mtext onfocus="${run}" tabindex="1" autofocus>x</mtext></math>`,
  (run) => `<form onsubmit="${run}"><input type="submit" autofocus></form>`,
  (run) => `<frameset onload="${run}"></frameset>`,
  (run) => `<img src=x onerror="${run}"//`,
  (run) => `<img src='x'onerror='${run}'>`,
  (run) => `<img """><script>${run}</script>">`,
  (run) => `<<img src=x onerror=${run}>>`,
];

const SCRIPTS: Template[] = [
  (run) => `<script>${run}</script>`,
  (run) => `<SCRIPT>${run}</SCRIPT>`,
  (run) => `<script type="module">${run}</script>`,
  (run) => `<script/src=data:,${encodeURIComponent(run)}></script>`,
  (_, hit) => `<script src="${hit}.js"></script>`,
  (run) => `<scr<script>ipt>${run}</scr</script>ipt>`,
  (run) => `<script>/*</script><script>*/${run}</script>`,
  (run) => `<svg><script>${run}</script></svg>`,
  (_, hit) => `<svg><script href="${hit}.js"/></svg>`,
  (_, hit) => `<svg><script xlink:href="${hit}.js"></script></svg>`,
  (run) => `<script>\u2028${run}</script>`,
  (run) => `<ſcript>${run}</ſcript>`,
];

/** Mutation XSS and namespace confusion: markup that changes meaning when parsed twice or moved between namespaces. */
const MUTATIONS: Template[] = [
  (run) => `<svg></p><style><a id="</style><img src=1 onerror=${run}>">`,
  (run) => `<math><mtext><table><mglyph><style><img src=x onerror=${run}>`,
  (run) => `<math><mi><mglyph><svg><mtext><textarea><path id="</textarea><img onerror=${run} src=1>">`,
  (run) => `<form><math><mtext></form><form><mglyph><style></math><img src onerror=${run}>`,
  (run) => `<svg><style><img src=x onerror=${run}></style></svg>`,
  (run) => `<noscript><p title="</noscript><img src=x onerror=${run}>">`,
  (run) => `<template><img src=x onerror=${run}></template>`,
  (run) => `<template><script>${run}</script></template>`,
  (run) => `<xmp><img src=x onerror=${run}></xmp>`,
  (run) => `<iframe><img src=x onerror=${run}></iframe>`,
  (run) => `<noembed><img src=x onerror=${run}></noembed>`,
  (run) => `<noframes><img src=x onerror=${run}></noframes>`,
  (run) => `<textarea></textarea><img src=x onerror=${run}></textarea>`,
  (run) => `<title></title><img src=x onerror=${run}>`,
  (run) => `<!--><img src=x onerror=${run}>-->`,
  (run) => `<!-- --!><img src=x onerror=${run}>-->`,
  (run) => `<svg><![CDATA[><img src=x onerror=${run}>]]></svg>`,
  (run) => `<?xml ><img src=x onerror=${run}>?>`,
  (run) => `<svg><foreignObject><img src=x onerror=${run}></foreignObject></svg>`,
  (run) => `<select><template><style><img src=x onerror=${run}></style></template></select>`,
  (run) => `<svg><desc><style><img src=x onerror=${run}></style></desc></svg>`,
  (run) => `<math><annotation-xml encoding="text/html"><style><img src=x onerror=${run}></style></annotation-xml></math>`,
  (run) => `<svg><title><style><img src=x onerror=${run}></style></title></svg>`,
  (run) => `<table><caption><svg><style><img src=x onerror=${run}></style></svg></caption></table>`,
  (run) => `<a title="&lt;img src=x onerror=${run}&gt;">quoted markup</a>`,
  (run) => `<p title="</p><img src=x onerror=${run}>">attribute that closes</p>`,
  (run) => `<div><style><!--</style><img src=x onerror=${run}>--></style></div>`,
  (run) => `<svg><p><style><img src=x onerror=${run}></style></p></svg>`,
  (run) => `<math><style><img src=x onerror=${run}></style></math>`,
  (run) => `<keygen autofocus onfocus=${run}>`,
];

const IFRAMES: Template[] = [
  (run) => `<iframe srcdoc="<script>${run}</script>"></iframe>`,
  (run) => `<iframe srcdoc="&lt;script&gt;parent.${run}&lt;/script&gt;"></iframe>`,
  (run) => `<iframe srcdoc="&#60;img src=x onerror=parent.${run}&#62;"></iframe>`,
  (run) => `<iframe src="data:text/html,<script>parent.${run}</script>"></iframe>`,
  (_, hit) => `<iframe src="${hit}.html"></iframe>`,
  (run) => `<object data="data:text/html,<script>parent.${run}</script>"></object>`,
  (run) => `<embed src="data:text/html,<script>parent.${run}</script>">`,
  (_, hit) => `<portal src="${hit}.html"></portal>`,
];

const BASE_AND_META: Template[] = [
  (_, hit) => `<base href="${hit}/"><img src="relative.png" alt="">`,
  (run) => `<base href="javascript:${run}//"><a href="x">relative link</a>`,
  (run) => `<meta http-equiv="refresh" content="0;url=javascript:${run}">`,
  (run) => `<meta http-equiv="refresh" content="0;url=data:text/html,<script>${run}</script>">`,
  () => `<meta http-equiv="Content-Security-Policy" content="script-src * 'unsafe-inline'">`,
  () => `<meta http-equiv="set-cookie" content="unspun=stolen">`,
  (run) => `<meta charset="utf-7">+ADw-script+AD4-${run}+ADw-/script+AD4-`,
  (_, hit) => `<meta http-equiv="Link" content="<${hit}.css>; rel=stylesheet">`,
];

const STYLES: Template[] = [
  (_, hit) => `<style>@import '${hit}.css';</style>`,
  (_, hit) => `<style>@import url(${hit}.css);</style>`,
  (_, hit) => `<div style="background:url(${hit}.png)">styled</div>`,
  (_, hit) => `<div style="background-image:image-set('${hit}.png' 1x)">styled</div>`,
  (run) => `<div style="width:expression(${run})">styled</div>`,
  (run) => `<div style="background:url('javascript:${run}')">styled</div>`,
  (_, hit) => `<div style="behavior:url(${hit}.htc)">styled</div>`,
  (_, hit) => `<style>*{-moz-binding:url(${hit}.xml#x)}</style>`,
  (_, hit) => `<link rel="stylesheet" href="${hit}.css">`,
  (_, hit) => `<link rel="preload" as="image" href="${hit}.png">`,
  (_, hit) => `<link rel="prefetch" href="${hit}.html">`,
  (_, hit) => `<svg><style>@import url(${hit}.css);</style></svg>`,
  (_, hit) => `<style>@font-face{font-family:x;src:url(${hit}.woff)}p{font-family:x}</style>`,
  (_, hit) => `<p style="list-style:url(${hit}.png)">styled</p>`,
  (_, hit) => `<div style="b\\61ckground:u\\72l(${hit}.png)">escaped</div>`,
];

const FORMS: Template[] = [
  (_, hit) => `<form action="${hit}"><input name="q" value="x"><input type="submit" autofocus></form>`,
  (run) => `<form id="evil"></form><button form="evil" formaction="javascript:${run}">Go</button>`,
  (_, hit) => `<form method="post" action="${hit}"><button>Subscribe</button></form>`,
  (_, hit) => `<isindex action="${hit}" type="image">`,
  (_, hit) => `<input type="image" formaction="${hit}" src="/img/ok.png" alt="go">`,
  (_, hit) => `<a ping="${hit}" href="/article">read</a>`,
];

/** DOM clobbering: ids and names that shadow our globals, the reader's own elements and document properties. */
const CLOBBER_NAMES = [
  'app',
  'flag-tip',
  'browser',
  'chrome',
  'DOMPurify',
  '__xssCanary',
  'location',
  'cookie',
  'body',
  'getElementById',
  'createElement',
  'documentElement',
  'defaultView',
  'attributes',
  'implementation',
  'currentScript',
];
const CLOBBERS: Template[] = [
  ...CLOBBER_NAMES.map((name) => () => `<img id="${name}" name="${name}" src="/img/ok.png" alt="">`),
  ...['body', 'getElementById', 'createElement', 'attributes'].map((name) => () => `<form name="${name}"><input name="${name}"></form>`),
  (run) => `<a id="CONFIG"></a><a id="CONFIG" name="href" href="javascript:${run}">x</a>`,
  () => `<embed name="defaultView"><embed name="defaultView">`,
];

/** Whole-page parsing tricks that take in the rest of the document: each goes last in its page. */
const SWALLOWING: Template[] = [
  (_, hit) => `<img src='${hit}.png?`,
  (_, hit) => `<a href="${hit}?stolen=`,
  () => `<base target='`,
  (_, hit) => `<meta http-equiv="refresh" content='0;${hit}?`,
  (_, hit) => `<form action="${hit}"><textarea name="page">`,
  (_, hit) => `<button formaction="${hit}" form="f">`,
  (run) => `<plaintext><img src=x onerror=${run}>`,
  (run) => `<noscript><img src=x onerror=${run}>`,
  (run) => `<textarea><img src=x onerror=${run}>`,
  (run) => `<xmp><script>${run}</script>`,
];

const OBFUSCATED: Template[] = [
  (run) => `＜script＞${run}＜/script＞`,
  (run) => `%3Cscript%3E${run}%3C/script%3E`,
  (run) => `&lt;script&gt;${run}&lt;/script&gt;`,
  (run) => `<a href="java\u200bscript:${run}">zero width</a>`,
  (run) => `<a href="javascript\u0000:${run}">null</a>`,
  (run) => `<a href="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058${run}">padded</a>`,
  (run) => `<img src=x onerror="\\u005f\\u005fxssCanary${run.slice('__xssCanary'.length)}">`,
  (run) => `<img src=x onerror=eval(atob('${Buffer.from(run).toString('base64')}'))>`,
  (run) => `<img src=x onerror=eval(String.fromCharCode(${[...run].map((c) => c.charCodeAt(0)).join(',')}))>`,
  (run) => `<img src=x onerror=top['__xssCanary'](${run.match(/\d+/)![0]})>`,
  (run) => `<a href="javas&Tab;cript:${run}">tab entity</a>`,
  (run) => `<a href="javas&NewLine;cript:${run}">newline entity</a>`,
  (run) => `<img src="x" alt="\`" onerror="${run}">`,
  (run) => `<a href="\\x6Aavascript:${run}">escaped</a>`,
  (run) => `<svg><a href="&#x6A;avascript:${run}"><text y="20">svg entity</text></a></svg>`,
];

/** All vectors, numbered from 1; `canaryOrigin` is the server that records requests. */
export function buildVectors(canaryOrigin: string): Vector[] {
  const families: [string, Template[], boolean?][] = [
    [
      'url-schemes',
      SCRIPT_URLS.flatMap((url) =>
        URL_PLACES.map(
          (place): Template =>
            (run) =>
              place(url(run)),
        ),
      ),
    ],
    ['event-handlers', HANDLERS],
    ['script', SCRIPTS],
    ['mutation-namespace', MUTATIONS],
    ['iframe-object', IFRAMES],
    ['base-meta', BASE_AND_META],
    ['css', STYLES],
    ['forms', FORMS],
    ['dom-clobbering', CLOBBERS],
    ['obfuscation', OBFUSCATED],
    ['dangling-parsing', SWALLOWING, true],
  ];
  const vectors: Vector[] = [];
  for (const [family, templates, swallows] of families)
    for (const template of templates) {
      const id = vectors.length + 1;
      vectors.push({ id, family, html: template(`__xssCanary(${id})`, `${canaryOrigin}/hit/${id}`), ...(swallows ? { swallows } : {}) });
    }
  return vectors;
}
