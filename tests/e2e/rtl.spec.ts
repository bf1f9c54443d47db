/**
 * An article written right to left (Hebrew; the page is the project's own
 * text) is laid out right to left in the reader: its lines start at the
 * right edge. The English interface around it stays left to right.
 */
import { test, expect, openTab, openView } from './fixtures';

test('the reader lays a Hebrew article out right to left, flush with the right edge', async ({
  context,
  serviceWorker,
  extensionId,
  origin,
}) => {
  const { tabId } = await openTab(context, serviceWorker, `${origin}/rtl/hebrew-article.html`);
  for (const view of ['reader', 'popup'] as const) {
    const page = await openView(context, extensionId, view, tabId);
    const article = page.getByTestId('article');
    await expect(article).toContainText('התקציב יועבר כעת לאישור משרד הפנים.');
    await expect(article).toHaveAttribute('dir', 'rtl');
    await expect(article).toHaveAttribute('lang', 'he');
    await expect(page.getByTestId('title')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');

    // The last paragraph is one short line: where its text sits within the paragraph's box.
    const line = await article.locator('p', { hasText: 'התקציב יועבר כעת' }).evaluate((paragraph) => {
      const range = document.createRange();
      range.selectNodeContents(paragraph);
      const text = range.getBoundingClientRect();
      const box = paragraph.getBoundingClientRect();
      return { direction: getComputedStyle(paragraph).direction, gapRight: box.right - text.right, gapLeft: text.left - box.left };
    });
    expect(line.direction).toBe('rtl');
    expect(line.gapRight).toBeLessThan(2);
    expect(line.gapLeft).toBeGreaterThan(100);
  }
});
