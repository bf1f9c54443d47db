import { describe, expect, it } from 'vitest';
import {
  benchmarkFlags,
  compareWithRandom,
  lift,
  meanAndSd,
  mulberry32,
  normalizeErrors,
  overlaps,
  placeRandomly,
  scoreFlags,
  type AnnotatedError,
  type BenchSegment,
  type ScoredFlag,
} from '@/bench/flag-metrics';

const major = (start: number, end: number): AnnotatedError => ({ start, end, category: 'Accuracy/Mistranslation', severity: 'Major' });
const minor = (start: number, end: number): AnnotatedError => ({ start, end, category: 'Style/Awkward', severity: 'Minor' });
const flag = (start: number, end: number, ruleId = 'calques', category = 'calque'): ScoredFlag => ({ start, end, ruleId, category });

function segment(parts: Partial<BenchSegment> & { length: number }): BenchSegment {
  return { id: 's', sourceLanguage: 'pl', words: 10, errors: [], flags: [], ...parts };
}

describe('overlaps', () => {
  it('treats spans as half-open: touching spans do not overlap, one shared character does', () => {
    expect(overlaps({ start: 0, end: 5 }, { start: 5, end: 8 })).toBe(false);
    expect(overlaps({ start: 5, end: 8 }, { start: 0, end: 5 })).toBe(false);
    expect(overlaps({ start: 0, end: 6 }, { start: 5, end: 8 })).toBe(true);
    expect(overlaps({ start: 2, end: 3 }, { start: 0, end: 10 })).toBe(true);
    expect(overlaps({ start: 0, end: 10 }, { start: 2, end: 3 })).toBe(true);
  });

  it('counts a zero-width point as overlapped by the span containing it', () => {
    expect(overlaps({ start: 4, end: 4 }, { start: 2, end: 6 })).toBe(true);
    expect(overlaps({ start: 2, end: 6 }, { start: 2, end: 2 })).toBe(true);
    expect(overlaps({ start: 6, end: 6 }, { start: 2, end: 6 })).toBe(false);
    expect(overlaps({ start: 3, end: 3 }, { start: 3, end: 3 })).toBe(true);
  });
});

describe('scoreFlags', () => {
  // "The actual minister said that government will present project of the law."
  //  Major 4-10 "actual", Minor 30-40 "government", Major 54-73 "project of the law".
  const sentence = segment({
    length: 75,
    words: 12,
    errors: [major(4, 10), minor(30, 40), major(54, 73)],
    flags: [flag(4, 10), flag(25, 40), flag(11, 19), flag(50, 54)],
  });

  it('scores precision against any error, Major precision and Major recall', () => {
    const metrics = scoreFlags([sentence]);
    expect(metrics).toMatchObject({ flags: 4, hits: 2, majorHits: 1, errors: 3, majorErrors: 2, majorFound: 1, words: 12 });
    expect(metrics.precision).toBe(0.5);
    expect(metrics.majorPrecision).toBe(0.25);
    expect(metrics.majorRecall).toBe(0.5);
    expect(metrics.flagsPer1000Words).toBeCloseTo((4 / 12) * 1000, 10);
  });

  it('counts a flag over two errors once, and a Major error under two flags once', () => {
    const metrics = scoreFlags([
      segment({ length: 40, errors: [minor(0, 5), major(6, 10)], flags: [flag(3, 8)] }),
      segment({ length: 40, errors: [major(10, 30)], flags: [flag(10, 12), flag(20, 22)] }),
    ]);
    expect(metrics).toMatchObject({ flags: 3, hits: 3, majorHits: 3, majorErrors: 2, majorFound: 2 });
    expect(metrics.majorRecall).toBe(1);
  });

  it('counts words, errors and Major errors of segments without flags', () => {
    const metrics = scoreFlags([sentence, segment({ length: 20, words: 8, errors: [major(0, 3)] })]);
    expect(metrics.words).toBe(20);
    expect(metrics.majorErrors).toBe(3);
    expect(metrics.majorRecall).toBeCloseTo(1 / 3, 10);
  });

  it('scores only the flags passing the filter, also for recall', () => {
    const metrics = scoreFlags(
      [segment({ length: 30, errors: [major(0, 5), major(10, 15)], flags: [flag(0, 2, 'a'), flag(10, 12, 'b'), flag(20, 22, 'b')] })],
      (scored) => scored.ruleId === 'b',
    );
    expect(metrics).toMatchObject({ flags: 2, hits: 1, majorFound: 1 });
    expect(metrics.precision).toBe(0.5);
    expect(metrics.majorRecall).toBe(0.5);
  });

  it('scores no flags as 0, not NaN', () => {
    const metrics = scoreFlags([segment({ length: 10, words: 0 })]);
    expect(metrics.precision).toBe(0);
    expect(metrics.majorRecall).toBe(0);
    expect(metrics.flagsPer1000Words).toBe(0);
  });
});

describe('normalizeErrors', () => {
  it('keeps Major and Minor spans, counts Critical as Major and drops non-errors and source-side marks', () => {
    const { errors, ignored } = normalizeErrors(
      [
        { start: 0, end: 3, category: 'Fluency/Grammar', severity: 'Major' },
        { start: 4, end: 6, category: 'Style/Awkward', severity: 'Minor' },
        { start: 7, end: 9, category: 'Accuracy/Mistranslation', severity: 'Critical' },
        { start: 1, end: 2, category: 'Style/Awkward', severity: 'Neutral' },
        { start: 0, end: 0, category: 'No-error', severity: 'No-error' },
        { start: -1, end: -1, category: 'Accuracy/Omission', severity: 'Major' },
        { start: 8, end: 50, category: 'Fluency/Spelling', severity: 'Minor' },
      ],
      20,
    );
    expect(errors.map((error) => [error.start, error.end, error.severity])).toEqual([
      [0, 3, 'Major'],
      [4, 6, 'Minor'],
      [7, 9, 'Major'],
      [8, 20, 'Minor'],
    ]);
    expect(Object.values(ignored).reduce((sum, count) => sum + count, 0)).toBe(4);
    expect(Object.keys(ignored).some((reason) => reason.includes('clipped'))).toBe(true);
  });
});

describe('random placement', () => {
  const segments = [
    segment({ id: 'a', length: 50, flags: [flag(0, 10), flag(20, 25, 'dash', 'punctuation')] }),
    segment({ id: 'b', length: 8, flags: [flag(0, 8)] }),
    segment({ id: 'c', length: 30, flags: [flag(3, 4), flag(10, 17), flag(29, 30)] }),
    segment({ id: 'd', length: 12, flags: [flag(0, 40)] }),
  ];

  it('mulberry32 is deterministic for a seed and stays in [0, 1)', () => {
    const first = mulberry32(42);
    const second = mulberry32(42);
    const values = Array.from({ length: 1000 }, () => first());
    expect(Array.from({ length: 1000 }, () => second())).toEqual(values);
    expect(values.every((value) => value >= 0 && value < 1)).toBe(true);
    expect(Array.from({ length: 5 }, mulberry32(43))).not.toEqual(values.slice(0, 5));
  });

  it('gives the same placement for the same seed and another for another seed', () => {
    expect(placeRandomly(segments, 7)).toEqual(placeRandomly(segments, 7));
    expect(placeRandomly(segments, 7)).not.toEqual(placeRandomly(segments, 8));
  });

  it('keeps each flag in its segment, with its length, rule and category', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const placed = placeRandomly(segments, seed);
      placed.forEach((moved, index) => {
        const original = segments[index]!;
        expect(moved.flags).toHaveLength(original.flags.length);
        moved.flags.forEach((randomFlag, flagIndex) => {
          const ours = original.flags[flagIndex]!;
          expect(randomFlag.start).toBeGreaterThanOrEqual(0);
          expect(randomFlag.end).toBeLessThanOrEqual(original.length);
          expect(Number.isInteger(randomFlag.start)).toBe(true);
          // Longer than its segment (d): cut to the segment.
          expect(randomFlag.end - randomFlag.start).toBe(Math.min(ours.end - ours.start, original.length));
          expect([randomFlag.ruleId, randomFlag.category]).toEqual([ours.ruleId, ours.category]);
        });
      });
    }
  });

  it('does not move the input flags', () => {
    const before = JSON.stringify(segments);
    placeRandomly(segments, 3);
    expect(JSON.stringify(segments)).toBe(before);
  });

  it('uses every start position, both ends included, about equally often', () => {
    // Length 10, flag of 7: starts 0..3.
    const counts = [0, 0, 0, 0];
    for (let seed = 1; seed <= 4000; seed++) {
      const start = placeRandomly([segment({ length: 10, flags: [flag(0, 7)] })], seed)[0]!.flags[0]!.start;
      counts[start]!++;
    }
    for (const count of counts) expect(count).toBeGreaterThan(850);
  });
});

describe('compareWithRandom and lift', () => {
  it('divides ours by the random mean', () => {
    expect(lift(0.6, 0.3)).toBeCloseTo(2, 10);
    expect(lift(0.1, 0.4)).toBeCloseTo(0.25, 10);
    expect(lift(0.2, 0)).toBe(Infinity);
    expect(lift(0, 0)).toBeNull();
  });

  it('computes the mean and sample standard deviation', () => {
    expect(meanAndSd([1, 2, 3, 4])).toEqual({ mean: 2.5, sd: Math.sqrt(5 / 3) });
    expect(meanAndSd([3])).toEqual({ mean: 3, sd: 0 });
  });

  // 100 segments of 100 characters, the first half of each a Major error: a
  // random 1-character flag hits with probability 0.5; ours always hit.
  const halves = Array.from({ length: 100 }, (_, index) =>
    segment({ id: String(index), length: 100, errors: [major(0, 50)], flags: [flag(index % 50, (index % 50) + 1)] }),
  );

  it('finds the chance precision of random flags and the lift of ours over it', () => {
    const comparison = compareWithRandom(halves, { seeds: 20 });
    expect(comparison.ours.precision).toBe(1);
    expect(comparison.random.precision.mean).toBeGreaterThan(0.4);
    expect(comparison.random.precision.mean).toBeLessThan(0.6);
    expect(comparison.random.precision.sd).toBeGreaterThan(0);
    expect(comparison.lift.precision).toBeCloseTo(1 / comparison.random.precision.mean, 10);
    expect(comparison.lift.majorPrecision).toBeGreaterThan(1.6);
    expect(comparison.lift.majorRecall).toBeGreaterThan(1.6);
  });

  it('is deterministic for the same seeds and changes with the first seed', () => {
    expect(compareWithRandom(halves, { seeds: 5 })).toEqual(compareWithRandom(halves, { seeds: 5 }));
    expect(compareWithRandom(halves, { seeds: 5, firstSeed: 100 }).random.precision).not.toEqual(
      compareWithRandom(halves, { seeds: 5 }).random.precision,
    );
  });

  it('gives flags as long as their segment the same precision as ours: lift 1', () => {
    const whole = [segment({ length: 20, errors: [minor(5, 6)], flags: [flag(0, 20)] })];
    const comparison = compareWithRandom(whole);
    expect(comparison.random.precision).toEqual({ mean: 1, sd: 0 });
    expect(comparison.lift.precision).toBe(1);
  });
});

describe('benchmarkFlags', () => {
  // Rule "good": 10 flags on errors; "bad": 10 flags outside them; "rare": 5 flags outside them.
  function corpus(language = 'de'): BenchSegment[] {
    return Array.from({ length: 10 }, (_, index) =>
      segment({
        id: `${language}${index}`,
        sourceLanguage: language,
        length: 100,
        words: 20,
        errors: [major(0, 20), minor(20, 30)],
        flags: [flag(2, 6, 'good', 'false-friend'), flag(60, 64, 'bad', 'calque'), ...(index < 5 ? [flag(80, 84, 'rare', 'calque')] : [])],
      }),
    );
  }

  it('breaks the figures down by rule and marks rules with >= 10 flags that lose to random', () => {
    const result = benchmarkFlags(corpus());
    expect(Object.keys(result.byRule)).toEqual(['bad', 'good', 'rare']);
    expect(result.byRule.good!.ours).toMatchObject({ flags: 10, hits: 10, majorHits: 10 });
    expect(result.byRule.good!.random.precision.mean).toBeLessThan(0.5);
    expect(result.byRule.good!.lift.precision).toBeGreaterThan(2);
    expect(result.byRule.good!.losesToRandom).toBe(false);
    expect(result.byRule.bad!.ours.precision).toBe(0);
    expect(result.byRule.bad!.losesToRandom).toBe(true);
    // Also 0 precision, but only 5 flags: not judged.
    expect(result.byRule.rare!.losesToRandom).toBe(false);
    expect(result.rulesLosingToRandom).toEqual(['bad']);
    expect(result.byCategory.calque!.ours.flags).toBe(15);
    expect(result.byCategory['false-friend']!.ours.flags).toBe(10);
  });

  it('checks the targets: rules against random, Major lift and flags per 1000 words', () => {
    const result = benchmarkFlags(corpus());
    expect(result.targets.map((target) => target.met)).toEqual([false, true, true]);
    expect(result.targets[0]!.detail).toContain('bad');
    expect(result.allTargetsMet).toBe(false);

    const onlyGood = corpus().map((each) => ({ ...each, flags: each.flags.filter((scored) => scored.ruleId === 'good') }));
    expect(benchmarkFlags(onlyGood).allTargetsMet).toBe(true);

    // 10 flags in 10 × 300 words: 3.3 per 1000 words, under 5.
    const sparse = onlyGood.map((each) => ({ ...each, words: 300 }));
    expect(benchmarkFlags(sparse).targets.map((target) => target.met)).toEqual([true, true, false]);
  });

  it('groups by source language only when there are several', () => {
    expect(benchmarkFlags(corpus()).byLanguage).toBeNull();
    const result = benchmarkFlags([...corpus('de'), ...corpus('fr').map((each) => ({ ...each, flags: each.flags.slice(0, 1) }))]);
    expect(Object.keys(result.byLanguage!)).toEqual(['de', 'fr']);
    expect(result.byLanguage!.fr!.segments).toBe(10);
    expect(result.byLanguage!.fr!.ours.precision).toBe(1);
    expect(result.byLanguage!.de!.ours.flags).toBe(25);
  });
});
