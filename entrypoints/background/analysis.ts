/**
 * Where snapshots are analysed: in Chrome an offscreen document (its service
 * worker has no DOM), opened once and kept for the session so that the
 * analysis code is compiled once; in Firefox the background page itself,
 * which has a DOM. Either way the page only ever pays for its snapshot.
 */
import { failure, isNoReceiver, type AnalysisRequest, type AnalysisResults, type AnalysisTask, type Result } from '@/lib/messages';
import { t } from '@/components/i18n';
import type { ParseMemo } from '@/lib/snapshot-analysis';

const HOST_PATH = '/offscreen.html';
let opening: Promise<void> | null = null;
/**
 * Set once the host is known to be open: asking the browser every time (a
 * round trip to its process) was on the path of every analysis. A host that
 * went away all the same is opened again when a message finds no one there.
 */
let hostOpen = false;
/** Firefox's background analyses itself: the last snapshot it parsed (lib/snapshot-analysis.ts). */
const firefoxMemo: ParseMemo = { last: null };

async function hostIsOpen(): Promise<boolean> {
  const contexts = await browser.runtime.getContexts({
    contextTypes: ['OFFSCREEN_DOCUMENT' as chrome.runtime.ContextType],
    documentUrls: [browser.runtime.getURL(HOST_PATH)],
  });
  return contexts.length > 0;
}

/** Opens Chrome's analysis host unless it is open (or opening) already. */
export async function openAnalysisHost(): Promise<void> {
  if (import.meta.env.FIREFOX || hostOpen) return;
  if (await hostIsOpen()) return void (hostOpen = true);
  opening ??= browser.offscreen
    .createDocument({
      url: HOST_PATH,
      reasons: ['DOM_PARSER' as chrome.offscreen.Reason],
      justification: 'Parses snapshots of pages to find their boilerplate and analyse them, off the pages’ own main thread.',
    })
    .catch((error: unknown) => {
      // Another call opened it in between: only one offscreen document may exist.
      if (!/single offscreen|already/i.test(String(error))) throw error;
    })
    .finally(() => (opening = null));
  await opening;
  hostOpen = true;
}

function askHost<T extends AnalysisTask>(task: T): Promise<Result<AnalysisResults[T['task']]> | undefined> {
  return browser.runtime.sendMessage({ type: 'unspun:analyse', target: 'analysis-host', task } satisfies AnalysisRequest);
}

export async function analyse<T extends AnalysisTask>(task: T): Promise<Result<AnalysisResults[T['task']]>> {
  try {
    if (import.meta.env.FIREFOX) {
      const { runAnalysisTask } = await import('@/lib/snapshot-analysis');
      return runAnalysisTask(task, new DOMParser(), window, firefoxMemo);
    }
    await openAnalysisHost();
    let response: Result<AnalysisResults[T['task']]> | undefined;
    try {
      response = await askHost(task);
    } catch (error) {
      if (!isNoReceiver(error)) throw error;
    }
    // No one answered (the host was closed): open it again and ask once more.
    if (response === undefined) {
      hostOpen = false;
      await openAnalysisHost();
      response = await askHost(task);
    }
    return response ?? { ok: false, error: t('errorAnalysisNoAnswer') };
  } catch (error) {
    return { ok: false, error: t('errorNotAnalysed', failure(error).error) };
  }
}
