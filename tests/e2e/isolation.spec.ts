/**
 * A hostile page cannot steer us: it overwrites the built-ins our content
 * script relies on before we run, and tries to start a cleanup and read a
 * report through every channel a page has, and writes our marker attribute
 * onto its own article. Our scripts run in their own
 * world, so the analysis is the same as on the honest page, and nothing
 * happens until the user asks.
 */
import { readFileSync } from 'node:fs';
import { test, expect, openTab, openView } from './fixtures';

const SEED = readFileSync('tests/fixtures/seed/kazakhstan-wordpress.html', 'utf8');

const HOSTILE = `<script>
  window.__tamperedWith = [];
  const note = (what) => window.__tamperedWith.push(what);
  Element.prototype.querySelectorAll = function () { note('Element.querySelectorAll'); return []; };
  Document.prototype.querySelectorAll = function () { note('Document.querySelectorAll'); return []; };
  Element.prototype.closest = function () { note('closest'); return null; };
  JSON.parse = function () { note('JSON.parse'); return {}; };
  JSON.stringify = function () { note('JSON.stringify'); return '{}'; };
  Symbol.for = function () { note('Symbol.for'); return Symbol('forged'); };
  window.MutationObserver = class { constructor() { note('MutationObserver'); } observe() {} disconnect() {} takeRecords() { return []; } };
  Node.prototype.cloneNode = function () { throw new Error('no cloning here'); };
  // Every way a page might try to make us clean it, or answer it.
  const attempt = () => {
    for (const type of ['unspun:clean', 'clean-tab', 'unspun:snapshot', 'report-tab'])
      window.postMessage({ type, tabId: 1 }, '*');
    document.dispatchEvent(new CustomEvent('unspun:clean'));
    try { chrome.runtime.sendMessage('x', { type: 'clean-tab', tabId: 1 }); } catch (error) { note('no runtime: ' + error.message); }
  };
  attempt();
  document.addEventListener('DOMContentLoaded', attempt);
  // Our marker attribute, written by the page on its own article: it must not make us hide it.
  document.addEventListener('DOMContentLoaded', () => document.querySelector('.entry-content').setAttribute('data-unspun-hidden', 'promo'));
</script>`;

test('a page that overwrites built-ins and asks for a cleanup gets neither: the same report, and nothing hidden until the user asks', async ({
  context,
  serviceWorker,
  extensionId,
  origin,
}) => {
  const url = `${origin}/hostile/kazakhstan.html`;
  await context.route(url, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: SEED.replace('<head>', `<head>${HOSTILE}`) }),
  );
  const { page, tabId } = await openTab(context, serviceWorker, url);
  const authorBox = page.getByText('Videogames entered his life');
  await expect(authorBox).toBeVisible();

  const popup = await openView(context, extensionId, 'popup', tabId);
  await expect(popup.getByTestId('verdict')).toContainText('Machine-translated');
  await expect(popup.getByTestId('verdict')).toContainText('Polish');
  await expect(popup.getByTestId('article').locator('mark.unspun-flag').first()).toBeVisible();
  const flags = await popup.getByTestId('article').locator('mark.unspun-flag').count();
  // The page's own attempts, before and after it loaded, hid nothing.
  await expect(authorBox).toBeVisible();
  expect(await page.locator('[data-unspun-hidden]').count()).toBe(1);
  const articleText = page.getByText('Protests broke out in Kazakhstan in early January');

  // The same analysis as on the honest page.
  const honest = await openTab(context, serviceWorker, `${origin}/seed/kazakhstan-wordpress.html`);
  const honestPopup = await openView(context, extensionId, 'popup', honest.tabId);
  await expect(honestPopup.getByTestId('article').locator('mark.unspun-flag')).toHaveCount(flags);

  // The user's own click still works on the tampered page, and so does "Show original".
  await popup.getByRole('button', { name: 'Clean this page' }).click();
  await expect(authorBox).toBeHidden();
  // The article the page marked with our attribute stays on screen; the marker is the page's.
  await expect(articleText).toBeVisible();
  await popup.getByRole('button', { name: 'Show original' }).click();
  await expect(authorBox).toBeVisible();
  expect(await page.locator('.entry-content').getAttribute('data-unspun-hidden')).toBe('promo');
  // Our scripts never called the page's forgeries (they run in their own world).
  const tampered = await page.evaluate(() =>
    (window as unknown as { __tamperedWith: string[] }).__tamperedWith.filter((what) => !what.startsWith('no runtime')),
  );
  expect(tampered).toEqual([]);
});
