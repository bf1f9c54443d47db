/**
 * Any DOM a page can hold, in the real browser (issue 14, item 3): the
 * shapes that jsdom only imitates in tests/unit/hostile-dom.test.ts. The
 * popup answers each with a report or a clear message, never a hang or a
 * silent failure, and a page that never stops changing keeps its own pace
 * while we clean it.
 */
import type { Page } from '@playwright/test';
import { test as base, expect, openTab, openView } from './fixtures';

const PROSE = 'The city council approved the harbour budget on Tuesday after a long debate about dredging and the ferry terminal.';
const ARTICLE = `<article><h1>Harbour budget approved</h1>${Array.from({ length: 6 }, (_, index) => `<p>Paragraph ${index + 1}: ${PROSE}</p>`).join('')}</article>`;
const HTML = 'text/html; charset=utf-8';

/** A hostile page: where it is served, its markup and its content type. */
interface HostilePage {
  path: string;
  body: string;
  type?: string;
}

/** The page open in a tab, and the popup on it; `reopen` opens the popup on it again. */
interface Opened {
  page: Page;
  popup: Page;
  reopen: () => Promise<Page>;
}

/** Every test's preamble in one place: `open(page)` serves a hostile page, opens it in a tab and the popup on it. */
const test = base.extend<{ open: (hostile: HostilePage) => Promise<Opened> }>({
  open: async ({ context, serviceWorker, extensionId, origin }, use) => {
    await use(async ({ path, body, type = HTML }) => {
      await context.route(origin + path, (route) => route.fulfill({ contentType: type, body }));
      const { page, tabId } = await openTab(context, serviceWorker, origin + path);
      const reopen = () => openView(context, extensionId, 'popup', tabId);
      return { page, popup: await reopen(), reopen };
    });
  },
});

/** Open and closed shadow roots, a custom element whose getters throw, and 200 iframes, before the article. */
const SHADOWS: HostilePage = {
  path: '/hostile/shadows.html',
  body: `<!doctype html><html lang="en"><head><title>Harbour budget approved</title></head><body>
    <div id="open"></div><div id="closed"></div><x-trap>trap</x-trap>${'<iframe src="about:blank"></iframe>'.repeat(200)}
    ${ARTICLE}
    <script>
      document.getElementById('open').attachShadow({ mode: 'open' }).innerHTML = '<p>In an open shadow root.</p>';
      document.getElementById('closed').attachShadow({ mode: 'closed' }).innerHTML = '<p>In a closed shadow root.</p>';
      customElements.define('x-trap', class extends HTMLElement {
        get textContent() { throw new Error('trap'); }
        get className() { throw new Error('trap'); }
        get outerHTML() { throw new Error('trap'); }
        getAttribute() { throw new Error('trap'); }
      });
    </script></body></html>`,
};

/**
 * Documents with no article to read, each with the popup's answer: a message, or null for a report or a message,
 * whichever the browser's rendering of the document gives (Chrome shows an XML file without a style sheet as a
 * tree of its own HTML).
 */
const NO_ARTICLE: Array<HostilePage & { answer: RegExp | null }> = [
  {
    path: '/hostile/frameset.html',
    body: '<!doctype html><html><head><title>Frames</title></head><frameset cols="50%,50%"><frame src="about:blank"><frame src="about:blank"></frameset></html>',
    answer: /This page is empty/,
  },
  {
    path: '/hostile/no-body.html',
    body: `<!doctype html><html><head><title>Gone</title></head><body>${ARTICLE}<script>document.body.remove()</script></body></html>`,
    answer: /This page is empty/,
  },
  {
    path: '/hostile/feed.xml',
    body: '<?xml version="1.0"?><feed><entry><title>Harbour budget approved</title></entry></feed>',
    type: 'application/xml',
    answer: null,
  },
  {
    path: '/hostile/drawing.svg',
    body: '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><text y="10">Harbour</text></svg>',
    type: 'image/svg+xml',
    answer: null,
  },
];

/** A page that replaced document.title and overwrote the DOM methods our content script could call. */
const RETITLED: HostilePage = {
  path: '/hostile/retitled.html',
  body: `<!doctype html><html lang="en"><head><title>Harbour budget approved</title><script>
      Object.defineProperty(document, 'title', { get() { throw new Error('no title'); }, set() {} });
      Document.prototype.createTreeWalker = () => { throw new Error('no walking'); };
      Element.prototype.getElementsByTagName = () => { throw new Error('no counting'); };
      Object.defineProperty(Element.prototype, 'outerHTML', { get() { throw new Error('no markup'); } });
      Object.defineProperty(Node.prototype, 'firstChild', { get() { return null; } });
    </script></head><body>${ARTICLE}</body></html>`,
};

/** Every 10 ms the page adds and removes a box, edits a text and flips an attribute, for as long as it is open. */
const TICKING: HostilePage = {
  path: '/hostile/ticking.html',
  body: `<!doctype html><html lang="en"><head><title>Harbour budget approved</title></head><body>
    ${ARTICLE}<div class="share-buttons" id="share"><a href="https://twitter.com/intent/tweet?u=1">Share on X</a></div>
    <div id="ticker">0</div><script>
      window.ticks = 0;
      const ticker = document.getElementById('ticker');
      setInterval(() => {
        window.ticks++;
        ticker.textContent = String(window.ticks);
        const box = document.createElement('aside');
        box.className = 'related-posts';
        box.innerHTML = '<h3>Related posts</h3><a href="/r/' + window.ticks + '">Another report</a>';
        document.body.append(box);
        if (document.body.children.length > 20) document.querySelector('aside').remove();
        document.body.toggleAttribute('data-tick');
      }, 10);
    </script></body></html>`,
};

test('closed and open shadow roots, custom elements whose getters throw, and 200 iframes: the article in the page is read', async ({
  open,
}) => {
  const { popup } = await open(SHADOWS);
  await expect(popup.getByTestId('verdict')).toBeVisible({ timeout: 30_000 });
  await expect(popup.getByTestId('article')).toContainText('Paragraph 6: The city council approved the harbour budget');
  await expect(popup.getByTestId('article')).not.toContainText('closed shadow root');
});

test('a frameset, a page whose script removed its body, XML and SVG documents: a clear message or a report, no hang', async ({ open }) => {
  for (const hostile of NO_ARTICLE) {
    const { popup, page } = await open(hostile);
    if (hostile.answer) await expect(popup.getByTestId('error'), hostile.path).toHaveText(hostile.answer, { timeout: 30_000 });
    else await expect(popup.getByTestId('error').or(popup.getByTestId('verdict')), hostile.path).toBeVisible({ timeout: 30_000 });
    await popup.close();
    await page.close();
  }
});

test('a page that replaced document.title and overwrote the DOM methods it could reach is read as written', async ({ open }) => {
  const { popup } = await open(RETITLED);
  await expect(popup.getByTestId('title')).toHaveText('Harbour budget approved', { timeout: 30_000 });
  await expect(popup.getByTestId('article')).toContainText('Paragraph 6: The city council approved the harbour budget');
});

test('a page that never stops changing is cleaned, stays cleaned, and keeps its own pace', async ({ open }) => {
  const { page, popup, reopen } = await open(TICKING);
  await expect(popup.getByTestId('verdict')).toBeVisible({ timeout: 30_000 });
  await popup.getByRole('button', { name: 'Clean this page' }).click();
  await expect(page.locator('#share')).toBeHidden();
  // Eight seconds of the page changing after the cleanup, while our late-content rounds run and back off.
  const ticksBefore = await page.evaluate(() => (window as unknown as { ticks: number }).ticks);
  const started = Date.now();
  await page.waitForTimeout(8000);
  const ticks = (await page.evaluate(() => (window as unknown as { ticks: number }).ticks)) - ticksBefore;
  const elapsed = Date.now() - started;
  // The page's own timer still ran: at least a tenth of its 10 ms ticks (a loaded 2-core machine throttles it, we must not stop it).
  expect(ticks).toBeGreaterThan(elapsed / 10 / 10);
  await expect(page.locator('#share')).toBeHidden();
  await expect(page.getByText('Paragraph 6: The city council approved')).toBeVisible();
  // The popup opened again still answers on the page as it is now.
  const again = await reopen();
  await expect(again.getByTestId('verdict')).toBeVisible({ timeout: 30_000 });
});
