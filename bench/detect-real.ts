/**
 * The part of `npm run bench:detect` that reads real machine translation
 * (../shared/corpus/mt-real, through bench/mt-real.ts):
 * - text only: ROC-AUC of the detector's score in text mode (what `--text`
 *   computes) and of the text model alone, per source language, for MT vs
 *   human translation and MT vs English originals, on ~150-word passages;
 * - content-farm pages built around that text (bench/real-mt-pages.ts) at
 *   four levels: MT recall per level, human translations and English
 *   originals called MT.
 * The text model was trained on this very data (npm run train:detector), so
 * its AUC here is in-sample; the held-apart numbers are the training
 * script's. The page levels measure what the page evidence adds.
 *
 * Run alone, it builds and reads only the pages, as they are and with
 * subheads (bench/real-mt-pages.ts PageOptions) before every n-th paragraph:
 *   node --max-old-space-size=4096 --import tsx bench/detect-real.ts ../shared/corpus/mt-real [--headings 2,1]
 */
import { performance } from 'node:perf_hooks';
import { summarizePage } from '../lib/analyze';
import { detectMachineTranslation } from '../lib/detect/detect';
import { machineEnglishScore } from '../lib/detect/text-model/score';
import { identifyLanguage } from '../lib/language/identify';
import { parsePage } from '../cli/load';
import { tick } from './corpus';
import { rocAuc, percentile } from './metrics';
import { hashString, readMtReal, type Passage } from './mt-real';
import { LEVELS, buildPages, type PageOptions } from './real-mt-pages';
import { benchArguments } from './arguments';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const PER_GROUP = 150;

function sample(passages: Passage[], count: number): Passage[] {
  return [...passages].sort((a, b) => hashString(a.text) - hashString(b.text)).slice(0, count);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

export async function benchRealMt(mtReal: string, lines: string[]) {
  // Without the State of the Union addresses: the n-gram table the text model reads counted them (lib/data/english/ngrams.json).
  const passages = readMtReal(mtReal, { sotu: false }).filter((passage) => passage.kind !== 'post-edit');
  const originals = sample(
    passages.filter((passage) => passage.kind === 'original'),
    PER_GROUP * 2,
  );
  const languages = sourceLanguages(passages);
  const scored = new Map<Passage, { detector: number; model: number; ms: number }>();
  const score = (passage: Passage) => {
    let result = scored.get(passage);
    if (!result) {
      const start = performance.now();
      const model = machineEnglishScore(passage.text)?.probability ?? 0.5;
      const ms = performance.now() - start;
      const mt = detectMachineTranslation({
        doc: null,
        url: null,
        text: passage.text,
        pageText: passage.text,
        textLanguage: identifyLanguage(passage.text),
      });
      result = { detector: mt.score, model, ms };
      scored.set(passage, result);
    }
    return result;
  };
  lines.push('', '== real MT (mt-real), text only, ~150-word passages: ROC-AUC (detector score in text mode · text model alone) ==');
  lines.push('   (the text model was trained on this data: in-sample; held-apart AUC: npm run train:detector)');
  const textRows: Record<string, unknown>[] = [];
  for (const language of languages) {
    const mt = sample(
      passages.filter((passage) => passage.kind === 'mt' && passage.language === language),
      PER_GROUP,
    );
    const human = sample(
      passages.filter((passage) => passage.kind === 'human-translation' && passage.language === language),
      PER_GROUP,
    );
    const auc = (negatives: Passage[], key: 'detector' | 'model') =>
      negatives.length
        ? round(
            rocAuc(
              mt.map((passage) => score(passage)[key]),
              negatives.map((passage) => score(passage)[key]),
            ),
          )
        : null;
    const row = {
      language,
      passages: { mt: mt.length, human: human.length, original: originals.length },
      mtVsHuman: { detector: auc(human, 'detector'), model: auc(human, 'model') },
      mtVsOriginal: { detector: auc(originals, 'detector'), model: auc(originals, 'model') },
    };
    textRows.push(row);
    lines.push(
      `  ${language}  MT vs human translation ${row.mtVsHuman.detector ?? '–'} · ${row.mtVsHuman.model ?? '–'}   MT vs English original ${row.mtVsOriginal.detector} · ${row.mtVsOriginal.model}   (${mt.length} MT, ${human.length} human, ${originals.length} original passages)`,
    );
  }
  const times = [...scored.values()].map((value) => value.ms);
  lines.push(
    `  text model: median ${percentile(times, 50).toFixed(2)} ms, p95 ${percentile(times, 95).toFixed(2)} ms per ~150-word passage (Node)`,
  );

  const pageRows = await benchRealPages(passages, languages, lines);
  return { text: textRows, pages: pageRows, textModelMedianMs: round(percentile(times, 50)) };
}

/** The MT passages' source languages, sorted. */
function sourceLanguages(passages: Passage[]): string[] {
  return [...new Set(passages.filter((passage) => passage.kind === 'mt').map((passage) => passage.language!))].sort();
}

/** Content-farm pages built around the passages (bench/real-mt-pages.ts): verdicts per kind and level, and MT recall per language. */
export async function benchRealPages(passages: Passage[], languages: string[], lines: string[], options: PageOptions = {}) {
  const variant = options.headingsEvery ? `; a subhead before every ${options.headingsEvery} paragraph(s) after the first` : '';
  lines.push(
    '',
    `== content-farm pages built around real MT, human translation and English originals (bench/real-mt-pages.ts${variant}) ==`,
  );
  const pages = buildPages(passages, 15, options);
  const outcomes: Array<{
    kind: string;
    level: string;
    language: string | null;
    verdict: string;
    summary: string | undefined;
    score: number;
    textModel: number | null;
  }> = [];
  for (const page of pages) {
    const { dom } = parsePage(page.html, page.url);
    try {
      const summary = summarizePage(dom.window.document, { url: page.url });
      outcomes.push({
        kind: page.kind,
        level: page.level,
        language: page.language,
        verdict: summary.mt.verdict,
        summary: summary.mt.summary,
        score: summary.mt.score,
        textModel: summary.mt.machine?.textModel ?? null,
      });
    } finally {
      dom.window.close();
    }
    await tick();
  }
  const share = (count: number, total: number) => (total ? `${count}/${total} (${((100 * count) / total).toFixed(0)} %)` : '–');
  const pageRows: Record<string, unknown>[] = [];
  for (const kind of ['mt', 'human-translation', 'original']) {
    for (const level of LEVELS) {
      const group = outcomes.filter((outcome) => outcome.kind === kind && outcome.level === level);
      if (!group.length) continue;
      const mt = group.filter((outcome) => outcome.verdict === 'machine-translated').length;
      const uncertain = group.filter((outcome) => outcome.verdict === 'uncertain').length;
      const translated = group.filter((outcome) => /^(Machine-translated|Translated)/.test(outcome.summary ?? '')).length;
      const probabilities = group.map((outcome) => outcome.textModel).filter((value): value is number => value !== null);
      const textModelMean = probabilities.length
        ? round(probabilities.reduce((sum, value) => sum + value, 0) / probabilities.length)
        : null;
      pageRows.push({ kind, level, pages: group.length, mt, uncertain, saidTranslated: translated, textModelMean });
      lines.push(
        `  ${kind.padEnd(18)} ${level.padEnd(9)} MT ${share(mt, group.length).padEnd(14)} uncertain ${share(uncertain, group.length).padEnd(14)} said "translated" ${share(translated, group.length).padEnd(14)} text model, mean p ${textModelMean ?? '–'}`,
      );
    }
  }
  lines.push('  MT recall by source language and level (MT / pages):');
  for (const language of languages) {
    const cells = LEVELS.map((level) => {
      const group = outcomes.filter((outcome) => outcome.kind === 'mt' && outcome.level === level && outcome.language === language);
      return `${level} ${group.filter((outcome) => outcome.verdict === 'machine-translated').length}/${group.length}`;
    });
    lines.push(`    ${language}: ${cells.join(', ')}`);
  }
  return pageRows;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = benchArguments(['headings']);
  const every = args.value('headings', '2,1').split(',').map(Number);
  const mtReal = args.files[0];
  if (!mtReal) throw new Error('Give the mt-real folder (../shared/corpus/mt-real).');
  const passages = readMtReal(resolve(mtReal), { sotu: false }).filter((passage) => passage.kind !== 'post-edit');
  const lines: string[] = [];
  for (const headingsEvery of [0, ...every]) {
    await benchRealPages(passages, sourceLanguages(passages), lines, headingsEvery ? { headingsEvery } : {});
    console.log(lines.splice(0).join('\n'));
  }
}
