/**
 * The only script that runs inside other people's pages, kept small and
 * nearly idle: it takes a snapshot of the page (two native serialiser calls,
 * lib/dom/snapshot.ts), sends it to the background, and applies the hide
 * list that comes back in slices (lib/boilerplate/hide-list.ts). The
 * analysis itself runs in the extension's own context.
 *
 * Registered by the background at document_start for sites whose rule
 * cleans on their own (and for every page in the "clean what looks
 * machine-translated" mode), or injected on demand (toolbar click). At
 * document_start it hides the site rule's selectors by CSS at once; once
 * the DOM is parsed it asks what else to hide, and afterwards it sends a
 * fresh snapshot, in idle time, when content arrives late.
 */
import { restorePage, isCleaned, addRuleStyle, hiddenCount } from '@/lib/boilerplate/hidden';
import { applyHideList } from '@/lib/boilerplate/hide-list';
import { takeSnapshotInChunks } from '@/lib/dom/snapshot';
import { snapshotLimits } from '@/lib/analysis-budget';
import type { CleanState, ContentRequest, ContentResponses, SnapshotPortMessage, TabRequest, TabResponses } from '@/lib/messages';
import { failure, SNAPSHOT_PORT, snapshotMessages } from '@/lib/messages';
import { autoCleanSetupItem } from '@/lib/rules/store';
import { patternMatches } from '@/lib/rules/patterns';
import { parseExtendedSelector, selectAll } from '@/lib/rules/extended-selector';
import { lateContentWatcher, type LateContentWatcher } from './late-content';
import { pacer, sliced, TASK_BUDGET_MS, timed } from './timing';
import { snapshotMark, type SnapshotMark } from './unchanged';

const INSTALLED = Symbol.for('unspun.content');

let watcher: LateContentWatcher | null = null;
/** Bumped by restore, so that an answer asked for before it is not applied after it. */
let generation = 0;
/** Whether the page changed since the last snapshot the popup's report was made from. */
let reported: SnapshotMark;
/** Why the last hide list applied covered only part of the page (an enormous page, the cleanup's time), for the popup. */
let partial: CleanState['partial'];

/**
 * The page's markup, taken in slices of a few milliseconds with the page's
 * turn between them, and only as many elements as the analysis reads: on a
 * page of 500,000 elements the rest would be serialised, sent and parsed
 * only to be cut (lib/analysis-budget.ts), and so would the rest of a 50 MB
 * text node. A report's snapshot stops sooner than a cleanup's.
 */
function snapshot(purpose: ContentRequest['purpose']) {
  // A slice ends after twice a task's budget by the clock: each slice is then a task of at most ~10 ms however loaded
  // the machine (a slice cut by elements alone took 25-250 ms at load 17), and on an ordinary page no more pauses than
  // before (2 ms slices doubled the snapshot's wall time at load 25, each pause a wait behind the page's own tasks).
  const clock = { now: () => performance.now(), sliceMs: TASK_BUDGET_MS * 2 };
  return sliced('snapshot', (pause) => takeSnapshotInChunks(document, location.href, pause, { ...snapshotLimits(purpose), clock }));
}

/**
 * A port opened at document_start for the first cleanup's snapshot, while the
 * page is still being parsed: connecting wakes the background (a service
 * worker that may have been stopped) and its first message starts the
 * background reading the rules and settings the answer needs, so that
 * neither waits until the snapshot is taken. Null once used, or when the
 * background went away before it was.
 */
let earlyPort: Browser.runtime.Port | null = null;

function openEarlyPort(): void {
  const port = browser.runtime.connect({ name: SNAPSHOT_PORT });
  port.onDisconnect.addListener(() => {
    if (earlyPort === port) earlyPort = null;
  });
  // An empty part of the body: a part like any other, and the background's cue to read what the answer needs.
  port.postMessage({ type: 'snapshot-part', part: '' } satisfies SnapshotPortMessage);
  earlyPort = port;
}

/** Takes the snapshot and sends it on a port of its own, in parts (lib/messages.ts), a few milliseconds of them per task. */
async function sendSnapshot(purpose: ContentRequest['purpose'], token?: string): Promise<ContentResponses['analyse-snapshot']> {
  const { snapshot: taken, chunks } = await snapshot(purpose);
  const port = earlyPort ?? browser.runtime.connect({ name: SNAPSHOT_PORT });
  earlyPort = null;
  const answer = new Promise<ContentResponses['analyse-snapshot']>((resolve) => {
    port.onMessage.addListener((message: ContentResponses['analyse-snapshot']) => {
      resolve(message);
      port.disconnect();
    });
    port.onDisconnect.addListener(() =>
      resolve({ ok: false, error: browser.i18n.getMessage('errorNoAnswer') || 'The background did not answer.' }),
    );
  });
  const messages = snapshotMessages(purpose, taken, chunks, token);
  // Parts go out a few milliseconds of them per task, as the slices were taken.
  const pause = pacer();
  for (const [index, message] of messages.entries()) {
    timed('send', () => port.postMessage(message));
    if (index < messages.length - 1) await pause();
  }
  return answer;
}

function cleanState(): CleanState {
  return { cleaned: isCleaned(document), hidden: hiddenCount(document), ...(partial && { partial }) };
}

/** One round: snapshot, answer, hide. Returns false when the page is not to be cleaned. */
async function cleanOnce(purpose: ContentRequest['purpose']): Promise<boolean> {
  const round = generation;
  // Marked, so that a popup on the page unchanged since is reported on from this snapshot (the background keeps it).
  const response = await sendSnapshot(purpose, reported.mark());
  if (!response.ok) {
    // The answer was an error: what bench:perf waits for then, as it waits for the hide list applied.
    timed('no-answer', () => undefined);
    throw new Error(response.error);
  }
  const { hide } = response.value;
  if (!hide || round !== generation) {
    // The answer came with nothing to hide (a page the global mode left as it is): what bench:perf waits for then.
    timed('nothing-hidden', () => undefined);
    return false;
  }
  // In tasks of a few milliseconds (a long list on a large page was one task of 12-59 ms); "apply" marks the last.
  const stopped = () => round !== generation;
  await sliced('apply', (pause) => applyHideList(document, hide, { pause, stopped }), 'apply-part');
  if (stopped()) return false;
  partial = hide.partial;
  return true;
}

async function clean(purpose: ContentRequest['purpose']): Promise<CleanState> {
  if (watcher) {
    await cleanOnce(purpose);
    return cleanState();
  }
  // Watching from the snapshot on: what the page adds while the answer is on its way gets a round after it.
  const first = cleanOnce(purpose);
  const watching = (watcher = lateContentWatcher(document, () => cleanOnce(purpose).then(() => undefined), first));
  let cleaned = false;
  try {
    cleaned = await first;
  } finally {
    // Not cleaned (no rule, an error) or shown again meanwhile: nothing to watch for.
    if (!cleaned && watcher === watching) {
      watching.stop();
      watcher = null;
    }
  }
  return cleanState();
}

function restore(): CleanState {
  generation++;
  watcher?.stop();
  watcher = null;
  restorePage(document);
  partial = undefined;
  return cleanState();
}

async function handle(request: TabRequest): Promise<TabResponses[TabRequest['type']] | undefined> {
  try {
    switch (request.type) {
      case 'unspun:snapshot': {
        if (request.known && reported.unchanged(request.known)) return { ok: true, value: { token: request.known, unchanged: true } };
        const token = reported.mark();
        const sent = await sendSnapshot('report');
        return sent.ok ? { ok: true, value: { token, unchanged: false } } : sent;
      }
      case 'unspun:clean':
        return { ok: true, value: await clean('clean') };
      case 'unspun:restore':
        return { ok: true, value: restore() };
      case 'unspun:clean-state':
        return { ok: true, value: cleanState() };
      case 'unspun:count-selectors':
        return { ok: true, value: countSelectors(request.removeSelectors, request.keepSelectors) };
      default:
        return undefined;
    }
  } catch (error) {
    return failure(error);
  }
}

function countSelectors(removeSelectors: string[], keepSelectors: string[]) {
  const count = (selector: string, list: 'remove' | 'keep') => {
    const parsed = parseExtendedSelector(selector, document);
    if (!parsed.ok) return { selector, list, count: null, error: parsed.error, errorWording: parsed.errorWording };
    return { selector, list, count: selectAll(document, parsed.selector).length };
  };
  return [...removeSelectors.map((selector) => count(selector, 'remove')), ...keepSelectors.map((selector) => count(selector, 'keep'))];
}

function domParsed(): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}

/**
 * Registered at document_start: the rule's selectors are hidden before the
 * page is parsed; the rest once it is. (Injected later, on a click, the
 * page is cleaned when the reader asks, not here.)
 */
async function cleanOnItsOwn(): Promise<void> {
  // Listening before the page can: the snapshot is taken before the page's own DOMContentLoaded handlers run.
  const parsed = domParsed();
  const setup = await autoCleanSetupItem.getValue();
  const sites = setup.sites.filter((site) => patternMatches(site.pattern, location.href));
  if (sites.length) timed('rule-style', () => addRuleStyle(document, sites.map((site) => site.css).join('\n')));
  if (!sites.length && !setup.everyPage) return;
  if (document.readyState === 'loading') openEarlyPort();
  await parsed;
  await clean('auto');
}

export default defineContentScript({
  registration: 'runtime',
  main() {
    const scope = globalThis as Record<symbol, unknown>;
    if (scope[INSTALLED]) return;
    scope[INSTALLED] = true;
    reported = snapshotMark(document, () => location.href);
    const registered = document.readyState === 'loading';
    browser.runtime.onMessage.addListener((request: TabRequest, _sender, sendResponse) => {
      if (!['unspun:snapshot', 'unspun:clean', 'unspun:restore', 'unspun:clean-state', 'unspun:count-selectors'].includes(request.type))
        return false;
      void handle(request).then(sendResponse);
      return true;
    });
    if (registered) void cleanOnItsOwn().catch((error: unknown) => console.warn('Unspun: automatic cleanup failed', error));
  },
});
