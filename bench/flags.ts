/**
 * npm run bench:flags -- <file.jsonl...> [--source=null|<lang>] [--seeds N] [--out file.json] [--verbose]
 *
 * The odd-phrasing flags (lib/flags) against annotated MT error spans: one
 * JSON segment per line, `target` (English MT output), `source_lang`, `words`
 * and `errors` [{start, end, category, severity}] with offsets into `target`
 * (../shared/corpus/mt-error-spans, bench/flags-eu). Runs findFlags on every
 * target with the record's source language (--source=null: unknown source,
 * --source=xx: that language for all), and prints precision, Major precision,
 * Major recall and flags per 1000 words against random flags of the same
 * number and lengths in the same segments (bench/flag-metrics.ts), per rule,
 * per flag category and, when the files hold several, per source language.
 * Writes the whole result as JSON (default bench-results/flags-<name>.json).
 *
 * npm run bench:flags -- --mt-real ../shared/corpus/mt-real: the word-level
 * benchmark on real MT and human English instead (bench/flags-words.ts).
 *
 * npm run bench:flags -- --speed ../shared/corpus/mt-real [--browser]: how
 * long the flags take per 1000 words, in Node or Chromium, and the size of
 * their data (bench/flags-speed.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { findFlags } from '../lib/flags/engine';
import {
  benchmarkFlags,
  DEFAULT_SEEDS,
  formatLift,
  isMajor,
  normalizeErrors,
  overlaps,
  RANDOMISED,
  type BenchSegment,
  type Comparison,
  type GroupComparison,
  type RawError,
  type Stat,
} from './flag-metrics';
import { runWordBench } from './flags-words';
import { runSpeedBench } from './flags-speed';
import { readJsonlLines } from '../scripts/jsonl';

interface SegmentRecord {
  id?: string;
  source_lang?: string | null;
  target?: string;
  words?: number;
  errors?: RawError[];
}

function parseArguments(argv: string[]) {
  const options = { files: [] as string[], source: undefined as string | null | undefined, seeds: DEFAULT_SEEDS, out: '', verbose: false };
  const sourceValue = (value: string) => (value === 'null' || value === 'none' || value === '' ? null : value);
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index]!;
    if (argument.startsWith('--source=')) options.source = sourceValue(argument.slice('--source='.length));
    else if (argument === '--source') options.source = sourceValue(argv[++index] ?? '');
    else if (argument === '--seeds') options.seeds = Number(argv[++index]);
    else if (argument === '--out') options.out = argv[++index] ?? '';
    else if (argument === '--verbose') options.verbose = true;
    else options.files.push(argument);
  }
  if (!options.files.length || !(options.seeds >= 1)) {
    console.error(
      'Usage: npm run bench:flags -- <file.jsonl...> (../shared/corpus/mt-error-spans/wmt21-zhen-ted.jsonl, bench/flags-eu/*.jsonl) [--source=null|<lang>] [--seeds N] [--out file] [--verbose]',
    );
    process.exit(2);
  }
  return options;
}

interface Loaded {
  target: string;
  segment: Omit<BenchSegment, 'flags'>;
}

/** Every segment of the files; `ignored` counts the annotations that are not usable target spans. */
function loadSegments(files: string[], ignored: Record<string, number>): Loaded[] {
  const loaded: Loaded[] = [];
  for (const file of files) {
    for (const { value: record, line } of readJsonlLines<SegmentRecord>(file)) {
      if (typeof record.target !== 'string') throw new Error(`${file}:${line}: no "target" string`);
      const target = record.target;
      const normalized = normalizeErrors(record.errors ?? [], target.length);
      for (const [reason, count] of Object.entries(normalized.ignored)) ignored[reason] = (ignored[reason] ?? 0) + count;
      loaded.push({
        target,
        segment: {
          id: record.id ?? `${basename(file)}:${line}`,
          sourceLanguage: record.source_lang ?? null,
          length: target.length,
          words: typeof record.words === 'number' ? record.words : (target.match(/\S+/g) ?? []).length,
          errors: normalized.errors,
        },
      });
    }
  }
  return loaded;
}

function outputName(files: string[], source: string | null | undefined): string {
  const stem = (file: string) => basename(file).replace(/\.jsonl?$/, '');
  const folders = new Set(files.map((file) => dirname(resolve(file))));
  let name = stem(files[0]!);
  if (files.length > 1) name = folders.size === 1 ? basename([...folders][0]!) : `${name}-and-${files.length - 1}-more`;
  if (source === null) name += '-source-null';
  else if (source !== undefined) name += `-source-${source}`;
  return join('bench-results', `flags-${name}.json`);
}

const fixed = (value: number) => value.toFixed(3);
const stat = (value: Stat) => `${fixed(value.mean)} ± ${fixed(value.sd)}`;

function main() {
  const options = parseArguments(process.argv.slice(2));
  const ignored: Record<string, number> = {};
  const loaded = loadSegments(options.files, ignored);

  let elapsed = 0;
  const segments: BenchSegment[] = loaded.map(({ segment, target }) => {
    const sourceLanguage = options.source === undefined ? segment.sourceLanguage : options.source;
    const start = performance.now();
    const flags = findFlags({ text: target, sourceLanguage });
    elapsed += performance.now() - start;
    return { ...segment, flags: flags.map(({ start, end, ruleId, category }) => ({ start, end, ruleId, category })) };
  });
  const result = benchmarkFlags(segments, { seeds: options.seeds });

  // Every flag with the annotations it overlaps, to read the hits and misses.
  const flagList = loaded.flatMap(({ target }, index) => {
    const segment = segments[index]!;
    return segment.flags.map((flag) => {
      const overlapped = segment.errors.filter((error) => overlaps(flag, error));
      return {
        segment: segment.id,
        sourceLanguage: segment.sourceLanguage,
        ruleId: flag.ruleId,
        category: flag.category,
        start: flag.start,
        end: flag.end,
        text: target.slice(flag.start, flag.end),
        hit: overlapped.length > 0,
        major: overlapped.some(isMajor),
        errors: overlapped.map((error) => ({ ...error, text: target.slice(error.start, error.end) })),
      };
    });
  });
  const hitCategories = new Map<string, number>();
  for (const flag of flagList)
    for (const error of flag.errors) hitCategories.set(error.category, (hitCategories.get(error.category) ?? 0) + 1);

  const { overall } = result;
  const sourceNote =
    options.source === undefined ? "each record's source_lang" : options.source === null ? 'unknown (--source=null)' : options.source;
  const lines: string[] = [
    `${options.files.map((file) => basename(file)).join(', ')}: ${segments.length} segments, ${overall.ours.words} words, ` +
      `${overall.ours.errors} error spans (${overall.ours.majorErrors} Major)`,
    `source language: ${sourceNote}; random baseline: ${options.seeds} seeds; findFlags ${elapsed.toFixed(0)} ms in all`,
  ];
  const ignoredEntries = Object.entries(ignored);
  lines.push(
    ignoredEntries.length
      ? `annotation quirks: ${ignoredEntries.map(([reason, count]) => `${count} ${reason}`).join('; ')}`
      : 'annotation quirks: none (every error span is a non-empty Major/Minor span inside its target)',
  );

  lines.push('', `${''.padEnd(24)}${'ours'.padStart(10)}${`random (mean ± sd)`.padStart(22)}${'lift'.padStart(10)}`);
  const row = (label: string, ours: string, random = '', liftText = '') =>
    lines.push(`${label.padEnd(24)}${ours.padStart(10)}${random.padStart(22)}${liftText.padStart(10)}`);
  row('flags', String(overall.ours.flags));
  row('flags per 1000 words', overall.ours.flagsPer1000Words.toFixed(2));
  row('hits (any error)', String(overall.ours.hits));
  row('precision', fixed(overall.ours.precision), stat(overall.random.precision), formatLift(overall.lift.precision));
  row('Major precision', fixed(overall.ours.majorPrecision), stat(overall.random.majorPrecision), formatLift(overall.lift.majorPrecision));
  row('Major recall', fixed(overall.ours.majorRecall), stat(overall.random.majorRecall), formatLift(overall.lift.majorRecall));

  const groupTable = (title: string, groups: Record<string, GroupComparison>) => {
    lines.push('', title);
    const entries = Object.entries(groups);
    if (!entries.length) {
      lines.push('  (no flags)');
      return;
    }
    const width = Math.max(12, ...entries.map(([name]) => name.length + 2));
    lines.push(
      `  ${''.padEnd(width)}${'flags'.padStart(6)}${'hits'.padStart(6)}${'prec.'.padStart(8)}${'random'.padStart(17)}${'lift'.padStart(8)}` +
        `${'Major p.'.padStart(10)}${'random'.padStart(17)}${'lift'.padStart(8)}`,
    );
    for (const [name, group] of entries) {
      lines.push(
        `  ${name.padEnd(width)}${String(group.ours.flags).padStart(6)}${String(group.ours.hits).padStart(6)}` +
          `${fixed(group.ours.precision).padStart(8)}${stat(group.random.precision).padStart(17)}${formatLift(group.lift.precision).padStart(8)}` +
          `${fixed(group.ours.majorPrecision).padStart(10)}${stat(group.random.majorPrecision).padStart(17)}` +
          `${formatLift(group.lift.majorPrecision).padStart(8)}${group.losesToRandom ? '  loses to random' : ''}`,
      );
    }
  };
  groupTable('by rule', result.byRule);
  groupTable('by flag category', result.byCategory);

  if (result.byLanguage) {
    lines.push('', 'by source language');
    lines.push(
      `  ${''.padEnd(10)}${'segs'.padStart(6)}${'words'.padStart(7)}${'errors'.padStart(8)}${'flags'.padStart(7)}${'/1000w'.padStart(8)}` +
        `${'prec.'.padStart(8)}${'random'.padStart(8)}${'lift'.padStart(8)}${'Major p.'.padStart(10)}${'random'.padStart(8)}${'lift'.padStart(8)}` +
        `${'Maj. rec.'.padStart(11)}`,
    );
    for (const [language, group] of Object.entries(result.byLanguage)) {
      const { ours, random, lift } = group as Comparison & { segments: number };
      lines.push(
        `  ${language.padEnd(10)}${String(group.segments).padStart(6)}${String(ours.words).padStart(7)}${String(ours.errors).padStart(8)}` +
          `${String(ours.flags).padStart(7)}${ours.flagsPer1000Words.toFixed(1).padStart(8)}${fixed(ours.precision).padStart(8)}` +
          `${fixed(random.precision.mean).padStart(8)}${formatLift(lift.precision).padStart(8)}${fixed(ours.majorPrecision).padStart(10)}` +
          `${fixed(random.majorPrecision.mean).padStart(8)}${formatLift(lift.majorPrecision).padStart(8)}${fixed(ours.majorRecall).padStart(11)}`,
      );
    }
  }

  if (hitCategories.size) {
    lines.push(
      '',
      `annotated categories our flags overlap: ${[...hitCategories.entries()]
        .sort((a, b) => b[1] - a[1])
        .map(([category, count]) => `${category} ${count}`)
        .join(', ')}`,
    );
  }

  lines.push('', 'targets');
  for (const target of result.targets) lines.push(`  ${target.met ? '[met]    ' : '[NOT met]'} ${target.name}: ${target.detail}`);

  if (options.verbose) {
    lines.push('', 'flags');
    for (const flag of flagList) {
      const verdict = flag.major ? 'MAJOR' : flag.hit ? 'minor' : 'miss ';
      const errors = flag.errors.map((error) => `${error.category}/${error.severity} “${error.text}”`).join('; ');
      lines.push(`  ${verdict} ${flag.ruleId} “${flag.text}” in ${flag.segment}${errors ? ` ~ ${errors}` : ''}`);
    }
  }

  const out = options.out || outputName(options.files, options.source);
  const json = {
    files: options.files.map((file) => resolve(file)),
    sourceLanguage: options.source === undefined ? 'from records' : options.source,
    seeds: options.seeds,
    metrics: [...RANDOMISED],
    date: new Date().toISOString(),
    findFlagsMs: Math.round(elapsed),
    annotationQuirks: ignored,
    ...result,
    hitCategories: Object.fromEntries(hitCategories),
    flags: flagList,
  };
  mkdirSync(dirname(out), { recursive: true });
  // JSON has no Infinity (a lift over a random baseline of 0).
  writeFileSync(out, `${JSON.stringify(json, (_, value) => (value === Infinity ? 'Infinity' : value), 2)}\n`);
  lines.push('', `full result: ${out}`);
  console.log(lines.join('\n'));
}

if (process.argv.includes('--speed')) await runSpeedBench(process.argv.slice(2));
else if (process.argv.includes('--mt-real')) runWordBench(process.argv.slice(2));
else main();
