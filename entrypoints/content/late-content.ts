/**
 * Content that arrives after the first cleanup (lazy comment sections,
 * infinite scroll, ads filled in by scripts): each burst of added elements
 * leads, once it has settled and the page is idle, to one more round of
 * snapshot and hide list. A round costs the page one snapshot; rounds that
 * hide nothing new come ever more rarely, so a page that never stops
 * changing (a ticker, a carousel) is not snapshotted over and over.
 */
import { hiddenCount as countHidden } from '@/lib/boilerplate/hidden';

export interface LateContentWatcher {
  stop(): void;
}

/** Quiet time after the last added element before a round, doubled after each round that hid nothing. */
export const SETTLE_MS = 250;
export const MAX_SETTLE_MS = 8000;
/**
 * A page that never stops adding elements (a ticker, a live blog) is never
 * quiet: a burst gets its round at most this many settle times after it began.
 */
const MAX_WAIT_SETTLES = 4;

type IdleWindow = Window & typeof globalThis & { requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number };

/**
 * `firstRound`: the page's first round, when the watcher starts with it.
 * Content added while it is on its way (after its snapshot was taken) waits
 * for it to end and then gets a round of its own; a page whose first answer
 * took longer than its comments took to arrive had them missed for good.
 */
export function lateContentWatcher(doc: Document, round: () => Promise<void>, firstRound?: Promise<unknown>): LateContentWatcher {
  const view = doc.defaultView as IdleWindow | null;
  let settle = SETTLE_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** When the burst waiting for its round began (null: none waiting). */
  let burstStart: number | null = null;
  let running = !!firstRound;
  let again = false;
  let stopped = false;

  const hiddenCount = () => countHidden(doc);

  const roundDone = () => {
    running = false;
    if (again) {
      again = false;
      schedule();
    }
  };

  const run = async () => {
    if (stopped) return;
    running = true;
    const before = hiddenCount();
    try {
      await round();
    } catch {
      // The next burst tries again (the background may have been restarting).
    }
    settle = hiddenCount() > before ? SETTLE_MS : Math.min(MAX_SETTLE_MS, settle * 2);
    roundDone();
  };

  const schedule = () => {
    if (stopped) return;
    if (running) return void (again = true);
    const now = Date.now();
    burstStart ??= now;
    clearTimeout(timer);
    timer = setTimeout(
      () => {
        burstStart = null;
        if (view?.requestIdleCallback) view.requestIdleCallback(() => void run(), { timeout: 1000 });
        else void run();
      },
      Math.max(0, Math.min(settle, burstStart + settle * MAX_WAIT_SETTLES - now)),
    );
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of Array.from(record.addedNodes)) {
        if (node.nodeType === 1) return schedule();
      }
    }
  });
  if (doc.body) observer.observe(doc.body, { childList: true, subtree: true });
  firstRound?.then(roundDone, roundDone);

  return {
    stop() {
      stopped = true;
      clearTimeout(timer);
      observer.disconnect();
    },
  };
}
