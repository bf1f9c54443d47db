/**
 * Whether the page is still as it was when its last report snapshot was
 * taken: a popup opened again on it is then answered from the background's
 * report cache (entrypoints/background/report-cache.ts) without the page
 * paying for another snapshot. The observer is armed when a snapshot is
 * taken (before, so that a change during it counts) and lets go at the first
 * change it sees: a page that never stops mutating pays for one callback per
 * snapshot, not one per change.
 */
export interface SnapshotMark {
  /** Marks a new snapshot about to be taken; returns its token. */
  mark(): string;
  /** Whether nothing changed (DOM or address) since the snapshot `token` was taken. */
  unchanged(token: string | undefined): boolean;
  stop(): void;
}

export function snapshotMark(doc: Document, address: () => string = () => doc.URL): SnapshotMark {
  let token: string | null = null;
  let url = '';
  let changed = true;
  let count = 0;
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  const observer = new (view?.MutationObserver ?? MutationObserver)(() => {
    changed = true;
    observer.disconnect();
  });
  return {
    mark() {
      observer.disconnect();
      changed = false;
      url = address();
      token = `${++count}:${Math.random().toString(36).slice(2)}`;
      observer.observe(doc, { subtree: true, childList: true, attributes: true, characterData: true });
      return token;
    },
    unchanged(asked) {
      // Records not yet delivered to the callback count too.
      if (observer.takeRecords().length) {
        changed = true;
        observer.disconnect();
      }
      return !changed && token !== null && asked === token && url === address();
    },
    stop() {
      observer.disconnect();
      changed = true;
    },
  };
}
