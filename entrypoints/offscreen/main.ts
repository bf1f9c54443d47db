/**
 * Chrome's analysis host: an offscreen document (reason DOM_PARSER) that the
 * background opens once per browser session. The analysis code and its data
 * (language profiles, name tables, flag data, models) are compiled here once
 * and stay warm; pages only ever receive hide lists, the popup only reports.
 * Firefox has no offscreen documents: its background page runs the same
 * runAnalysisTask itself (entrypoints/background/analysis.ts).
 */
import { failure, VERDICT_DRAWN_WAIT_MS, type AnalysisRequest, type AnalysisVerdict } from '@/lib/messages';
import { runAnalysisTask, type ParseMemo } from '@/lib/snapshot-analysis';
import { reportInStages } from '@/lib/report-stages';
import type { PageSnapshot } from '@/lib/dom/snapshot';
import { mark, type Timeline } from '@/components/timeline';

declare const __UNSPUN_TIMINGS__: boolean;

const parser = new DOMParser();
/** The last snapshot parsed: a popup on a page just cleaned is reported on from the same one. */
const memo: ParseMemo = { last: null };

/** Report tasks whose verdict has been sent, waiting for it to be drawn: what makes the rest, by id. */
const waitingForDraw = new Map<string, () => void>();

/**
 * A report asked with an id: the verdict goes to the background at once, and
 * the rest is made in a later task, once the popup has drawn the verdict.
 * The popup runs on this same thread (an extension's pages share one
 * renderer): while this host works, it can neither run its scripts nor draw.
 */
function reportWithVerdictFirst(
  request: Extract<AnalysisRequest, { type: 'unspun:analyse' }>,
  id: string,
  sendResponse: (response: unknown) => void,
): void {
  if (request.task.task !== 'report') return;
  const onStage = __UNSPUN_TIMINGS__ ? (stage: string, ms: number) => mark(`host stage:${stage}`, ms) : undefined;
  const staged = reportInStages(request.task, parser, window, memo, onStage);
  if (!staged.ok) return sendResponse(staged);
  mark('host:verdict');
  void browser.runtime
    .sendMessage({ type: 'unspun:analysis-verdict', target: 'background', id, verdict: staged.value.verdict } satisfies AnalysisVerdict)
    .catch(() => undefined);
  const rest = () => {
    if (!waitingForDraw.delete(id)) return;
    clearTimeout(timer);
    mark('host:rest');
    try {
      sendResponse({ ok: true, value: staged.value.finish() });
      mark('host:report');
    } catch (error) {
      sendResponse(failure(error));
    }
  };
  waitingForDraw.set(id, rest);
  const timer = setTimeout(rest, VERDICT_DRAWN_WAIT_MS);
}

browser.runtime.onMessage.addListener((request: AnalysisRequest, sender, sendResponse) => {
  // Only the background asks (content scripts' messages reach every extension page too).
  if (request?.target !== 'analysis-host' || sender.id !== browser.runtime.id || sender.tab) return false;
  if (request.type === 'unspun:timeline') {
    if (!__UNSPUN_TIMINGS__) return false;
    const scope = globalThis as { unspunTimeline?: Timeline };
    sendResponse(scope.unspunTimeline ?? []);
    scope.unspunTimeline = [];
    return false;
  }
  if (request.type === 'unspun:verdict-drawn') {
    // A task (not this message's own) so that the popup's frame is out before the rest begins.
    setTimeout(() => waitingForDraw.get(request.id)?.(), 0);
    return false;
  }
  mark(`host:${request.task.task} asked`);
  try {
    if (request.id !== undefined && request.task.task === 'report') {
      reportWithVerdictFirst(request, request.id, sendResponse);
      return true;
    }
    sendResponse(runAnalysisTask(request.task, parser, window, memo));
    mark(`host:${request.task.task} answered`);
  } catch (error) {
    sendResponse(failure(error));
  }
  return false;
});

/**
 * One analysis of a small page as soon as the host has loaded, so that the
 * one-time costs (compiling the analysis code, building its patterns) are
 * paid here, before the first page or popup asks, not by them.
 */
const WARM_UP: PageSnapshot = {
  url: 'https://unspun.invalid/warm-up',
  contentType: 'text/html',
  htmlAttributes: [['lang', 'en']],
  head: '<title>Warm-up</title>',
  body: `<body><article><h1>Warm-up</h1>${'<p>The council said on Tuesday that the new bridge would open next spring, after the repairs to the old one were finished.</p>'.repeat(6)}</article><div class="related-posts"><h3>Related posts</h3><ul><li><a href="/a">Another story</a></li></ul></div></body>`,
  noscripts: [],
};
setTimeout(() => {
  try {
    runAnalysisTask({ task: 'report', snapshot: WARM_UP, rule: null, settings: {} }, parser, window);
    runAnalysisTask({ task: 'cleanup', snapshot: WARM_UP, rule: null }, parser, window);
  } catch (error) {
    console.warn('Unspun: warm-up analysis failed', error);
  }
}, 0);
