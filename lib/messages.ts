/**
 * Typed messages between the extension's parts. Pages (popup, reader tab)
 * talk to the background; the background talks to the scripts it injects
 * into the tab. Every reply is a Result, so failures carry a message a
 * reader can understand.
 */
import type { PageReport, PageSummary, Verdict } from './report';

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export interface CleanState {
  cleaned: boolean;
  hidden: number;
}

/** From the popup or reader tab to the background. */
export type PageRequest =
  | { type: 'report-tab'; tabId: number }
  | { type: 'clean-tab'; tabId: number }
  | { type: 'restore-tab'; tabId: number }
  | { type: 'clean-state'; tabId: number }
  | { type: 'count-selectors'; pattern: string; removeSelectors: string[]; keepSelectors: string[] };

export interface PageResponses {
  'report-tab': Result<PageReport>;
  'clean-tab': Result<CleanState>;
  'restore-tab': Result<CleanState>;
  'clean-state': Result<CleanState>;
  'count-selectors': Result<SelectorPreview>;
}

/** How many elements a rule's selectors match on an open page of its site. */
export interface SelectorPreview {
  /** Null when no open tab of the site can be read. */
  page: { title: string; url: string } | null;
  counts: Array<{ selector: string; list: 'remove' | 'keep'; count: number | null; error?: string }>;
}

/** From the scripts in a tab to the background, about that tab. */
export type PageEvent = { type: 'page-summary'; verdict: Verdict };

/** From the background to the scripts in the tab. */
export type TabRequest =
  | { type: 'unspun:summary' }
  | { type: 'unspun:report' }
  | { type: 'unspun:clean' }
  | { type: 'unspun:restore' }
  | { type: 'unspun:clean-state' }
  | { type: 'unspun:count-selectors'; removeSelectors: string[]; keepSelectors: string[] };

export interface TabResponses {
  'unspun:summary': Result<PageSummary>;
  'unspun:report': Result<PageReport>;
  'unspun:clean': Result<CleanState>;
  'unspun:restore': Result<CleanState>;
  'unspun:clean-state': Result<CleanState>;
  'unspun:count-selectors': Result<SelectorPreview['counts']>;
}

export function failure(error: unknown): { ok: false; error: string } {
  return { ok: false, error: error instanceof Error ? error.message : String(error) };
}

/** Why a page cannot be analysed, in words, or null if it can. */
export function unanalysableReason(doc: Document): string | null {
  const type = doc.contentType || 'text/html';
  if (type === 'application/pdf') return 'This is a PDF. Unspun reads web pages, not PDF documents.';
  if (!/html|xml/.test(type)) return `This is not a web page (${type}); there is no article to read.`;
  if (!doc.body || (doc.body.textContent ?? '').trim().length === 0) return 'This page is empty: there is no text to analyse.';
  return null;
}
