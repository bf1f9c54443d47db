/**
 * Where snapshots are analysed: in Chrome an offscreen document (its service
 * worker has no DOM), opened once and kept for the session so that the
 * analysis code is compiled once; in Firefox the background page itself,
 * which has a DOM. Either way the page only ever pays for its snapshot.
 */
import { failure, type AnalysisRequest, type AnalysisResults, type AnalysisTask, type Result } from '@/lib/messages';
import { t } from '@/components/i18n';

const HOST_PATH = '/offscreen.html';
let opening: Promise<void> | null = null;

async function hostIsOpen(): Promise<boolean> {
  const contexts = await browser.runtime.getContexts({
    contextTypes: ['OFFSCREEN_DOCUMENT' as chrome.runtime.ContextType],
    documentUrls: [browser.runtime.getURL(HOST_PATH)],
  });
  return contexts.length > 0;
}

/** Opens Chrome's analysis host unless it is open (or opening) already. */
export async function openAnalysisHost(): Promise<void> {
  if (import.meta.env.FIREFOX) return;
  if (await hostIsOpen()) return;
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
}

export async function analyse<T extends AnalysisTask>(task: T): Promise<Result<AnalysisResults[T['task']]>> {
  try {
    if (import.meta.env.FIREFOX) {
      const { runAnalysisTask } = await import('@/lib/snapshot-analysis');
      return runAnalysisTask(task, new DOMParser(), window);
    }
    await openAnalysisHost();
    const response = (await browser.runtime.sendMessage({
      type: 'unspun:analyse',
      target: 'analysis-host',
      task,
    } satisfies AnalysisRequest)) as Result<AnalysisResults[T['task']]> | undefined;
    return response ?? { ok: false, error: t('errorAnalysisNoAnswer') };
  } catch (error) {
    return failure(error);
  }
}
