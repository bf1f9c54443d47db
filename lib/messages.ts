/**
 * Typed messages between the extension's parts, one type per boundary.
 * Pages (popup, reader tab) talk to the background; the background talks to
 * the small content script in the tab, which answers with a snapshot of the
 * page (or sends one for its automatic cleanup) and applies hide lists; the
 * background hands snapshots to the analysis host (the offscreen document in
 * Chrome, itself in Firefox). Every reply is a Result, so failures carry a
 * message a reader can understand.
 */
import type { PageReport, Verdict } from './report';
import type { PageSnapshot } from './dom/snapshot';
import type { HideList } from './boilerplate/hide-list';
import type { SiteRuleInput, AnalyzeSettings } from './analyze';
import type { Wording } from './wording';
import type { PartialReport } from './analysis-budget';

/** A failure says why in English (`error`), and where lib knows the words, as a message id (`errorWording`) for the interface. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string; errorWording?: Wording };

export interface CleanState {
  cleaned: boolean;
  hidden: number;
  /** Present when the last cleanup looked at only part of the page (lib/analysis-budget.ts), saying why. */
  partial?: PartialReport;
}

/** From the popup or reader tab to the background. */
export type PageRequest =
  | { type: 'clean-tab'; tabId: number }
  | { type: 'restore-tab'; tabId: number }
  | { type: 'clean-state'; tabId: number }
  | { type: 'count-selectors'; pattern: string; removeSelectors: string[]; keepSelectors: string[] };

export interface PageResponses {
  'clean-tab': Result<CleanState>;
  'restore-tab': Result<CleanState>;
  'clean-state': Result<CleanState>;
  'count-selectors': Result<SelectorPreview>;
}

/** How many elements a rule's selectors match on an open page of its site. */
export interface SelectorPreview {
  /** Null when no open tab of the site can be read. */
  page: { title: string; url: string } | null;
  counts: Array<{ selector: string; list: 'remove' | 'keep'; count: number | null; error?: string; errorWording?: Wording }>;
}

/**
 * From the content script to the background, about its own page, on a port
 * named SNAPSHOT_PORT: the snapshot's body in parts (each sent in a task of
 * its own, so that copying a large page out never blocks it for long), then
 * the request with an empty body. "auto" when the script was registered to
 * clean on its own (a site rule, or every page that looks machine-translated),
 * "clean" when the reader asked, "report" when the popup asked for the page.
 */
export const SNAPSHOT_PORT = 'unspun:snapshot';
export type ContentRequest = {
  type: 'analyse-snapshot';
  purpose: 'auto' | 'clean' | 'report';
  snapshot: PageSnapshot;
  /**
   * The content script's token for a cleanup's snapshot (entrypoints/content/unchanged.ts): the background
   * keeps the snapshot, and a popup on the page unchanged since is reported on from it without another.
   */
  token?: string;
};
export type SnapshotPortMessage = { type: 'snapshot-part'; part: string } | ContentRequest;

/**
 * Characters of the body per message. Copying a message out of the page is
 * a task of the page's main thread: 128k-character parts took 10-36 ms each
 * in bench:perf on a loaded machine; a quarter of that keeps each one short.
 */
export const SNAPSHOT_PART_CHARS = 32 * 1024;

/**
 * The messages that carry a snapshot on the port, in order: the body in
 * parts, then the request (with an empty body). The body may come already in
 * chunks (lib/dom/snapshot.ts, takeSnapshotInChunks), so that the page never
 * joins them; a chunk longer than a part is sent in several.
 */
export function snapshotMessages(
  purpose: ContentRequest['purpose'],
  snapshot: PageSnapshot,
  chunks: string[] = [snapshot.body],
  token?: string,
): SnapshotPortMessage[] {
  const messages: SnapshotPortMessage[] = [];
  for (const chunk of chunks)
    for (let offset = 0; offset < chunk.length; offset += SNAPSHOT_PART_CHARS)
      messages.push({ type: 'snapshot-part', part: chunk.slice(offset, offset + SNAPSHOT_PART_CHARS) });
  messages.push({ type: 'analyse-snapshot', purpose, snapshot: { ...snapshot, body: '' }, ...(token ? { token } : {}) });
  return messages;
}

export interface ContentResponses {
  /** What to hide (null: nothing, the page is not cleaned), and the verdict when one was worked out. */
  'analyse-snapshot': Result<{ hide: HideList | null; verdict: Verdict | null }>;
}

/** What the analysis host is asked to do with a snapshot (lib/snapshot-analysis.ts). */
export type AnalysisTask =
  | { task: 'cleanup'; snapshot: PageSnapshot; rule: SiteRuleInput | null }
  /** Detection, and the hide list when the score reaches the threshold (the global mode). */
  | { task: 'auto-mt'; snapshot: PageSnapshot; rule: SiteRuleInput | null; threshold: number }
  | { task: 'report'; snapshot: PageSnapshot; rule: SiteRuleInput | null; settings: AnalyzeSettings };

/** The first part of a report: what the popup's verdict shows, before the reader's article and flags. */
export type ReportVerdict = Pick<PageReport, 'url' | 'mt' | 'language' | 'partial'>;

export interface AnalysisResults {
  cleanup: HideList;
  'auto-mt': { verdict: Verdict; hide: HideList | null };
  report: PageReport;
}

/**
 * From the background to the analysis host (Chrome's offscreen document).
 * A report task with an `id` is answered in two messages: the verdict first,
 * as an AnalysisVerdict, then the whole report as the answer.
 * 'unspun:timeline' is bench:perf's, answered only in the end-to-end build
 * (components/timeline.ts).
 */
export type AnalysisRequest =
  | { type: 'unspun:analyse'; target: 'analysis-host'; task: AnalysisTask; id?: string }
  | { type: 'unspun:timeline'; target: 'analysis-host' }
  /** The popup has drawn the verdict of the report task `id`: the host makes the rest now. */
  | { type: 'unspun:verdict-drawn'; target: 'analysis-host'; id: string };

/** From the analysis host to the background: the verdict of the report task `id`, while the host makes the rest. */
export type AnalysisVerdict = { type: 'unspun:analysis-verdict'; target: 'background'; id: string; verdict: ReportVerdict };

/**
 * The popup's (and reader tab's) report, on a port of that name: the page
 * asks with a ReportPortRequest; the background answers with the verdict as
 * soon as the analysis has it, then with the whole report (a report kept from
 * before comes whole at once). The port closes after the report.
 */
export const REPORT_PORT = 'unspun:report';

/**
 * How long the analysis waits for the popup to draw a verdict before it makes
 * the rest of the report anyway (a popup closed meanwhile). At load 18-25 on
 * two cores the popup drew it 10-60 ms after the host sent it (bench:perf).
 */
export const VERDICT_DRAWN_WAIT_MS = 250;
export type ReportPortRequest =
  | { type: 'report-tab'; tabId: number }
  /**
   * The verdict is on screen. Chrome's analysis host runs on the popup's own
   * thread (an extension's pages share one renderer): it waits for this, or
   * a moment, before it makes the article and flags, which would keep the
   * popup from drawing anything until they were done.
   */
  | { type: 'verdict-drawn' };
export type ReportPortMessage = { type: 'verdict'; value: ReportVerdict } | { type: 'report'; value: Result<PageReport> };

/** From the background to the content script in the tab. */
export type TabRequest =
  /**
   * Send the page's snapshot (on the snapshot port, purpose "report"),
   * unless the page has not changed since the snapshot `known` (the token
   * of the one whose report the background keeps).
   */
  | { type: 'unspun:snapshot'; known?: string }
  | { type: 'unspun:clean' }
  | { type: 'unspun:restore' }
  | { type: 'unspun:clean-state' }
  | { type: 'unspun:count-selectors'; removeSelectors: string[]; keepSelectors: string[] };

export interface TabResponses {
  /** The token of the snapshot sent, or of the known one when the page is unchanged (and nothing was sent). */
  'unspun:snapshot': Result<{ token: string; unchanged: boolean }>;
  'unspun:clean': Result<CleanState>;
  'unspun:restore': Result<CleanState>;
  'unspun:clean-state': Result<CleanState>;
  'unspun:count-selectors': Result<SelectorPreview['counts']>;
}

/** The browser's "nobody listens" (a closed host, a page without the content script): Chrome's and Firefox's words. */
export function isNoReceiver(error: unknown): boolean {
  return /Receiving end does not exist|Could not establish connection/i.test(String(error));
}

export function failure(error: unknown): { ok: false; error: string } {
  return { ok: false, error: error instanceof Error ? error.message : String(error) };
}
