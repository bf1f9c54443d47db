/**
 * npm run bench:flags -- --mt-real ../shared/corpus/mt-real [--readability ../shared/corpus/readability-pages] [--split dev]
 *   [--chunk N] [--out file.json]
 *
 * The flags word by word on real machine translation, through the CLI's path
 * (analyzeText with the source language, as `npm run analyze -- --text
 * --source-lang xx`): MLQE-PE word-errors (<pair>.<split>.jsonl, tokens
 * tagged OK/BAD from professional post-edits) detokenised, N sentences to a
 * text, each flag mapped back to the tokens it covers. Per pair and per tier:
 * flags per 1000 words, P(BAD | flagged word), the BAD rate of random words of
 * the same sentences (exact expectation) and the lift over it, and the share
 * of BAD words flagged. Then flags per 1000 words on human English (English
 * originals, the human references of mt-real/human-refs, the English pages of
 * readability-pages) and the ratio of the rate on MT to that on the human
 * translations of the same sources (et-en multiref, zh-en WMT21 TED).
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { analyzeText } from '../lib/analyze';
import type { Flag, FlagTier } from '../lib/report';
import { detokenize } from '../lib/text/detokenize';
import { blockText } from '../lib/dom/text';
import { parsePage } from '../cli/load';
import { readPage } from './corpus';
import { scoreWords } from '../lib/flags/model/wording';
import { englishBands } from '../lib/text/english-ngrams';
import { unusualWording } from '../lib/flags/rules/unusual-wording';
import { humanRefTraining } from '../scripts/train-flags';
import { readJsonl } from '../scripts/jsonl';

const PAIRS = ['ru-en', 'ro-en', 'et-en', 'ne-en', 'si-en'];
const TIERS: Array<FlagTier | 'all'> = ['rule', 'model', 'all'];

interface Options {
  mtReal: string;
  readability: string | null;
  split: string;
  chunk: number;
  out: string;
}

function parseArguments(argv: string[]): Options {
  const options: Options = { mtReal: '', readability: null, split: 'dev', chunk: 20, out: '' };
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index]!;
    const value = () => argv[++index] ?? '';
    if (argument === '--mt-real') options.mtReal = resolve(value());
    else if (argument === '--readability') options.readability = resolve(value());
    else if (argument === '--split') options.split = value();
    else if (argument === '--chunk') options.chunk = Number(value());
    else if (argument === '--out') options.out = value();
  }
  if (!options.readability) {
    const sibling = join(options.mtReal, '..', 'readability-pages');
    if (existsSync(sibling)) options.readability = sibling;
  }
  return options;
}

const tierOf = (flag: Flag): FlagTier => flag.tier ?? 'rule';
const inTier = (flag: Flag, tier: FlagTier | 'all') => tier === 'all' || tierOf(flag) === tier;
const isWord = (token: string) => /[\p{L}\p{N}]/u.test(token);

/** Texts of `chunk` items each, joined by line breaks, with each item's offset. */
export function chunks<T>(
  items: T[],
  size: number,
  textOf: (item: T) => string,
): Array<{ text: string; items: Array<{ item: T; offset: number }> }> {
  const result: Array<{ text: string; items: Array<{ item: T; offset: number }> }> = [];
  for (let index = 0; index < items.length; index += size) {
    let text = '';
    const placed: Array<{ item: T; offset: number }> = [];
    for (const item of items.slice(index, index + size)) {
      if (text) text += '\n';
      placed.push({ item, offset: text.length });
      text += textOf(item);
    }
    result.push({ text, items: placed });
  }
  return result;
}

export interface WordStats {
  words: number;
  bad: number;
  flags: number;
  flaggedWords: number;
  flaggedBad: number;
  /** Sum over flagged words of their sentence's BAD-word rate: the expected BAD count of random words of the same sentences. */
  randomBad: number;
  badFound: number;
}
const emptyStats = (): WordStats => ({ words: 0, bad: 0, flags: 0, flaggedWords: 0, flaggedBad: 0, randomBad: 0, badFound: 0 });

interface WordRecord {
  mt_tokens: string[];
  mt_word_tags: string[];
}

/** The texts of a word-errors file as the benchmark reads them: `chunkSize` detokenised MT sentences to a text. */
export function wordErrorTexts(file: string, chunkSize: number) {
  return chunks(readJsonl<WordRecord>(file), chunkSize, (record) => detokenize(record.mt_tokens).text);
}

/** Adds one text's words to `stats` per tier, with `flags` the flags found on the text. */
export function addWordStats(stats: Record<string, WordStats>, chunk: ReturnType<typeof wordErrorTexts>[number], flags: Flag[]) {
  for (const { item: record, offset } of chunk.items) {
    const { spans } = detokenize(record.mt_tokens);
    const words = record.mt_tokens.map((token, index) => ({
      word: isWord(token),
      bad: record.mt_word_tags[index] === 'BAD',
      span: spans[index]!,
    }));
    const sentenceWords = words.filter((word) => word.word);
    const sentenceBadRate = sentenceWords.filter((word) => word.bad).length / Math.max(1, sentenceWords.length);
    const end = offset + (spans.length ? spans[spans.length - 1]![1] : 0);
    const mine = flags.filter((flag) => flag.start < end && flag.end > offset);
    for (const tier of TIERS) {
      const group = stats[tier]!;
      const tierFlags = mine.filter((flag) => inTier(flag, tier));
      group.flags += tierFlags.filter((flag) => flag.start >= offset).length;
      for (const word of sentenceWords) {
        group.words++;
        if (word.bad) group.bad++;
        const flagged = tierFlags.some((flag) => flag.start < offset + word.span[1] && flag.end > offset + word.span[0]);
        if (!flagged) continue;
        group.flaggedWords++;
        group.randomBad += sentenceBadRate;
        if (word.bad) {
          group.flaggedBad++;
          group.badFound++;
        }
      }
    }
  }
}

export const emptyTierStats = (): Record<string, WordStats> => Object.fromEntries(TIERS.map((tier) => [tier, emptyStats()]));

function wordErrors(file: string, sourceLanguage: string, chunkSize: number): Record<string, WordStats> {
  const stats = emptyTierStats();
  for (const chunk of wordErrorTexts(file, chunkSize))
    addWordStats(stats, chunk, analyzeText(chunk.text, { rules: { sourceLanguage } }).flags);
  return stats;
}

interface RateStats {
  words: number;
  flags: Record<string, number>;
}

/** The model tier as if it ran for every source language (the rule limits it to those it was measured on). */
const UNGATED = 'model, any source';
/** The consistency checks across the article (rule tier, category `inconsistency`), counted apart: item 2 of issue 12. */
const CONSISTENCY = 'consistency';

function flagRate(texts: string[], sourceLanguage: string | null): RateStats {
  const stats: RateStats = { words: 0, flags: Object.fromEntries([...TIERS, UNGATED, CONSISTENCY].map((tier) => [tier, 0])) };
  for (const text of texts) {
    stats.words += countWords(text);
    const { flags } = analyzeText(text, { rules: { sourceLanguage } });
    for (const tier of TIERS) stats.flags[tier]! += flags.filter((flag) => inTier(flag, tier)).length;
    stats.flags[CONSISTENCY]! += flags.filter((flag) => flag.category === 'inconsistency').length;
    stats.flags[UNGATED]! += unusualWording.run({ text, sourceLanguage, translated: true }).length;
  }
  return stats;
}

/** Words as the human-English rates count them. */
export const countWords = (text: string) => (text.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu) ?? []).length;

export const per1000 = (count: number, words: number) => (1000 * count) / Math.max(1, words);

/** Rows joined N to a text in their order. */
export function joined(lines: string[], size: number): string[] {
  return chunks(lines, size, (line) => line).map((chunk) => chunk.text);
}

export function runWordBench(argv: string[]) {
  const options = parseArguments(argv);
  if (!options.mtReal) {
    console.error('Usage: npm run bench:flags -- --mt-real ../shared/corpus/mt-real [--readability DIR] [--split dev] [--chunk N]');
    process.exit(2);
  }
  const lines: string[] = [];
  const json: Record<string, unknown> = { split: options.split, chunk: options.chunk, date: new Date().toISOString() };
  const started = performance.now();
  englishBands();
  const decodeMs = performance.now() - started;

  lines.push(`Word level, ${options.split} split, ${options.chunk} sentences per text, analyzeText with the source language`);
  lines.push(
    `  ${'pair'.padEnd(7)}${'tier'.padEnd(7)}${'words'.padStart(7)}${'BAD'.padStart(7)}${'flags'.padStart(7)}${'/1000w'.padStart(8)}` +
      `${'P(BAD|flag)'.padStart(12)}${'random'.padStart(8)}${'lift'.padStart(7)}${'BAD found'.padStart(10)}`,
  );
  const wordResults: Record<string, Record<string, WordStats>> = {};
  for (const pair of PAIRS) {
    const file = join(options.mtReal, 'word-errors', `${pair}.${options.split}.jsonl`);
    if (!existsSync(file)) continue;
    const stats = wordErrors(file, pair.slice(0, 2), options.chunk);
    wordResults[pair] = stats;
    for (const tier of TIERS) {
      const group = stats[tier]!;
      const precision = group.flaggedBad / Math.max(1, group.flaggedWords);
      const random = group.randomBad / Math.max(1, group.flaggedWords);
      lines.push(
        `  ${pair.padEnd(7)}${tier.padEnd(7)}${String(group.words).padStart(7)}${(group.bad / group.words).toFixed(3).padStart(7)}` +
          `${String(group.flags).padStart(7)}${per1000(group.flags, group.words).toFixed(2).padStart(8)}${precision.toFixed(3).padStart(12)}` +
          `${random.toFixed(3).padStart(8)}${(random ? precision / random : 0).toFixed(2).padStart(7)}` +
          `${(group.badFound / Math.max(1, group.bad)).toFixed(4).padStart(10)}`,
      );
    }
  }
  json.wordLevel = wordResults;

  // The model tier's cost alone (the table was decoded before anything else).
  const timed = PAIRS.flatMap((pair) => {
    const file = join(options.mtReal, 'word-errors', `${pair}.${options.split}.jsonl`);
    return existsSync(file)
      ? joined(
          readJsonl<{ mt_tokens: string[] }>(file).map((record) => detokenize(record.mt_tokens).text),
          options.chunk,
        )
      : [];
  });
  const timedWords = timed.reduce((sum, text) => sum + scoreWords(text).length, 0);
  // Warmed up once, then timed by the clock and by this process's CPU time (the clock counts other processes on a busy machine).
  for (const text of timed) unusualWording.run({ text, sourceLanguage: null });
  const cpuStart = process.cpuUsage();
  const scoreStart = performance.now();
  for (const text of timed) unusualWording.run({ text, sourceLanguage: null });
  const scoreMs = performance.now() - scoreStart;
  const cpu = process.cpuUsage(cpuStart);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  lines.push(
    `  model tier in Node: n-gram table decoded in ${decodeMs.toFixed(0)} ms (first use); ${((1000 * scoreMs) / Math.max(1, timedWords)).toFixed(2)} ms per 1000 words by the clock, ${((1000 * cpuMs) / Math.max(1, timedWords)).toFixed(2)} ms of CPU (${timedWords} words)`,
  );
  json.modelTiming = {
    decodeMs,
    msPer1000Words: (1000 * scoreMs) / Math.max(1, timedWords),
    cpuMsPer1000Words: (1000 * cpuMs) / Math.max(1, timedWords),
  };

  // Human English and MT next to human translations of the same sources.
  const human: Record<string, RateStats> = {};
  const original = join(options.mtReal, 'english-original', 'wmt23-en-sources.jsonl');
  if (existsSync(original)) {
    const rows = readJsonl<{ doc: string; text: string }>(original);
    const docs = new Map<string, string[]>();
    for (const row of rows) docs.set(row.doc, [...(docs.get(row.doc) ?? []), row.text]);
    human['english-original (WMT23 en sources)'] = flagRate(
      [...docs.values()].map((texts) => texts.join('\n')),
      null,
    );
  }
  const ratios: Array<{ name: string; mt: RateStats; human: RateStats }> = [];
  // Only the part of the human translations the wording model did not learn from (scripts/train-flags.ts
  // humanRefTraining), and the MT of the same sentences or talks.
  const etFile = join(options.mtReal, 'human-refs', 'et-en.multiref.jsonl');
  if (existsSync(etFile)) {
    const rows = readJsonl<{ mt: string; refs: string[] }>(etFile).filter((_, index) => !humanRefTraining('et-en', { index }));
    const mt = flagRate(
      joined(
        rows.map((row) => row.mt),
        options.chunk,
      ),
      'et',
    );
    // One translator's sentences to a text, as the MT's: both translations of a sentence side by side (as
    // until session 10) repeat every name and term at once, which a rule on repetition would read as a slip.
    const translators = Math.max(0, ...rows.map((row) => row.refs.length));
    const refs = flagRate(
      Array.from({ length: translators }, (_, translator) =>
        joined(
          rows.flatMap((row) => (row.refs[translator] === undefined ? [] : [row.refs[translator].trim()])),
          options.chunk,
        ),
      ).flat(),
      'et',
    );
    human['et-en human translations (multiref, odd rows)'] = refs;
    human['et-en both translations side by side (old)'] = flagRate(
      joined(
        rows.flatMap((row) => row.refs.map((ref) => ref.trim())),
        options.chunk,
      ),
      'et',
    );
    ratios.push({ name: 'et-en multiref, odd rows', mt, human: refs });
  }
  const zhFile = join(options.mtReal, 'human-refs', 'zh-en.wmt21-ted.jsonl');
  if (existsSync(zhFile)) {
    const rows = readJsonl<{ system: string; label: string; doc: string; seg_id: number; target: string }>(zhFile).filter(
      (row, index) => !humanRefTraining('zh-en', { index, doc: row.doc }),
    );
    const bySystem = new Map<string, typeof rows>();
    for (const row of rows)
      bySystem.set(`${row.label}\t${row.system}\t${row.doc}`, [...(bySystem.get(`${row.label}\t${row.system}\t${row.doc}`) ?? []), row]);
    const texts = { mt: [] as string[], human: [] as string[] };
    for (const [key, group] of bySystem) {
      group.sort((a, b) => a.seg_id - b.seg_id);
      texts[key.startsWith('mt\t') ? 'mt' : 'human'].push(
        ...joined(
          group.map((row) => row.target),
          options.chunk,
        ),
      );
    }
    const mt = flagRate(texts.mt, 'zh');
    const refs = flagRate(texts.human, 'zh');
    human['zh-en human translations (TED talks 6, 9)'] = refs;
    ratios.push({ name: 'zh-en TED talks 6, 9', mt, human: refs });
  }
  if (options.readability && existsSync(options.readability)) {
    const texts: string[] = [];
    for (const entry of readdirSync(options.readability, { withFileTypes: true })) {
      const expected = join(options.readability, entry.name, 'expected.html');
      if (!entry.isDirectory() || !existsSync(expected)) continue;
      const { dom } = parsePage(readPage(expected), 'http://fakehost/');
      const text = blockText(dom.window.document.body);
      dom.window.close();
      // English pages only: analyzeText flags nothing else, and other languages' words would dilute the rate.
      if (analyzeText(text.slice(0, 3000)).language === 'en') texts.push(text);
    }
    human[`readability-pages, English (${texts.length} pages)`] = flagRate(texts, null);
  }
  lines.push('', 'Human English: flags per 1000 words (target: at most 0.5)');
  lines.push(
    `  ${''.padEnd(44)}${'words'.padStart(8)}${TIERS.map((tier) => tier.padStart(8)).join('')}${UNGATED.padStart(20)}${CONSISTENCY.padStart(13)}`,
  );
  for (const [name, stats] of Object.entries(human))
    lines.push(
      `  ${name.padEnd(44)}${String(stats.words).padStart(8)}${TIERS.map((tier) => per1000(stats.flags[tier]!, stats.words).toFixed(2).padStart(8)).join('')}${per1000(stats.flags[UNGATED]!, stats.words).toFixed(2).padStart(20)}${per1000(stats.flags[CONSISTENCY]!, stats.words).toFixed(2).padStart(13)}`,
    );
  lines.push('', 'MT against human translations of the same sources: flags per 1000 words (target: MT at least 2x)');
  for (const ratio of ratios)
    for (const tier of [...TIERS, UNGATED, CONSISTENCY]) {
      const mt = per1000(ratio.mt.flags[tier]!, ratio.mt.words);
      const refs = per1000(ratio.human.flags[tier]!, ratio.human.words);
      lines.push(
        `  ${ratio.name.padEnd(26)}${tier.padEnd(19)} MT ${mt.toFixed(2).padStart(6)}  human ${refs.toFixed(2).padStart(6)}  ratio ${(refs ? mt / refs : Infinity).toFixed(2)}`,
      );
    }
  json.human = human;
  json.ratios = ratios;
  lines.push('', `${((performance.now() - started) / 1000).toFixed(0)} s in all`);
  const out = options.out || join('bench-results', `flags-words-${options.split}.json`);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(json, (_, value) => (value === Infinity ? 'Infinity' : value), 2)}\n`);
  lines.push(`full result: ${out}`);
  console.log(lines.join('\n'));
}
