/**
 * npm run bench:detect -- [corpus dirs …] [--positives dir] [--out file.json] [--limit N] [--verbose]
 *
 * How often the detector calls honest pages machine-translated, and how many
 * of our own content-farm pages it catches:
 * - every page of the human corpora (../shared/corpus/readability-pages and
 *   boilerplate-snippets; a folder holding both may be given): the share
 *   called machine-translated (false positives) and "uncertain", and for
 *   non-English pages whether any is judged at all;
 * - bench/mt-pages (label mt: recall by source language, theme, plugin and
 *   artefact level, and whether the source language is named right; label
 *   human: hard negatives);
 * - the same in text mode (the article text alone, as `--text` sees it);
 * - real machine translation (../shared/corpus/mt-real, see bench/detect-real.ts):
 *   text-only AUC per source language and content-farm pages built around it;
 * - a threshold sweep, to choose the verdict thresholds.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { analyzeText, extractPage, summarizePage } from '../lib/analyze';
import { MT_THRESHOLD, UNCERTAIN_THRESHOLD } from '../lib/detect/detect';
import type { MtAssessment } from '../lib/report';
import { parsePage } from '../cli/load';
import { loadCorpus, readPage, tick } from './corpus';
import { percentile } from './metrics';
import { benchRealMt } from './detect-real';

interface LabelledPage {
  id: string;
  set: string;
  html: string;
  url: string;
  label: 'mt' | 'human';
  sourceLanguage: string | null;
  theme?: string;
  plugin?: string | null;
  artefacts?: string;
}

interface ManifestEntry {
  file: string;
  id: string;
  label: 'mt' | 'human';
  sourceLanguage: string | null;
  theme: string;
  plugin: string | null;
  artefacts: string;
  url?: string;
}

interface Outcome {
  id: string;
  set: string;
  label: 'mt' | 'human';
  language: string | null;
  expectedSource: string | null;
  theme?: string;
  plugin?: string | null;
  artefacts?: string;
  page: Pick<MtAssessment, 'score' | 'verdict' | 'sourceLanguage'> & { reasons: string[] };
  text: Pick<MtAssessment, 'score' | 'verdict' | 'sourceLanguage'> & { reasons: string[] };
  ms: number;
}

function parseArguments(argv: string[]) {
  const options = {
    corpora: [] as string[],
    positives: 'bench/mt-pages',
    out: 'bench-results/detect.json',
    limit: Infinity,
    verbose: false,
  };
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index]!;
    if (argument === '--positives') options.positives = argv[++index] ?? '';
    else if (argument === '--out') options.out = argv[++index] ?? options.out;
    else if (argument === '--limit') options.limit = Number(argv[++index]);
    else if (argument === '--verbose') options.verbose = true;
    else options.corpora.push(argument);
  }
  if (options.corpora.length === 0) options.corpora.push('../shared/corpus');
  return options;
}

/** A folder that holds the corpora (../shared/corpus) stands for both human sets. */
function humanCorpora(directories: string[]): string[] {
  return directories
    .filter((directory) => !/mt-real\/?$/.test(directory))
    .flatMap((directory) => {
      const nested = ['readability-pages', 'boilerplate-snippets'].map((name) => join(directory, name)).filter((path) => existsSync(path));
      return nested.length ? nested : [directory];
    });
}

function loadHuman(directory: string, limit: number): LabelledPage[] {
  const set = directory.split(/[\\/]/).filter(Boolean).pop() ?? directory;
  return loadCorpus(directory)
    .pages.slice(0, limit)
    .map((page) => ({ id: page.id, set, html: page.html, url: page.url, label: 'human' as const, sourceLanguage: null }));
}

function loadPositives(directory: string, limit: number): LabelledPage[] {
  const manifestFile = join(directory, 'manifest.json');
  if (!existsSync(manifestFile)) throw new Error(`${manifestFile} not found (run: npx tsx bench/mt-pages/build.ts)`);
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as ManifestEntry[];
  return manifest.slice(0, limit).map((entry) => ({
    id: entry.id,
    set: 'mt-pages',
    html: readPage(join(directory, entry.file)),
    url: entry.url ?? pathToFileURL(resolve(directory, entry.file)).href,
    label: entry.label,
    sourceLanguage: entry.sourceLanguage,
    theme: entry.theme,
    plugin: entry.plugin,
    artefacts: entry.artefacts,
  }));
}

const brief = (mt: MtAssessment) => ({
  score: mt.score,
  verdict: mt.verdict,
  sourceLanguage: mt.sourceLanguage,
  reasons: mt.reasons.map((reason) => `${reason.signal} ${reason.weight}: ${reason.detail}`),
});

function run(page: LabelledPage): Outcome {
  const { dom } = parsePage(page.html, page.url);
  try {
    const doc = dom.window.document;
    const start = performance.now();
    const summary = summarizePage(doc, { url: page.url });
    const ms = performance.now() - start;
    const { article } = extractPage(doc, { url: page.url, window: dom.window as unknown as Window & typeof globalThis });
    const textReport = analyzeText(article.text);
    return {
      id: page.id,
      set: page.set,
      label: page.label,
      language: summary.language,
      expectedSource: page.sourceLanguage,
      theme: page.theme,
      plugin: page.plugin,
      artefacts: page.artefacts,
      page: brief(summary.mt),
      text: brief(textReport.mt),
      ms,
    };
  } finally {
    dom.window.close();
  }
}

type Mode = 'page' | 'text';

function share(count: number, total: number): string {
  return total ? `${count}/${total} (${((100 * count) / total).toFixed(1)} %)` : '0/0';
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const name = key(item);
    groups.set(name, [...(groups.get(name) ?? []), item]);
  }
  return new Map([...groups].sort((a, b) => a[0].localeCompare(b[0])));
}

function summarize(outcomes: Outcome[], mode: Mode, lines: string[]) {
  const human = outcomes.filter((outcome) => outcome.label === 'human' && outcome.set !== 'mt-pages');
  const hard = outcomes.filter((outcome) => outcome.label === 'human' && outcome.set === 'mt-pages');
  const positives = outcomes.filter((outcome) => outcome.label === 'mt');
  const mt = (outcome: Outcome) => outcome[mode].verdict === 'machine-translated';
  const flagged = (outcome: Outcome) => outcome[mode].verdict !== 'human';
  const result: Record<string, unknown> = {};

  lines.push('', `== ${mode === 'page' ? 'whole page' : 'text only (--text)'} ==`);
  for (const [set, pages] of groupBy(human, (outcome) => outcome.set)) {
    const english = pages.filter((outcome) => outcome.language === 'en');
    const other = pages.filter((outcome) => outcome.language !== 'en');
    lines.push(
      `${set}: called machine-translated ${share(pages.filter(mt).length, pages.length)}, uncertain ${share(pages.filter((o) => o[mode].verdict === 'uncertain').length, pages.length)}`,
      `  English pages: MT ${share(english.filter(mt).length, english.length)}; other languages: judged at all (MT or uncertain) ${share(other.filter(flagged).length, other.length)}`,
    );
  }
  const falsePositives = human.filter(mt);
  const falsePositiveRate = human.length ? falsePositives.length / human.length : 0;
  lines.push(
    `ALL human corpus pages: false-positive rate ${share(falsePositives.length, human.length)} (target ≤ 1 %: ${falsePositiveRate <= 0.01 ? 'met' : 'NOT met'})`,
  );
  for (const outcome of falsePositives)
    lines.push(`  FP ${outcome.set}/${outcome.id} ${outcome[mode].score}: ${outcome[mode].reasons.join(' | ')}`);
  const uncertainHuman = human.filter((outcome) => outcome[mode].verdict === 'uncertain');
  for (const outcome of uncertainHuman)
    lines.push(`  uncertain ${outcome.set}/${outcome.id} ${outcome[mode].score}: ${outcome[mode].reasons.join(' | ')}`);
  if (hard.length) {
    lines.push(
      `hard negatives (our honest pages): MT ${share(hard.filter(mt).length, hard.length)}, uncertain ${share(hard.filter((o) => o[mode].verdict === 'uncertain').length, hard.length)}`,
    );
    for (const outcome of hard.filter(flagged))
      lines.push(`  ${outcome.id} ${outcome[mode].verdict} ${outcome[mode].score}: ${outcome[mode].reasons.join(' | ')}`);
  }

  const recallTable = (name: string, key: (outcome: Outcome) => string) => {
    const rows: Record<string, { pages: number; mt: number; atLeastUncertain: number }> = {};
    lines.push(`recall by ${name}:`);
    for (const [group, pages] of groupBy(positives, key)) {
      rows[group] = {
        pages: pages.length,
        mt: pages.filter(mt).length / pages.length,
        atLeastUncertain: pages.filter(flagged).length / pages.length,
      };
      lines.push(
        `  ${group.padEnd(22)} MT ${share(pages.filter(mt).length, pages.length).padEnd(16)} MT or uncertain ${share(pages.filter(flagged).length, pages.length)}`,
      );
    }
    return rows;
  };
  if (positives.length) {
    lines.push(
      `our positives (own constructions): recall ${share(positives.filter(mt).length, positives.length)}, MT or uncertain ${share(positives.filter(flagged).length, positives.length)}`,
    );
    result.recallBySourceLanguage = recallTable('source language', (outcome) => outcome.expectedSource ?? '?');
    result.recallByTheme = recallTable('theme', (outcome) => outcome.theme ?? '?');
    result.recallByPlugin = recallTable('plugin', (outcome) => outcome.plugin ?? 'none');
    result.recallByArtefacts = recallTable('artefact level', (outcome) => outcome.artefacts ?? '?');
    const named = positives.filter(mt);
    const right = named.filter((outcome) => outcome[mode].sourceLanguage === outcome.expectedSource).length;
    const unknown = named.filter((outcome) => outcome[mode].sourceLanguage === null).length;
    lines.push(
      `source language of the pages called MT: right ${share(right, named.length)}, unknown ${share(unknown, named.length)}, wrong ${share(named.length - right - unknown, named.length)}`,
    );
    for (const outcome of named.filter((o) => o[mode].sourceLanguage !== null && o[mode].sourceLanguage !== o.expectedSource)) {
      lines.push(`  wrong source ${outcome.id}: said ${outcome[mode].sourceLanguage}, is ${outcome.expectedSource}`);
    }
    result.recall = positives.filter(mt).length / positives.length;
    result.sourceLanguage = { right, unknown, wrong: named.length - right - unknown, of: named.length };
  }

  const sweep = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9].map((threshold) => ({
    threshold,
    falsePositiveRate: human.filter((outcome) => outcome[mode].score >= threshold).length / (human.length || 1),
    hardNegativeRate: hard.filter((outcome) => outcome[mode].score >= threshold).length / (hard.length || 1),
    recall: positives.filter((outcome) => outcome[mode].score >= threshold).length / (positives.length || 1),
  }));
  lines.push('threshold sweep (score ≥ t):  FP rate on corpora · on hard negatives · recall on positives');
  for (const row of sweep) {
    lines.push(
      `  ${row.threshold.toFixed(1)}   ${(100 * row.falsePositiveRate).toFixed(2).padStart(6)} %   ${(100 * row.hardNegativeRate).toFixed(1).padStart(5)} %   ${(100 * row.recall).toFixed(1).padStart(5)} %`,
    );
  }
  Object.assign(result, {
    humanPages: human.length,
    falsePositives: falsePositives.length,
    falsePositiveRate,
    hardNegatives: hard.length,
    hardNegativesCalledMt: hard.filter(mt).length,
    positives: positives.length,
    sweep,
  });
  return result;
}

async function main() {
  const options = parseArguments(process.argv.slice(2));
  const pages: LabelledPage[] = [];
  for (const directory of humanCorpora(options.corpora)) pages.push(...loadHuman(resolve(directory), options.limit));
  if (options.positives) pages.push(...loadPositives(resolve(options.positives), options.limit));
  const outcomes: Outcome[] = [];
  let failures = 0;
  for (const page of pages) {
    try {
      const outcome = run(page);
      outcomes.push(outcome);
      if (options.verbose) console.error(JSON.stringify(outcome));
    } catch (error) {
      failures++;
      console.error(`${page.set}/${page.id}: ${(error as Error).message}`);
    }
    await tick();
  }
  const lines = [
    `${outcomes.length} pages analysed, ${failures} failed; verdict thresholds: MT ≥ ${MT_THRESHOLD}, uncertain ≥ ${UNCERTAIN_THRESHOLD}`,
  ];
  const result = {
    date: new Date().toISOString(),
    thresholds: { mt: MT_THRESHOLD, uncertain: UNCERTAIN_THRESHOLD },
    failures,
    page: summarize(outcomes, 'page', lines),
    text: summarize(outcomes, 'text', lines),
    medianMsPerPage: Math.round(
      percentile(
        outcomes.map((outcome) => outcome.ms),
        50,
      ),
    ),
    outcomes,
  };
  lines.push('', `median ms per page (summarizePage): ${result.medianMsPerPage}`);
  const mtReal = options.corpora
    .map((directory) => (existsSync(join(directory, 'mt-real')) ? join(directory, 'mt-real') : directory))
    .find((directory) => existsSync(join(directory, 'word-errors')) || existsSync(join(directory, 'human-refs')));
  if (mtReal) Object.assign(result, { realMt: await benchRealMt(resolve(mtReal), lines) });
  mkdirSync(dirname(options.out), { recursive: true });
  writeFileSync(options.out, `${JSON.stringify(result, null, 2)}\n`);
  lines.push(`full result: ${options.out}`);
  console.log(lines.join('\n'));
}

await main();
