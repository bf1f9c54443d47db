/**
 * A Chromium trace of one page load, read for the page's main thread: how
 * long it was busy, and which of its tasks ran our content script. The
 * content script's own User Timing measures (entrypoints/content/timing.ts)
 * time what it does between its own lines; a trace also sees what they
 * cannot: compiling and running content.js at document_start, the extension
 * messaging and storage callbacks, and the style, layout and garbage
 * collection inside the tasks our code ran in. A task counts as ours when an
 * event inside it names a chrome-extension:// script or is one of our
 * measures (the category blink.user_timing puts them in the trace).
 * Rendering our hiding caused in a later frame is not attributed: it is in
 * the page's time with the extension minus without.
 */
import type { CDPSession } from '@playwright/test';

const CATEGORIES = ['toplevel', 'devtools.timeline', 'v8.execute', 'blink.user_timing'].join(',');

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) time, where the platform gives it. */
  tdur?: number;
  args?: Record<string, unknown>;
}

export async function startTrace(cdp: CDPSession): Promise<void> {
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReturnAsStream' });
}

export async function endTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const complete = new Promise<string>((resolve) => cdp.once('Tracing.tracingComplete', (event) => resolve(event.stream ?? '')));
  await cdp.send('Tracing.end');
  const stream = await complete;
  const parts: string[] = [];
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle: stream, size: 1 << 20 });
    parts.push(chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString() : chunk.data);
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  const parsed = JSON.parse(parts.join('')) as TraceEvent[] | { traceEvents: TraceEvent[] };
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

/**
 * Wall time of tasks, and their thread time (CPU): on a loaded machine a
 * task's wall time includes the time the thread waited for a core, its CPU
 * time does not, so the two tell our work from preemption.
 */
export interface MainThreadTime {
  /** The page's main thread, busy in tasks, from the trace's start to its end. */
  busyMs: number;
  busyCpuMs: number;
  /** Of it, in tasks that ran our content script. */
  oursMs: number;
  oursCpuMs: number;
  oursTasks: number;
  /**
   * Of the CPU time of our tasks, what our script itself ran (its calls and
   * what they forced: style, layout, collection), without the page's own
   * work that shared the task (the parser and first layout in the task of
   * DOMContentLoaded, whose handler starts our snapshot).
   */
  oursScriptCpuMs: number;
  longestOursScriptCpuMs: number;
  longestOursMs: number;
  longestOursCpuMs: number;
  longestMs: number;
  longestCpuMs: number;
}

const TOP_LEVEL = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);
const SCRIPT = new Set(['v8.callFunction', 'v8.compile', 'v8.run']);

/** The main thread of the renderer that parsed `url` (ParseHTML names the document it parses). */
export function mainThreadTime(events: TraceEvent[], url: string): MainThreadTime | null {
  const parse = events.find((event) => event.name === 'ParseHTML' && JSON.stringify(event.args ?? {}).includes(url));
  if (!parse) return null;
  // Complete events, with begin/end pairs joined, of that thread only, in time order.
  const spans: TraceEvent[] = [];
  const open: TraceEvent[] = [];
  const own = events.filter((event) => event.pid === parse.pid && event.tid === parse.tid).sort((a, b) => a.ts - b.ts);
  for (const event of own) {
    if (event.ph === 'X') spans.push(event);
    else if (event.ph === 'B') open.push(event);
    else if (event.ph === 'E' && open.length) {
      const begin = open.pop()!;
      spans.push({ ...begin, ph: 'X', dur: event.ts - begin.ts });
    } else if (event.ph === 'b' || event.ph === 'e' || event.ph === 'R' || event.ph === 'I' || event.ph === 'n')
      spans.push({ ...event, dur: 0 });
  }
  spans.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  // Calls into an isolated world (content scripts' worlds carry the extension's name; the page's own has none),
  // and the evaluation of content.js.
  const ourScript = (event: TraceEvent) =>
    (SCRIPT.has(event.name) && !!event.args?.worldName) ||
    ((event.name === 'EvaluateScript' || event.name === 'FunctionCall') &&
      JSON.stringify(event.args ?? {}).includes('chrome-extension://'));
  const ours = (event: TraceEvent) => event.name.startsWith('unspun:') || JSON.stringify(event.args ?? {}).includes('chrome-extension://');
  const result: MainThreadTime = {
    busyMs: 0,
    busyCpuMs: 0,
    oursMs: 0,
    oursCpuMs: 0,
    oursTasks: 0,
    oursScriptCpuMs: 0,
    longestOursScriptCpuMs: 0,
    longestOursMs: 0,
    longestOursCpuMs: 0,
    longestMs: 0,
    longestCpuMs: 0,
  };
  let task: { end: number; ms: number; cpuMs: number; ours: boolean; scriptCpuMs: number; scriptEnd: number } | null = null;
  const close = () => {
    if (!task) return;
    result.busyMs += task.ms;
    result.busyCpuMs += task.cpuMs;
    result.longestMs = Math.max(result.longestMs, task.ms);
    result.longestCpuMs = Math.max(result.longestCpuMs, task.cpuMs);
    if (task.ours) {
      result.oursMs += task.ms;
      result.oursCpuMs += task.cpuMs;
      result.oursTasks++;
      result.longestOursMs = Math.max(result.longestOursMs, task.ms);
      result.longestOursCpuMs = Math.max(result.longestOursCpuMs, task.cpuMs);
      // A task with a measure of ours and no call into our world: a continuation after scheduler.yield, all ours.
      const script = task.scriptCpuMs || task.cpuMs;
      result.oursScriptCpuMs += script;
      result.longestOursScriptCpuMs = Math.max(result.longestOursScriptCpuMs, script);
    }
    task = null;
  };
  for (const span of spans) {
    if (task && span.ts >= task.end) close();
    if (!task) {
      if (TOP_LEVEL.has(span.name) && span.dur)
        task = {
          end: span.ts + span.dur,
          ms: span.dur / 1000,
          cpuMs: (span.tdur ?? span.dur) / 1000,
          ours: false,
          scriptCpuMs: 0,
          scriptEnd: 0,
        };
      continue;
    }
    if (!task.ours && ours(span)) task.ours = true;
    if (span.dur && span.ts >= task.scriptEnd && ourScript(span)) {
      task.scriptCpuMs += (span.tdur ?? span.dur) / 1000;
      task.scriptEnd = span.ts + span.dur;
    }
  }
  close();
  return result;
}
