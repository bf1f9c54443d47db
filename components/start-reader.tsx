import { render } from 'preact';
import type { ReportVerdict } from '@/lib/messages';
import { PendingView, afterPaint } from './PendingView';
import { openingRequests } from './api';
import { openingAppearance } from './appearance-root';
import { mark } from './timeline';

/**
 * Draws the popup or the reader tab: at first only the waiting view and,
 * as soon as it comes, the verdict (a few kilobytes); the rest of the reader
 * (the article and its controls, the export and appearance menus, site
 * rules) is a chunk of its own, loaded at once beside them, which takes
 * over when it is there, from the verdict already drawn.
 */
export function startReader(mode: 'popup' | 'tab', app: HTMLElement): void {
  // Asked already by the page's first script (entrypoints/opening.ts); this picks up the same requests.
  const opening = openingRequests();
  // Nothing is drawn before the reader's theme is on the page (a storage read, asked by the same first script).
  const appearance = openingAppearance();
  let verdict: ReportVerdict | null = null;
  let reader = false;
  void appearance.then(() => reader || render(<PendingView mode={mode} verdict={null} slow={false} />, app));
  void opening.then(async ({ verdict: first }) => {
    const arrived = await first;
    await appearance;
    if (reader || !arrived?.ok) return;
    verdict = arrived.value;
    render(<PendingView mode={mode} verdict={verdict} slow={false} />, app);
    mark('popup:verdict view');
    // The analysis makes the article once the verdict is painted (it runs on this thread in Chrome).
    await afterPaint();
    (await opening).verdictDrawn();
  });
  // Named through the module: a bare ReaderView here would be taken by WXT's auto-imports for a static import.
  void Promise.all([import('./ReaderView'), appearance]).then(([view]) => {
    reader = true;
    render(<view.ReaderView mode={mode} verdict={verdict} />, app);
  });
}
