/** Typed calls from extension pages to the background. */
import {
  failure,
  isNoReceiver,
  REPORT_PORT,
  type CleanState,
  type PageRequest,
  type PageResponses,
  type ReportPortMessage,
  type ReportPortRequest,
  type ReportVerdict,
  type Result,
} from '@/lib/messages';
import type { PageReport } from '@/lib/report';
import { t } from './i18n';
import { mark } from './timeline';

export async function request<T extends PageRequest>(message: T): Promise<PageResponses[T['type']]> {
  try {
    const response = (await browser.runtime.sendMessage(message)) as PageResponses[T['type']] | undefined;
    return response ?? { ok: false, error: t('errorNoAnswer') };
  } catch (error) {
    // The background was not there to answer (Firefox's and Chrome's words for it are English); else the browser's words, in a sentence of ours.
    return { ok: false, error: isNoReceiver(error) ? t('errorNoAnswer') : t('errorUnexpected', failure(error).error) };
  }
}

/** The tab to show: ?tabId=N (reader tab, tests), else the active tab of this window. */
export async function targetTabId(): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export interface OpeningRequests {
  tabId: number | null;
  /** The report's verdict, which comes before the rest of it when the page is analysed afresh. */
  verdict: Promise<Result<ReportVerdict>> | null;
  report: Promise<Result<PageReport>> | null;
  /** Says the verdict is on screen: the analysis makes the article and flags once it is. */
  verdictDrawn: () => void;
  clean: Promise<Result<CleanState>> | null;
}

/** Shared with the page's first script (entrypoints/opening.ts), a bundle of its own with its own copy of this module. */
const scope = globalThis as { unspunOpening?: Promise<OpeningRequests> };

/**
 * The reader's first questions, asked once: by the popup's (or reader tab's)
 * first script, a small classic script in the page's head
 * (entrypoints/opening.ts), while the reader's own code is still loading,
 * and both at once. The reader's code then picks up the same requests.
 */
export function openingRequests(): Promise<OpeningRequests> {
  if (scope.unspunOpening) return scope.unspunOpening;
  mark('popup:ask');
  scope.unspunOpening = targetTabId().then((tabId) =>
    tabId === null
      ? { tabId, verdict: null, report: null, verdictDrawn: () => undefined, clean: null }
      : { tabId, ...reportInParts(tabId), clean: request({ type: 'clean-state', tabId }) },
  );
  return scope.unspunOpening;
}

/** The tab's report asked on the report port (lib/messages.ts): its verdict first, then the whole of it. */
export function reportInParts(tabId: number): Pick<OpeningRequests, 'verdict' | 'report' | 'verdictDrawn'> & {
  verdict: Promise<Result<ReportVerdict>>;
  report: Promise<Result<PageReport>>;
} {
  let port: Browser.runtime.Port | null = null;
  let verdictArrived!: (verdict: Result<ReportVerdict>) => void;
  let reportArrived!: (report: Result<PageReport>) => void;
  const verdict = new Promise<Result<ReportVerdict>>((resolve) => (verdictArrived = resolve));
  const report = new Promise<Result<PageReport>>((resolve) => (reportArrived = resolve));
  const fail = (error: Result<never>) => {
    verdictArrived(error);
    reportArrived(error);
  };
  try {
    const opened = (port = browser.runtime.connect({ name: REPORT_PORT }));
    opened.onMessage.addListener((message: ReportPortMessage) => {
      if (message.type === 'verdict') {
        mark('popup:verdict');
        return verdictArrived({ ok: true, value: message.value });
      }
      mark('popup:report');
      const whole = message.value;
      // A kept report comes whole: its verdict is in it. (A promise keeps the first value it is given.)
      verdictArrived(whole.ok ? { ok: true, value: whole.value } : whole);
      reportArrived(whole);
      port = null;
      opened.disconnect();
    });
    // Closed before the report came (the background stopped): nobody answered.
    opened.onDisconnect.addListener(() => {
      port = null;
      fail({ ok: false, error: t('errorNoAnswer') });
    });
    opened.postMessage({ type: 'report-tab', tabId } satisfies ReportPortRequest);
  } catch (error) {
    fail({ ok: false, error: isNoReceiver(error) ? t('errorNoAnswer') : t('errorUnexpected', failure(error).error) });
  }
  let told = false;
  // Said once: the popup's first view and then the reader's may each have drawn the verdict.
  const verdictDrawn = () => {
    if (told) return;
    told = true;
    mark('popup:verdict drawn (told)');
    port?.postMessage({ type: 'verdict-drawn' } satisfies ReportPortRequest);
  };
  return { verdict, report, verdictDrawn };
}
