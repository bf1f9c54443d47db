/**
 * Where a popup's time goes, across the extension's contexts (popup,
 * background, analysis host): in the end-to-end build each step is recorded
 * with the machine's clock (performance.timeOrigin + performance.now(), the
 * epoch Date.now() keeps), so that bench:perf can line up the steps of one
 * popup across contexts. Shipped builds record nothing.
 */
declare const __UNSPUN_TIMINGS__: boolean;

export type Timeline = Array<[string, number]>;

export function mark(name: string): void {
  if (!__UNSPUN_TIMINGS__) return;
  const scope = globalThis as { unspunTimeline?: Timeline };
  (scope.unspunTimeline ??= []).push([name, performance.timeOrigin + performance.now()]);
}
