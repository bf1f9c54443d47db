/**
 * Chrome's analysis host: an offscreen document (reason DOM_PARSER) that the
 * background opens once per browser session. The analysis code and its data
 * (language profiles, name tables, flag data, models) are compiled here once
 * and stay warm; pages only ever receive hide lists, the popup only reports.
 * Firefox has no offscreen documents: its background page runs the same
 * runAnalysisTask itself (entrypoints/background/analysis.ts).
 */
import { failure, type AnalysisRequest } from '@/lib/messages';
import { runAnalysisTask, type ParseMemo } from '@/lib/snapshot-analysis';
import type { PageSnapshot } from '@/lib/dom/snapshot';

const parser = new DOMParser();
/** The last snapshot parsed: a popup on a page just cleaned is reported on from the same one. */
const memo: ParseMemo = { last: null };

browser.runtime.onMessage.addListener((request: AnalysisRequest, sender, sendResponse) => {
  // Only the background asks (content scripts' messages reach every extension page too).
  if (request?.target !== 'analysis-host' || sender.id !== browser.runtime.id || sender.tab) return false;
  try {
    sendResponse(runAnalysisTask(request.task, parser, window, memo));
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
