/**
 * Where snapshots are analysed: in Chrome an offscreen document (its service
 * worker has no DOM), opened once and kept for the session so that the
 * analysis code is compiled once; in Firefox the background page itself,
 * which has a DOM. Either way the page only ever pays for its snapshot.
 */
import {
  failure,
  isNoReceiver,
  type AnalysisRequest,
  type AnalysisResults,
  type AnalysisTask,
  type AnalysisVerdict,
  type ReportVerdict,
  type Result,
  VERDICT_DRAWN_WAIT_MS,
} from '@/lib/messages';
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

/**
 * Told a report's verdict before the rest is made; `drawn` says it is on
 * screen, and the rest is made then (or after a moment without it: the
 * popup shares its thread with the analysis, entrypoints/offscreen/main.ts).
 */
export type OnVerdict = (verdict: ReportVerdict, drawn: () => void) => void;

/** Report tasks under way in Chrome's host that said where their verdict goes, by id. */
const verdictsAwaited = new Map<string, OnVerdict>();
let lastId = 0;

/** The host's message with a report's verdict (the background's onMessage listener passes it here). */
export function receiveVerdict(message: AnalysisVerdict): void {
  verdictsAwaited.get(message.id)?.(message.verdict, () => {
    void browser.runtime
      .sendMessage({ type: 'unspun:verdict-drawn', target: 'analysis-host', id: message.id } satisfies AnalysisRequest)
      .catch(() => undefined);
  });
}

function askHost<T extends AnalysisTask>(task: T, id?: string): Promise<Result<AnalysisResults[T['task']]> | undefined> {
  return browser.runtime.sendMessage({
    type: 'unspun:analyse',
    target: 'analysis-host',
    task,
    ...(id === undefined ? {} : { id }),
  } satisfies AnalysisRequest);
}

/** Firefox's background page: the report in its two stages, a task apart, so that the popup can draw the verdict in between. */
async function reportHere(
  task: Extract<AnalysisTask, { task: 'report' }>,
  onVerdict: OnVerdict,
): Promise<Result<AnalysisResults['report']>> {
  const { reportInStages } = await import('@/lib/report-stages');
  const staged = reportInStages(task, new DOMParser(), window, firefoxMemo);
  if (!staged.ok) return staged;
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, VERDICT_DRAWN_WAIT_MS);
    onVerdict(staged.value.verdict, () => {
      clearTimeout(timer);
      setTimeout(resolve, 0);
    });
  });
  return { ok: true, value: staged.value.finish() };
}

/**
 * Analyses a snapshot where the analysis host is. A report task given
 * `onVerdict` hands it the verdict as soon as the host has it, before the
 * whole report is the answer.
 */
export async function analyse<T extends AnalysisTask>(task: T, onVerdict?: OnVerdict): Promise<Result<AnalysisResults[T['task']]>> {
  const id = onVerdict && task.task === 'report' ? `report-${++lastId}` : undefined;
  try {
    if (import.meta.env.FIREFOX) {
      if (onVerdict && task.task === 'report')
        return (await reportHere(task as Extract<AnalysisTask, { task: 'report' }>, onVerdict)) as Result<AnalysisResults[T['task']]>;
      const { runAnalysisTask } = await import('@/lib/snapshot-analysis');
      return runAnalysisTask(task, new DOMParser(), window, firefoxMemo);
    }
    if (id !== undefined) verdictsAwaited.set(id, onVerdict!);
    await openAnalysisHost();
    let response: Result<AnalysisResults[T['task']]> | undefined;
    try {
      response = await askHost(task, id);
    } catch (error) {
      if (!isNoReceiver(error)) throw error;
    }
    // No one answered (the host was closed): open it again and ask once more.
    if (response === undefined) {
      hostOpen = false;
      await openAnalysisHost();
      response = await askHost(task, id);
    }
    return response ?? { ok: false, error: t('errorAnalysisNoAnswer') };
  } catch (error) {
    return { ok: false, error: t('errorNotAnalysed', failure(error).error) };
  } finally {
    if (id !== undefined) verdictsAwaited.delete(id);
  }
}
