/**
 * How usual a word, word pair or triple is in English, as a count band, from
 * lib/data/english/ngrams.json: the hashes of the n-grams seen often enough in
 * openly licensed English (see lib/data/flags/README.md). A hash stands for
 * its n-gram, so about one unseen n-gram in `2^bits / entries` reads as seen:
 * the price of a table small enough for the report script.
 *
 * The table is stored in the form it is searched in: a page that loads it
 * unpacks nothing, not even a loop over it (issue 11: the Rice-coded form it
 * replaced took ~260 ms to decode and sort in a fresh Chromium page, more
 * than scoring an article, and code that runs once runs slowly there). The
 * hashes fall into buckets by their top 16 bits, about two a bucket. Per
 * bucket a digit says how many entries it holds, and every 16th bucket's
 * first entry is written out (three digits); an entry is the hash's last byte
 * (base64, decoded natively by `atob`) and its band (a letter, one per
 * entry, which gzip codes in about the 2.5 bits of their entropy). A lookup
 * adds up at most 15 counts and reads a bucket's few entries.
 */
import type { NgramBands } from './features';

export const NGRAM_TABLE_BITS = 24;

/** Bits of the hash an entry keeps (one byte); the bits above name its bucket. */
const ENTRY_HASH_BITS = 8;
/** Every this many buckets, where the bucket's entries start is written out. */
const STRIDE = 16;
/** Counts are written as characters from '0' on, bands from 'a' on: printable, no JSON escape. */
const COUNT_BASE = 48;
const BAND_BASE = 96;
const MAX_BUCKET = 40;

/** Digits of 0..63 for the written-out starts: characters from '#' on, '\\' left out. */
function digit(value: number): number {
  return value < 57 ? 35 + value : 36 + value;
}

function digitValue(code: number): number {
  return code < 92 ? code - 35 : code - 36;
}

export interface NgramTableData {
  about?: string;
  /** Bits of the hash kept. */
  bits: number;
  /** One character per bucket (the top `bits - 8` bits of the hash): '0' + how many entries it holds. */
  counts: string;
  /** For bucket 0, 16, 32, ...: the index of its first entry, three digits (see `digit`). */
  starts: string;
  /** base64 of one byte per entry, in hash order: the hash's last 8 bits. */
  keys: string;
  /** One character per entry, in the same order: 'a' - 1 + its band (1..15). */
  bands: string;
}

/** FNV-1a over the keys joined by U+0001, with a seed, finished with a mixer: 32 bits. */
export function ngramHash(keys: readonly string[], seed = 1): number {
  return hashParts(seed, keys[0]!, keys[1], keys[2]);
}

function hashParts(seed: number, first: string, second?: string, third?: string): number {
  let hash = (0x811c9dc5 ^ Math.imul(seed, 0x9e3779b1)) >>> 0;
  for (let index = 0; index < first.length; index++) hash = Math.imul(hash ^ first.charCodeAt(index), 0x01000193);
  if (second !== undefined) {
    hash = Math.imul(hash ^ 1, 0x01000193);
    for (let index = 0; index < second.length; index++) hash = Math.imul(hash ^ second.charCodeAt(index), 0x01000193);
  }
  if (third !== undefined) {
    hash = Math.imul(hash ^ 1, 0x01000193);
    for (let index = 0; index < third.length; index++) hash = Math.imul(hash ^ third.charCodeAt(index), 0x01000193);
  }
  hash ^= hash >>> 15;
  hash = Math.imul(hash, 0x2c1b3c6d);
  hash ^= hash >>> 12;
  return hash >>> 0;
}

/** 0 for unseen, else 1 + log2 of the count, at most 15. */
export function countBand(count: number): number {
  return count <= 0 ? 0 : Math.min(15, 1 + Math.floor(Math.log2(count)));
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function toBase64(bytes: number[]): string {
  let out = '';
  for (let index = 0; index < bytes.length; index += 3) {
    const [a = 0, b = 0, c = 0] = [bytes[index], bytes[index + 1], bytes[index + 2]];
    const triple = (a << 16) | (b << 8) | c;
    const chars = Math.min(4, Math.ceil(((bytes.length - index) * 4) / 3));
    for (let char = 0; char < chars; char++) out += BASE64[(triple >> (18 - 6 * char)) & 63];
  }
  return out.padEnd(Math.ceil(out.length / 4) * 4, '=');
}

/**
 * The table for `entries` ([hash, band] with band 1..15; the hash is cut to
 * `bits`). Two n-grams with one cut hash keep the higher band: the table may
 * only over-state.
 */
export function encodeNgramTable(entries: ReadonlyArray<readonly [number, number]>, bits: number): NgramTableData {
  const mask = bits >= 32 ? 0xffffffff : (1 << bits) - 1;
  const seen = new Map<number, number>();
  for (const [hash, band] of entries) {
    const cut = (hash & mask) >>> 0;
    seen.set(cut, Math.max(seen.get(cut) ?? 0, band));
  }
  if (seen.size >= 64 ** 3) throw new Error(`n-gram table: over ${64 ** 3} entries`);
  const sorted = [...seen].sort((a, b) => a[0] - b[0]);
  const counts = new Array<number>(2 ** Math.max(0, bits - ENTRY_HASH_BITS)).fill(0);
  const keys: number[] = [];
  let bands = '';
  for (const [cut, band] of sorted) {
    const bucket = Math.floor(cut / 2 ** ENTRY_HASH_BITS);
    if (++counts[bucket]! > MAX_BUCKET) throw new Error(`n-gram table: bucket ${bucket} holds over ${MAX_BUCKET} entries`);
    keys.push(cut % 2 ** ENTRY_HASH_BITS);
    bands += String.fromCharCode(BAND_BASE + band);
  }
  let starts = '';
  let start = 0;
  counts.forEach((count, bucket) => {
    if (bucket % STRIDE === 0) starts += String.fromCharCode(digit(start >> 12), digit((start >> 6) & 63), digit(start & 63));
    start += count;
  });
  return { bits, counts: counts.map((count) => String.fromCharCode(COUNT_BASE + count)).join(''), starts, keys: toBase64(keys), bands };
}

/** Bands looked up in the table as stored: nothing is decoded beforehand but the keys' base64, natively. */
export function decodeNgramTable(data: NgramTableData): NgramBands {
  const keys = atob(data.keys);
  const { counts, starts, bands } = data;
  const mask = data.bits >= 32 ? 0xffffffff : (1 << data.bits) - 1;
  return {
    band(first, second, third) {
      const hash = (hashParts(1, first, second, third) & mask) >>> 0;
      const bucket = hash >>> ENTRY_HASH_BITS;
      const key = hash & 255;
      const written = bucket - (bucket % STRIDE);
      const digits = (written / STRIDE) * 3;
      let at =
        digitValue(starts.charCodeAt(digits)) * 4096 +
        digitValue(starts.charCodeAt(digits + 1)) * 64 +
        digitValue(starts.charCodeAt(digits + 2));
      for (let before = written; before < bucket; before++) at += counts.charCodeAt(before) - COUNT_BASE;
      for (const end = at + counts.charCodeAt(bucket) - COUNT_BASE; at < end; at++) {
        const stored = keys.charCodeAt(at);
        if (stored >= key) return stored === key ? bands.charCodeAt(at) - BAND_BASE : 0;
      }
      return 0;
    },
  };
}
