/**
 * What a site has served: the popup counts each article the user opens on a
 * site once, says how many looked machine-translated, puts "Always clean
 * this site" forward when most did, and the options page forgets it all.
 */
import { readFileSync } from 'node:fs';
import { test, expect, openTab, openView } from './fixtures';

const SEED = readFileSync('tests/fixtures/seed/kazakhstan-wordpress.html', 'utf8');

test('the popup says what the site has served, offers to clean it when most articles looked machine-translated, and the options page forgets it', async ({
  context,
  serviceWorker,
  extensionId,
  origin,
}) => {
  // A second machine-translated article on the same site.
  await context.route(`${origin}/news/second-story.html`, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: SEED }),
  );
  const popupOn = async (path: string) => {
    const { tabId } = await openTab(context, serviceWorker, origin + path);
    const popup = await openView(context, extensionId, 'popup', tabId);
    await expect(popup.getByTestId('verdict')).toBeVisible();
    return popup;
  };

  const first = await popupOn('/seed/kazakhstan-wordpress.html');
  await expect(first.getByTestId('verdict')).toContainText('Machine-translated');
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const remembered = options.getByTestId('site-history-settings').getByRole('status');
  await expect(remembered).toHaveText('1 article on 1 site remembered.');
  // One article says nothing about a site.
  await expect(first.getByTestId('site-history')).toHaveCount(0);

  const second = await popupOn('/pages/rule-early.html');
  await expect(second.getByTestId('site-history')).toHaveText('1 of the 2 articles you opened on this site looked machine-translated.');
  await expect(second.getByTestId('always-clean')).toHaveClass(/secondary/);

  // The same article again, with tracking parameters: still counted once.
  const again = await popupOn('/seed/kazakhstan-wordpress.html?utm_source=feed#comments');
  await expect(again.getByTestId('site-history')).toHaveText('1 of the 2 articles you opened on this site looked machine-translated.');

  const third = await popupOn('/news/second-story.html');
  await expect(third.getByTestId('site-history')).toHaveText(
    '2 of the 3 articles you opened on this site looked machine-translated. You can have it cleaned automatically.',
  );
  await expect(third.getByTestId('always-clean')).not.toHaveClass(/secondary/);

  await expect(remembered).toHaveText('3 articles on 1 site remembered.');
  await options.getByRole('button', { name: 'Forget what sites have served' }).click();
  await expect(remembered).toHaveText('Nothing remembered.');
  const afterwards = await popupOn('/pages/rule-early.html');
  await expect(afterwards.getByTestId('article')).toBeVisible();
  await expect(remembered).toHaveText('1 article on 1 site remembered.');
  await expect(afterwards.getByTestId('site-history')).toHaveCount(0);
});
