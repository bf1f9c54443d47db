/**
 * Where a popup's time goes, across the extension's contexts (popup,
 * background, analysis host): in the end-to-end build each step is recorded
 * with the machine's clock (performance.timeOrigin + performance.now(), the
 * epoch Date.now() keeps), so that bench:perf can line up the steps of one
 * popup across contexts. Shipped builds record nothing.
 */
declare const __UNSPUN_TIMINGS__: boolean;

/** Each step: its name, when (epoch ms), and for a stage that took time, how long (ms). */
export type Timeline = Array<[string, number] | [string, number, number]>;

/** A step, at the time it is marked; or a stage `ms` long that has just ended. */
export function mark(name: string, ms?: number): void {
  if (!__UNSPUN_TIMINGS__) return;
  const scope = globalThis as { unspunTimeline?: Timeline };
  const now = performance.timeOrigin + performance.now();
  (scope.unspunTimeline ??= []).push(ms === undefined ? [name, now] : [name, now - ms, ms]);
}
