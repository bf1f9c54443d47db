/**
 * Regenerates docs/popup.png, the README's screenshot: the popup on the seed
 * page with one flag's explanation open. Needs the e2e build:
 *   UNSPUN_E2E=1 npx wxt build && npx tsx scripts/screenshot.ts
 */
import { launchWithExtension, serveFixtures } from '../tests/e2e/fixtures';

const { server, origin } = await serveFixtures();
const context = await launchWithExtension();
try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const page = await context.newPage();
  await page.goto(`${origin}/seed/kazakhstan-wordpress.html`);
  await page.bringToFront();
  const tabId = await worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 440, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  await popup.locator('mark.unspun-flag').nth(0).hover();
  await popup.getByTestId('flag-tip').waitFor();
  await popup.screenshot({ path: 'docs/popup.png', clip: { x: 0, y: 0, width: 440, height: 600 } });
  console.log('wrote docs/popup.png');
} finally {
  await context.close();
  server.close();
}
