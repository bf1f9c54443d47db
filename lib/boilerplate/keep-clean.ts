/**
 * Cleanup that follows the page: hides the boilerplate present now, then
 * watches for content that arrives later (lazy comment sections, infinite
 * scroll) and hides its boilerplate too. Mutations are batched and handled
 * when the page is idle, in slices, so that the page stays responsive.
 */
import { cleanupPage, DEFAULT_CLEANUP_KINDS, HIDDEN_ATTRIBUTE, hideMatches, type CleanupOptions } from './cleanup';
import { BoilerplateFinder } from './classify';

export interface KeepCleanHandle {
  /** Stops watching; what is hidden stays hidden (restorePage shows it). */
  stop(): void;
  /** Handles pending mutations now (tests, and before a report). */
  flush(): void;
  readonly hidden: number;
}

/** Added subtrees handled per idle slice; the rest wait for the next one. */
const ROOTS_PER_SLICE = 200;

type IdleWindow = Window & typeof globalThis & { requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number };

export function keepClean(doc: Document, options: CleanupOptions = {}): KeepCleanHandle {
  const first = cleanupPage(doc, options);
  let hidden = first.hidden;
  const finder = new BoilerplateFinder(doc, { ...options, kinds: options.kinds ?? DEFAULT_CLEANUP_KINDS });
  const pending = new Set<Element>();
  let scheduled = false;
  const view = doc.defaultView as IdleWindow | null;

  const isClaimed = (element: Element) => !!element.closest(`[${HIDDEN_ATTRIBUTE}]`);

  const work = () => {
    scheduled = false;
    const roots = [...pending].slice(0, ROOTS_PER_SLICE);
    for (const root of roots) pending.delete(root);
    // Only the outermost new subtrees: their descendants are walked anyway.
    const outermost = roots.filter((root) => !roots.some((other) => other !== root && other.contains(root)));
    hidden += hideMatches(doc, finder.findIn(outermost, isClaimed)).hidden;
    if (pending.size > 0) schedule();
  };

  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    if (view?.requestIdleCallback) view.requestIdleCallback(work, { timeout: 500 });
    else setTimeout(work, 100);
  };

  const Observer: typeof MutationObserver = view?.MutationObserver ?? MutationObserver;
  const observer = new Observer((records: MutationRecord[]) => {
    for (const record of records) {
      for (const node of Array.from(record.addedNodes)) {
        if (node.nodeType === 1) pending.add(node as Element);
        else if (node.parentElement) pending.add(node.parentElement);
      }
    }
    if (pending.size > 0) schedule();
  });
  if (doc.body) observer.observe(doc.body, { childList: true, subtree: true });

  return {
    stop() {
      observer.disconnect();
      pending.clear();
    },
    flush() {
      for (const record of observer.takeRecords()) {
        for (const node of Array.from(record.addedNodes)) if (node.nodeType === 1) pending.add(node as Element);
      }
      while (pending.size > 0) work();
    },
    get hidden() {
      return hidden;
    },
  };
}
