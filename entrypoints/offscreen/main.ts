/**
 * Chrome's analysis host: an offscreen document (reason DOM_PARSER) that the
 * background opens once per browser session. The analysis code and its data
 * (language profiles, name tables, flag data, models) are compiled here once
 * and stay warm; pages only ever receive hide lists, the popup only reports.
 * Firefox has no offscreen documents: its background page runs the same
 * runAnalysisTask itself (entrypoints/background/analysis.ts).
 */
import { failure, type AnalysisRequest } from '@/lib/messages';
import { runAnalysisTask } from '@/lib/snapshot-analysis';

const parser = new DOMParser();

browser.runtime.onMessage.addListener((request: AnalysisRequest, sender, sendResponse) => {
  // Only the background asks (content scripts' messages reach every extension page too).
  if (request?.target !== 'analysis-host' || sender.id !== browser.runtime.id || sender.tab) return false;
  try {
    sendResponse(runAnalysisTask(request.task, parser, window));
  } catch (error) {
    sendResponse(failure(error));
  }
  return false;
});
