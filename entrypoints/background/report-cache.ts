/**
 * The last report of each tab, kept with the snapshot and the rule and
 * settings it was made with: a popup opened again on a page that has not
 * changed is answered without analysing it again. The content script keeps
 * the token of the snapshot the report was made from and says whether the
 * page changed since (entrypoints/content/unchanged.ts): when it did not,
 * no new snapshot is taken at all; when it did, a new snapshot identical to
 * the kept one still reuses the report. A few tabs at most, as a large
 * page's snapshot is megabytes; the service worker's restarts empty it,
 * which costs one snapshot and one analysis. The snapshot a page cleaned on
 * its own sent is kept too (without a report): the first popup on that page,
 * unchanged since, is analysed from it without the page taking another.
 */
import { sameSnapshot, type PageSnapshot } from '@/lib/dom/snapshot';
import type { PageReport } from '@/lib/report';

const TABS = 4;

interface Entry {
  snapshot: PageSnapshot;
  /** The content script's token for the snapshot. */
  token: string;
  /** The rule and settings the report was made with. */
  inputs: string;
  /** Null for a cleanup's snapshot, not reported on yet. */
  report: PageReport | null;
}

export class ReportCache {
  private readonly entries = new Map<number, Entry>();

  /** The token of the tab's kept snapshot, for the content script to compare with. */
  token(tabId: number): string | undefined {
    return this.entries.get(tabId)?.token;
  }

  /** The kept snapshot when the content script said the page is unchanged since `token`. */
  snapshot(tabId: number, token: string): PageSnapshot | null {
    const entry = this.entries.get(tabId);
    return entry && entry.token === token ? entry.snapshot : null;
  }

  get(tabId: number, snapshot: PageSnapshot, inputs: unknown): PageReport | null {
    const entry = this.entries.get(tabId);
    if (
      !entry?.report ||
      entry.inputs !== JSON.stringify(inputs) ||
      !(entry.snapshot === snapshot || sameSnapshot(entry.snapshot, snapshot))
    )
      return null;
    return entry.report;
  }

  set(tabId: number, token: string, snapshot: PageSnapshot, inputs: unknown, report: PageReport): void {
    this.put(tabId, { snapshot, token, inputs: JSON.stringify(inputs), report });
  }

  private put(tabId: number, entry: Entry): void {
    this.entries.delete(tabId);
    this.entries.set(tabId, entry);
    // Maps keep insertion order: the first entry is the tab reported on longest ago.
    while (this.entries.size > TABS) this.entries.delete(this.entries.keys().next().value!);
  }

  /** Keeps a cleanup's snapshot of the tab, in place of what was kept. */
  keep(tabId: number, token: string, snapshot: PageSnapshot): void {
    this.put(tabId, { snapshot, token, inputs: '', report: null });
  }

  forget(tabId: number): void {
    this.entries.delete(tabId);
  }
}
