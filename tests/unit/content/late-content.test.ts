import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { lateContentWatcher, MAX_SETTLE_MS, SETTLE_MS } from '@/entrypoints/content/late-content';

/** Lets the MutationObserver deliver, then moves the clock. */
async function advance(ms: number): Promise<void> {
  await Promise.resolve();
  await vi.advanceTimersByTimeAsync(ms);
}

describe('late content', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    document.body.innerHTML = '<article><p>The story.</p></article>';
  });
  afterEach(() => vi.useRealTimers());

  it('gives a burst of added elements one round once it has settled', async () => {
    const round = vi.fn(async () => undefined);
    const watcher = lateContentWatcher(document, round);
    for (let index = 0; index < 5; index++) {
      document.body.append(document.createElement('div'));
      await advance(50);
    }
    expect(round).not.toHaveBeenCalled();
    await advance(SETTLE_MS);
    expect(round).toHaveBeenCalledTimes(1);
    await advance(10_000);
    expect(round).toHaveBeenCalledTimes(1);
    watcher.stop();
  });

  it('on a page that never stops adding elements, still runs, ever more rarely while nothing new is hidden', async () => {
    const round = vi.fn(async () => undefined);
    const watcher = lateContentWatcher(document, round);
    const at: number[] = [];
    round.mockImplementation(async () => void at.push(Date.now()));
    const start = Date.now();
    // A ticker: one element every 100 ms for two minutes.
    for (let tick = 0; tick < 1200; tick++) {
      document.body.append(document.createElement('span'));
      await advance(100);
    }
    expect(at.length).toBeGreaterThan(3);
    // Never more often than the backoff allows: the gaps grow, then stay at the longest settle times.
    const gaps = at.slice(1).map((time, index) => time - at[index]!);
    expect(gaps.slice(0, 4).every((gap, index) => index === 0 || gap >= gaps[index - 1]!)).toBe(true);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(MAX_SETTLE_MS * 4 + 200);
    expect(at.length).toBeLessThan((Date.now() - start) / 1000);
    watcher.stop();
  });

  it('gives what was added while the first round was on its way a round once that round has answered', async () => {
    let answer!: () => void;
    const first = new Promise<void>((resolve) => (answer = resolve));
    const round = vi.fn(async () => undefined);
    const watcher = lateContentWatcher(document, round, first);
    // The comments arrive while the page's first answer is still being worked out.
    document.body.append(document.createElement('div'));
    await advance(SETTLE_MS * 8);
    expect(round).not.toHaveBeenCalled();
    answer();
    await advance(SETTLE_MS);
    expect(round).toHaveBeenCalledTimes(1);
    watcher.stop();
  });

  it('stops for good when stopped', async () => {
    const round = vi.fn(async () => undefined);
    lateContentWatcher(document, round).stop();
    document.body.append(document.createElement('div'));
    await advance(60_000);
    expect(round).not.toHaveBeenCalled();
  });
});
