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

/** Work in slices (`run` calls `pause` between them), each slice timed as a task of its own. */
export async function sliced<T>(name: string, run: (pause: () => Promise<void>) => Promise<T>): Promise<T> {
  let start = performance.now();
  const result = await run(async () => {
    record(name, start);
    await yieldToPage();
    start = performance.now();
  });
  record(name, start);
  return result;
}
