/**
 * The last report of each tab, kept with the snapshot and the rule and
 * settings it was made with: a popup opened again on a page that has not
 * changed is answered without analysing it again. A new snapshot is still
 * taken each time (the page may have changed in between); only an identical
 * one reuses the report. A few tabs at most, as a large page's snapshot is
 * megabytes; the service worker's restarts empty it, which costs one analysis.
 */
import type { PageSnapshot } from '@/lib/dom/snapshot';
import type { PageReport } from '@/lib/report';

const TABS = 4;

interface Entry {
  snapshot: PageSnapshot;
  /** The rule and settings the report was made with. */
  inputs: string;
  report: PageReport;
}

function sameSnapshot(a: PageSnapshot, b: PageSnapshot): boolean {
  return (
    a.url === b.url &&
    a.contentType === b.contentType &&
    a.head === b.head &&
    a.body === b.body &&
    JSON.stringify(a.htmlAttributes) === JSON.stringify(b.htmlAttributes) &&
    JSON.stringify(a.noscripts) === JSON.stringify(b.noscripts)
  );
}

export class ReportCache {
  private readonly entries = new Map<number, Entry>();

  get(tabId: number, snapshot: PageSnapshot, inputs: unknown): PageReport | null {
    const entry = this.entries.get(tabId);
    if (!entry || entry.inputs !== JSON.stringify(inputs) || !sameSnapshot(entry.snapshot, snapshot)) return null;
    return entry.report;
  }

  set(tabId: number, snapshot: PageSnapshot, inputs: unknown, report: PageReport): void {
    this.entries.delete(tabId);
    this.entries.set(tabId, { snapshot, inputs: JSON.stringify(inputs), report });
    // Maps keep insertion order: the first entry is the tab reported on longest ago.
    while (this.entries.size > TABS) this.entries.delete(this.entries.keys().next().value!);
  }

  forget(tabId: number): void {
    this.entries.delete(tabId);
  }
}
