/**
 * Metrics of the odd-phrasing flags against annotated MT error spans
 * (../shared/corpus/mt-error-spans, bench/flags-eu). Pure functions: the CLI
 * (bench/flags.ts) reads the files and runs the flagger.
 *
 * A flag is right when it overlaps an annotated error span (any severity for
 * precision, a Major one for Major precision). Major recall is the share of
 * Major error spans that at least one flag overlaps. Spans are half-open
 * [start, end) in UTF-16 code units; a zero-width span is a point that a span
 * overlaps when it contains it.
 *
 * Errors cover a fair share of MT text, so raw precision says little: every
 * figure is compared with random flags of the same number and lengths placed
 * uniformly in the same segments (mean and standard deviation over seeds), and
 * lift = ours / random mean.
 */

export interface Span {
  start: number;
  end: number;
}

export interface AnnotatedError extends Span {
  category: string;
  /** 'Major' or 'Minor' after normalisation (see normalizeErrors). */
  severity: string;
}

export interface ScoredFlag extends Span {
  ruleId: string;
  category: string;
}

export interface BenchSegment {
  id: string;
  sourceLanguage: string | null;
  /** Length of the target text; random flags are placed inside [0, length). */
  length: number;
  words: number;
  errors: AnnotatedError[];
  flags: ScoredFlag[];
}

export interface FlagMetrics {
  flags: number;
  /** Flags overlapping any error span. */
  hits: number;
  /** Flags overlapping a Major error span. */
  majorHits: number;
  precision: number;
  majorPrecision: number;
  errors: number;
  majorErrors: number;
  /** Major error spans overlapped by at least one flag. */
  majorFound: number;
  majorRecall: number;
  words: number;
  flagsPer1000Words: number;
}

export interface Stat {
  mean: number;
  sd: number;
}

/** The metrics that random placement changes (flag counts and lengths stay ours). */
export const RANDOMISED = ['precision', 'majorPrecision', 'majorRecall'] as const;
export type RandomisedMetric = (typeof RANDOMISED)[number];

export interface Comparison {
  ours: FlagMetrics;
  random: Record<RandomisedMetric, Stat>;
  /** ours / random mean; Infinity when random scores 0 and ours does not, null when both are 0. */
  lift: Record<RandomisedMetric, number | null>;
}

export interface GroupComparison extends Comparison {
  /** At least MIN_FLAGS_FOR_TARGET flags and a precision lift under TARGET_LIFT. */
  losesToRandom: boolean;
}

export const DEFAULT_SEEDS = 20;
export const TARGET_LIFT = 1.5;
export const MIN_FLAGS_FOR_TARGET = 10;
export const TARGET_FLAGS_PER_1000_WORDS = 5;

export function overlaps(a: Span, b: Span): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  if (a.start === a.end) return b.start <= a.start && a.start < b.end;
  if (b.start === b.end) return a.start <= b.start && b.start < a.end;
  return a.start < b.end && b.start < a.end;
}

export const isMajor = (error: AnnotatedError) => error.severity === 'Major';

export interface RawError {
  start: number;
  end: number;
  category?: string;
  severity?: string;
}

export interface NormalizedErrors {
  errors: AnnotatedError[];
  /** Annotations that are not target-side errors, by reason. */
  ignored: Record<string, number>;
}

/**
 * Target-side error spans of one segment. 'Critical' counts as Major (older MQM
 * sets); 'Neutral' and 'No-error' marks are not errors; spans with a negative
 * start (source-side marks) or past the text are dropped or clipped.
 */
export function normalizeErrors(raw: readonly RawError[], length: number): NormalizedErrors {
  const errors: AnnotatedError[] = [];
  const ignored: Record<string, number> = {};
  const ignore = (reason: string) => (ignored[reason] = (ignored[reason] ?? 0) + 1);
  for (const error of raw) {
    const severity = (error.severity ?? '').toLowerCase();
    const category = error.category ?? '';
    if (severity === 'neutral' || severity === 'no-error' || category.toLowerCase() === 'no-error') {
      ignore(`severity ${error.severity ?? 'none'} / category ${category || 'none'}`);
      continue;
    }
    if (!Number.isInteger(error.start) || !Number.isInteger(error.end) || error.start < 0 || error.end < error.start) {
      ignore('no target span (negative or reversed offsets)');
      continue;
    }
    if (error.start > length) {
      ignore('starts past the end of the target');
      continue;
    }
    if (error.end > length) ignore('clipped at the end of the target (kept)');
    if (error.start === error.end) ignore('zero-width point (kept)');
    const major = severity === 'major' || severity === 'critical';
    if (!major && severity !== 'minor') ignore(`unknown severity ${error.severity ?? 'none'} counted as Minor (kept)`);
    errors.push({ start: error.start, end: Math.min(error.end, length), category, severity: major ? 'Major' : 'Minor' });
  }
  return { errors, ignored };
}

/** Metrics of the flags that pass `filter` (all by default), over all segments. */
export function scoreFlags(segments: readonly BenchSegment[], filter: (flag: ScoredFlag) => boolean = () => true): FlagMetrics {
  let flags = 0;
  let hits = 0;
  let majorHits = 0;
  let errors = 0;
  let majorErrors = 0;
  let majorFound = 0;
  let words = 0;
  for (const segment of segments) {
    words += segment.words;
    const chosen = segment.flags.filter(filter);
    flags += chosen.length;
    for (const flag of chosen) {
      const overlapped = segment.errors.filter((error) => overlaps(flag, error));
      if (overlapped.length) hits++;
      if (overlapped.some(isMajor)) majorHits++;
    }
    for (const error of segment.errors) {
      errors++;
      if (!isMajor(error)) continue;
      majorErrors++;
      if (chosen.some((flag) => overlaps(flag, error))) majorFound++;
    }
  }
  return {
    flags,
    hits,
    majorHits,
    precision: ratio(hits, flags),
    majorPrecision: ratio(majorHits, flags),
    errors,
    majorErrors,
    majorFound,
    majorRecall: ratio(majorFound, majorErrors),
    words,
    flagsPer1000Words: words ? (flags / words) * 1000 : 0,
  };
}

/** mulberry32: a small, fast, seedable PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The same segments with every flag moved to a uniformly random start in its
 * segment, keeping its length (cut to the segment when longer), rule and
 * category. Deterministic for a seed and the same input.
 */
export function placeRandomly(segments: readonly BenchSegment[], seed: number): BenchSegment[] {
  const random = mulberry32(seed);
  return segments.map((segment) => ({
    ...segment,
    flags: segment.flags.map((flag) => {
      const length = Math.min(Math.max(0, flag.end - flag.start), segment.length);
      const start = Math.floor(random() * (segment.length - length + 1));
      return { ...flag, start, end: start + length };
    }),
  }));
}

export function meanAndSd(values: readonly number[]): Stat {
  if (values.length === 0) return { mean: 0, sd: 0 };
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  // Sample standard deviation: the seeds are a sample of all placements.
  const variance = values.length > 1 ? values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (values.length - 1) : 0;
  return { mean, sd: Math.sqrt(variance) };
}

export function lift(ours: number, random: number): number | null {
  if (random > 0) return ours / random;
  return ours > 0 ? Infinity : null;
}

export interface BenchmarkOptions {
  seeds?: number;
  /** First seed; the others follow it (firstSeed, firstSeed + 1, ...). */
  firstSeed?: number;
}

function compare(ours: FlagMetrics, randomRuns: FlagMetrics[]): Comparison {
  const random = {} as Record<RandomisedMetric, Stat>;
  const lifts = {} as Record<RandomisedMetric, number | null>;
  for (const metric of RANDOMISED) {
    random[metric] = meanAndSd(randomRuns.map((run) => run[metric]));
    lifts[metric] = lift(ours[metric], random[metric].mean);
  }
  return { ours, random, lift: lifts };
}

function randomRuns(segments: readonly BenchSegment[], options: BenchmarkOptions): BenchSegment[][] {
  const seeds = options.seeds ?? DEFAULT_SEEDS;
  const first = options.firstSeed ?? 1;
  return Array.from({ length: seeds }, (_, index) => placeRandomly(segments, first + index));
}

/** Ours against random placements of the same flags (those passing `filter`). */
export function compareWithRandom(
  segments: readonly BenchSegment[],
  options: BenchmarkOptions = {},
  filter?: (flag: ScoredFlag) => boolean,
): Comparison {
  return compare(
    scoreFlags(segments, filter),
    randomRuns(segments, options).map((run) => scoreFlags(run, filter)),
  );
}

export function losesToRandom(comparison: Comparison): boolean {
  const precisionLift = comparison.lift.precision;
  return comparison.ours.flags >= MIN_FLAGS_FOR_TARGET && (precisionLift === null || precisionLift < TARGET_LIFT);
}

/**
 * One comparison per value of `key` over the flags (rule id, category...): each
 * group's own flags against the same flags placed randomly. Groups sorted by
 * flag count, most first.
 */
function breakdown(
  segments: readonly BenchSegment[],
  runs: readonly BenchSegment[][],
  key: (flag: ScoredFlag) => string,
): Record<string, GroupComparison> {
  const counts = new Map<string, number>();
  for (const segment of segments) for (const flag of segment.flags) counts.set(key(flag), (counts.get(key(flag)) ?? 0) + 1);
  const groups = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name]) => name);
  const result: Record<string, GroupComparison> = {};
  for (const name of groups) {
    const filter = (flag: ScoredFlag) => key(flag) === name;
    const comparison = compare(
      scoreFlags(segments, filter),
      runs.map((run) => scoreFlags(run, filter)),
    );
    result[name] = { ...comparison, losesToRandom: losesToRandom(comparison) };
  }
  return result;
}

export interface TargetCheck {
  name: string;
  met: boolean;
  detail: string;
}

export interface FlagBenchmark {
  segments: number;
  overall: Comparison;
  byRule: Record<string, GroupComparison>;
  byCategory: Record<string, GroupComparison>;
  /** Per source language of the segments, when there are several. */
  byLanguage: Record<string, Comparison & { segments: number }> | null;
  /** Rules with at least MIN_FLAGS_FOR_TARGET flags whose precision lift is under TARGET_LIFT. */
  rulesLosingToRandom: string[];
  targets: TargetCheck[];
  allTargetsMet: boolean;
}

export function benchmarkFlags(segments: readonly BenchSegment[], options: BenchmarkOptions = {}): FlagBenchmark {
  const runs = randomRuns(segments, options);
  const overall = compare(
    scoreFlags(segments),
    runs.map((run) => scoreFlags(run)),
  );
  const byRule = breakdown(segments, runs, (flag) => flag.ruleId);
  const byCategory = breakdown(segments, runs, (flag) => flag.category);

  const languages = [...new Set(segments.map((segment) => segment.sourceLanguage ?? 'unknown'))].sort();
  let byLanguage: FlagBenchmark['byLanguage'] = null;
  if (languages.length > 1) {
    byLanguage = {};
    for (const language of languages) {
      // Own seeded runs: a language's figures do not depend on which other files were read.
      const subset = segments.filter((segment) => (segment.sourceLanguage ?? 'unknown') === language);
      byLanguage[language] = { segments: subset.length, ...compareWithRandom(subset, options) };
    }
  }

  const rulesLosingToRandom = Object.entries(byRule)
    .filter(([, group]) => group.losesToRandom)
    .map(([rule]) => rule);
  const targets = checkTargets(overall, byRule);
  return {
    segments: segments.length,
    overall,
    byRule,
    byCategory,
    byLanguage,
    rulesLosingToRandom,
    targets,
    allTargetsMet: targets.every((target) => target.met),
  };
}

export function checkTargets(overall: Comparison, byRule: Record<string, GroupComparison>): TargetCheck[] {
  const judged = Object.entries(byRule).filter(([, group]) => group.ours.flags >= MIN_FLAGS_FOR_TARGET);
  const losing = judged.filter(([, group]) => group.losesToRandom).map(([rule]) => rule);
  const majorLift = overall.lift.majorPrecision;
  return [
    {
      name: `every rule with >= ${MIN_FLAGS_FOR_TARGET} flags has precision >= ${TARGET_LIFT}x random`,
      met: losing.length === 0,
      detail: judged.length
        ? `${judged.length - losing.length} of ${judged.length} rules${losing.length ? `; losing to random: ${losing.join(', ')}` : ''}`
        : `no rule has ${MIN_FLAGS_FOR_TARGET} flags`,
    },
    {
      name: `whole flagger: Major precision >= ${TARGET_LIFT}x random`,
      met: majorLift !== null && majorLift >= TARGET_LIFT,
      detail: `lift ${formatLift(majorLift)}`,
    },
    {
      name: `whole flagger: >= ${TARGET_FLAGS_PER_1000_WORDS} flags per 1000 words`,
      met: overall.ours.flagsPer1000Words >= TARGET_FLAGS_PER_1000_WORDS,
      detail: `${overall.ours.flagsPer1000Words.toFixed(2)} per 1000 words`,
    },
  ];
}

export function formatLift(value: number | null): string {
  if (value === null) return '-';
  if (value === Infinity) return 'inf';
  return `${value.toFixed(2)}x`;
}

function ratio(part: number, whole: number): number {
  return whole ? part / whole : 0;
}
