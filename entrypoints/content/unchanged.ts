/**
 * Whether the page is still as it was when its last report snapshot was
 * taken: a popup opened again on it is then answered from the background's
 * report cache (entrypoints/background/report-cache.ts) without the page
 * paying for another snapshot. The observer is armed when a snapshot is
 * taken (before, so that a change during it counts) and lets go at the first
 * change it sees: a page that never stops mutating pays for one callback per
 * snapshot, not one per change. Our own cleanup (the attributes that hide an
 * element, the style elements that hide them) is no change: the analysis
 * reads nothing of it, so a snapshot taken before the page was cleaned still
 * stands for the page after (the popup on a page cleaned on its own reuses
 * the snapshot its cleanup sent).
 */
import { CLEANUP_STYLE_IDS } from '@/lib/boilerplate/hidden';

export interface SnapshotMark {
  /** Marks a new snapshot about to be taken; returns its token. */
  mark(): string;
  /** Whether nothing changed (DOM or address) since the snapshot `token` was taken. */
  unchanged(token: string | undefined): boolean;
  stop(): void;
}

const OUR_STYLES = new Set(CLEANUP_STYLE_IDS);
/** The attributes that hide an element (lib/boilerplate/cleanup.ts): its kind, and the page's random key. */
const OUR_ATTRIBUTE = /^data-unspun-(?:hidden|[0-9a-f]{16})$/;

const isOurStyle = (node: Node) => node.nodeType === 1 && OUR_STYLES.has((node as Element).id);

/** Whether a mutation is our cleanup's own (hiding, showing again), not the page's. */
function isOurs(record: MutationRecord): boolean {
  if (record.type === 'attributes') return OUR_ATTRIBUTE.test(record.attributeName ?? '');
  if (record.type !== 'childList') return false;
  return Array.from(record.addedNodes).every(isOurStyle) && Array.from(record.removedNodes).every(isOurStyle);
}

export function snapshotMark(doc: Document, address: () => string = () => doc.URL): SnapshotMark {
  let token: string | null = null;
  let url = '';
  let changed = true;
  let count = 0;
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  const observer = new (view?.MutationObserver ?? MutationObserver)((records) => {
    if (records.every(isOurs)) return;
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
      if (!observer.takeRecords().every(isOurs)) {
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
