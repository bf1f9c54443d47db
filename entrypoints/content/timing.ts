/**
 * The page's main-thread time that is ours, measured where it is spent. In
 * the end-to-end build (UNSPUN_E2E=1, which bench:perf loads) each piece is
 * also recorded as a User Timing measure named "unspun:…", which the page's
 * own world can read (performance.getEntriesByName) so the benchmark can
 * attribute time to us; shipped builds record nothing a page could see.
 */
declare const __UNSPUN_TIMINGS__: boolean;

function record(name: string, start: number): void {
  if (__UNSPUN_TIMINGS__) performance.measure(`unspun:${name}`, { start, end: performance.now() });
}

export function timed<T>(name: string, work: () => T): T {
  const start = performance.now();
  try {
    return work();
  } finally {
    record(name, start);
  }
}

type Scheduler = { yield?: () => Promise<void> };

/** Lets the page run before the next slice of our work: scheduler.yield where there is one (it keeps our place in the queue). */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * How long our work may run in one task before the page gets its turn. The
 * snapshot's slices are cut by elements and characters (lib/dom/snapshot.ts),
 * about a millisecond each on an idle machine: a task of its own for each,
 * and a wait in the page's queue before each, made many small pages' snapshot
 * a dozen tasks and its answer later. Slices and message parts now share a
 * task until this much time has passed since it began; a task of ours is then
 * at most this plus one slice (the slice's caps still bound that on a slow
 * or busy machine, where each slice alone passes the budget and yields).
 */
export const TASK_BUDGET_MS = 4;

/** A pause between pieces of our work: it yields once the current task of ours has run for TASK_BUDGET_MS. */
export function pacer(): () => Promise<void> {
  let start = performance.now();
  return async () => {
    if (performance.now() - start < TASK_BUDGET_MS) return;
    await yieldToPage();
    start = performance.now();
  };
}

/**
 * Work in slices (`run` calls `pause` between them), paced as pacer() does,
 * each task of ours timed as one: as `name`, or, but for the last, as
 * `partName` when given (so that a measure named `name` means the work is done).
 */
export async function sliced<T>(name: string, run: (pause: () => Promise<void>) => Promise<T>, partName = name): Promise<T> {
  let start = performance.now();
  const result = await run(async () => {
    if (performance.now() - start < TASK_BUDGET_MS) return;
    record(partName, start);
    await yieldToPage();
    start = performance.now();
  });
  record(name, start);
  return result;
}
