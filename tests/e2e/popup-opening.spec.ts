/**
 * How the popup gets to its report (issue 13): it asks from its first small
 * script, draws the verdict and then the article, and on a page cleaned on
 * its own it reports from the snapshot the cleanup sent, while the page is
 * unchanged (our own hiding does not count), without the page taking another.
 */
import { createRule } from '../../lib/rules/model';
import { test, expect, openTab, openView } from './fixtures';

const SEED_PATH = '/seed/kazakhstan-wordpress.html';

test('on a page cleaned on its own, the popup reports from the cleanup’s snapshot; changed, it takes a new one', async ({
  context,
  serviceWorker,
  extensionId,
  origin,
}) => {
  await serviceWorker.evaluate(async (rule) => chrome.storage.sync.set({ rules: [rule] }), createRule('http://127.0.0.1/*', { id: 'e2e' }));
  await expect
    .poll(async () => serviceWorker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).length))
    .toBeGreaterThan(0);

  const { page, tabId } = await openTab(context, serviceWorker, origin + SEED_PATH);
  // The end-to-end build records each snapshot slice and the applied hide list as User Timing measures the page can read.
  await expect.poll(() => page.evaluate(() => performance.getEntriesByName('unspun:apply').length)).toBeGreaterThan(0);
  await expect(page.locator('#respond')).toBeHidden();
  const snapshotSlices = () => page.evaluate(() => performance.getEntriesByName('unspun:snapshot').length);
  const afterCleanup = await snapshotSlices();
  expect(afterCleanup).toBeGreaterThan(0);

  const popup = await openView(context, extensionId, 'popup', tabId);
  await expect(popup.getByTestId('verdict')).toContainText('Machine-translated');
  await expect(popup.getByTestId('article')).toContainText('Protests broke out in Kazakhstan');
  // The hidden comment form is boilerplate the report leaves out, as it would from a fresh snapshot.
  await expect(popup.getByTestId('article')).not.toContainText('Leave a Reply');
  await expect(popup.getByRole('button', { name: 'Show original' })).toBeVisible();
  await popup.close();
  expect(await snapshotSlices()).toBe(afterCleanup);

  await page.evaluate(() => document.querySelector('.entry-content p')?.append(' The ministry confirmed it again on Friday.'));
  const changed = await openView(context, extensionId, 'popup', tabId);
  await expect(changed.getByTestId('article')).toContainText('The ministry confirmed it again on Friday.');
  expect(await snapshotSlices()).toBeGreaterThan(afterCleanup);
});

test('the reader tab asks once from its first script and shows the verdict, then the article with its flags', async ({
  context,
  serviceWorker,
  extensionId,
  origin,
}) => {
  const { page, tabId } = await openTab(context, serviceWorker, origin + SEED_PATH);
  const reader = await openView(context, extensionId, 'reader', tabId);
  await expect(reader.getByTestId('verdict')).toContainText('Machine-translated');
  await expect(reader.getByTestId('article')).toContainText('Protests broke out in Kazakhstan');
  await expect(reader.getByTestId('flag-summary')).toBeVisible();
  // The first script (its own bundle) and the reader's code share one request: the background was asked once
  // (the end-to-end build records each step of a report in the service worker: components/timeline.ts).
  const asked = await serviceWorker.evaluate(
    () =>
      ((globalThis as { unspunTimeline?: Array<[string, number]> }).unspunTimeline ?? []).filter(([step]) => step === 'background:asked')
        .length,
  );
  expect(asked).toBe(1);
  await page.close();
});

test('the popup still reports when the analysis host was closed behind the background’s back', async ({
  context,
  serviceWorker,
  extensionId,
  origin,
}) => {
  const { tabId } = await openTab(context, serviceWorker, origin + SEED_PATH);
  const first = await openView(context, extensionId, 'popup', tabId);
  await expect(first.getByTestId('verdict')).toContainText('Machine-translated');
  await first.close();
  // The background remembers the host as open (it no longer asks the browser before each analysis).
  await serviceWorker.evaluate(() => chrome.offscreen.closeDocument());
  const { tabId: second } = await openTab(context, serviceWorker, origin + SEED_PATH + '?again');
  const popup = await openView(context, extensionId, 'popup', second);
  await expect(popup.getByTestId('verdict')).toContainText('Machine-translated');
});
