/**
 * The page's main-thread time that is ours, measured where it is spent. In
 * the end-to-end build (UNSPUN_E2E=1, which bench:perf loads) each piece is
 * also recorded as a User Timing measure named "unspun:…", which the page's
 * own world can read (performance.getEntriesByName) so the benchmark can
 * attribute time to us; shipped builds record nothing a page could see.
 */
declare const __UNSPUN_TIMINGS__: boolean;

export function timed<T>(name: string, work: () => T): T {
  if (!__UNSPUN_TIMINGS__) return work();
  const start = performance.now();
  try {
    return work();
  } finally {
    performance.measure(`unspun:${name}`, { start, end: performance.now() });
  }
}
