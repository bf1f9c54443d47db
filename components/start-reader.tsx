import { render } from 'preact';
import type { ReportVerdict } from '@/lib/messages';
import { PendingView, afterPaint } from './PendingView';
import { openingRequests } from './api';
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
  let verdict: ReportVerdict | null = null;
  let reader = false;
  render(<PendingView mode={mode} verdict={null} slow={false} />, app);
  // The article's code too, at once and not after the reader's (which asks for it): fetched side by side, as
  // a chain they came after the report (measured: the reader's code 193 ms, the article's 247, the report 216).
  const articleCode = import('./FlagReader');
  // Named through the module: a bare ReaderView here would be taken by WXT's auto-imports for a static import.
  const readerCode = import('./ReaderView');
  void opening.then(async ({ verdict: first }) => {
    const arrived = await first;
    if (reader || !arrived?.ok) return;
    verdict = arrived.value;
    render(<PendingView mode={mode} verdict={verdict} slow={false} />, app);
    mark('popup:verdict view');
    // The analysis makes the article once the verdict is painted (it runs on this thread in Chrome), and once
    // the code that draws it is here: while the host works, that code cannot load (measured: it came after the
    // report), and the report would wait for it. Not for long: a slow load must not hold the report back.
    await afterPaint();
    await Promise.race([Promise.all([readerCode, articleCode]).catch(() => undefined), delay(CODE_WAIT_MS)]);
    mark('popup:code or wait');
    (await opening).verdictDrawn();
  });
  void articleCode.catch(() => undefined);
  void readerCode.then((view) => {
    reader = true;
    render(<view.ReaderView mode={mode} verdict={verdict} />, app);
  });
}

/** At most this long after the verdict is drawn, the analysis makes the rest even if the reader's code is not here. */
const CODE_WAIT_MS = 60;

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
