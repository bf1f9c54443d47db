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
 * hashes fall into buckets by their top 16 bits, about two a bucket; an entry
 * is the hash's last byte (base64, decoded natively by `atob`) and its band.
 * A lookup adds up at most 31 bucket counts (16 characters) from the
 * nearest written-out start and reads its bucket's few entries.
 *
 * Counts and bands are packed two to a character (4 bits each) and each
 * start is written as its distance from where an even spread would put it
 * (two digits, not three): with one character of a few likely values per
 * count or band, gzip found short repeats that cost more than they saved
 * (counts 23.4 → 20.4 kB, bands 42.3 → 39.2 kB), and the starts fall from
 * 9.2 to 2.5 kB. Every one of the 2^24 hashes reads back the band it read
 * before; only the file shrank (192,108 → 178,349 bytes gzip). A packed pair
 * above U+007F is a two-byte character in the file; only rare pairs (a first
 * bucket of six or more entries, a first band of 7 or more) are.
 */
import type { NgramBands } from './features';

export const NGRAM_TABLE_BITS = 24;

/** Bits of the hash an entry keeps (one byte); the bits above name its bucket. */
const ENTRY_HASH_BITS = 8;
/** Every this many buckets (a multiple of 2: buckets pair up), where the bucket's entries start is written out. */
const STRIDE = 32;
/** A pair of counts is the character `COUNT_BASE + (first << 4 | second)`: from '#', so the common pairs need no JSON escape. */
const COUNT_BASE = 0x23;
/** A pair of bands (each 1..15; 0 pads an odd last pair) is `BAND_BASE + (first << 4 | second)`: from U+0020, as the first band is never 0. */
const BAND_BASE = 0x10;
const MAX_BUCKET = 15;
/** A start is written as its distance from the even spread plus this, in two digits of 64. */
const START_OFFSET = 2048;

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
  /** How many entries the table holds: with the bucket count, the even spread the starts are written against. */
  entries: number;
  /** One character per two buckets (the top `bits - 8` bits of the hash): COUNT_BASE + their entry counts, 4 bits each. */
  counts: string;
  /** For bucket 0, STRIDE, 2 STRIDE, ...: the index of its first entry less `floor(bucket * entries / buckets)`, plus START_OFFSET, two digits (see `digit`). */
  starts: string;
  /** base64 of one byte per entry, in hash order: the hash's last 8 bits. */
  keys: string;
  /** One character per two entries, in the same order: BAND_BASE + their bands, 4 bits each. */
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

/** Where an even spread of `entries` over `buckets` would start `bucket` (exact: `buckets` is a power of two). */
function evenStart(bucket: number, entries: number, buckets: number): number {
  return Math.floor((bucket * entries) / buckets);
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
    if (!(band >= 1 && band <= 15)) throw new Error(`n-gram table: band ${band} outside 1..15`);
    const cut = (hash & mask) >>> 0;
    seen.set(cut, Math.max(seen.get(cut) ?? 0, band));
  }
  const sorted = [...seen].sort((a, b) => a[0] - b[0]);
  const bucketCount = 2 ** Math.max(1, bits - ENTRY_HASH_BITS);
  const counts = new Array<number>(bucketCount).fill(0);
  const keys: number[] = [];
  for (const [cut] of sorted) {
    const bucket = Math.floor(cut / 2 ** ENTRY_HASH_BITS);
    if (++counts[bucket]! > MAX_BUCKET) throw new Error(`n-gram table: bucket ${bucket} holds over ${MAX_BUCKET} entries`);
    keys.push(cut % 2 ** ENTRY_HASH_BITS);
  }
  let bands = '';
  for (let index = 0; index < sorted.length; index += 2)
    bands += String.fromCharCode(BAND_BASE + ((sorted[index]![1] << 4) | (sorted[index + 1]?.[1] ?? 0)));
  let packedCounts = '';
  for (let bucket = 0; bucket < bucketCount; bucket += 2)
    packedCounts += String.fromCharCode(COUNT_BASE + ((counts[bucket]! << 4) | counts[bucket + 1]!));
  let starts = '';
  let start = 0;
  counts.forEach((count, bucket) => {
    if (bucket % STRIDE === 0) {
      const written = start - evenStart(bucket, sorted.length, bucketCount) + START_OFFSET;
      if (written < 0 || written >= 64 * 64) throw new Error(`n-gram table: bucket ${bucket} starts too far from an even spread`);
      starts += String.fromCharCode(digit(written >> 6), digit(written & 63));
    }
    start += count;
  });
  return { bits, entries: sorted.length, counts: packedCounts, starts, keys: toBase64(keys), bands };
}

/** Bands looked up in the table as stored: nothing is decoded beforehand but the keys' base64, natively. */
export function decodeNgramTable(data: NgramTableData): NgramBands {
  const lookup = ngramTableLookup(data);
  const mask = data.bits >= 32 ? 0xffffffff : (1 << data.bits) - 1;
  return {
    band(first, second, third) {
      return lookup((hashParts(1, first, second, third) & mask) >>> 0);
    },
  };
}

/** The band stored for a hash already cut to the table's bits, 0 if none is. */
export function ngramTableLookup(data: NgramTableData): (hash: number) => number {
  const keys = atob(data.keys);
  const { counts, starts, bands, entries } = data;
  const bucketCount = counts.length * 2;
  return (hash) => {
    const bucket = hash >>> ENTRY_HASH_BITS;
    const key = hash & 255;
    const written = bucket - (bucket % STRIDE);
    const digits = (written / STRIDE) * 2;
    let at =
      evenStart(written, entries, bucketCount) +
      digitValue(starts.charCodeAt(digits)) * 64 +
      digitValue(starts.charCodeAt(digits + 1)) -
      START_OFFSET;
    const pair = bucket >> 1;
    for (let before = written >> 1; before < pair; before++) {
      const both = counts.charCodeAt(before) - COUNT_BASE;
      at += (both >> 4) + (both & 15);
    }
    const both = counts.charCodeAt(pair) - COUNT_BASE;
    let count = both >> 4;
    if (bucket & 1) {
      at += count;
      count = both & 15;
    }
    for (const end = at + count; at < end; at++) {
      const stored = keys.charCodeAt(at);
      if (stored >= key) return stored === key ? ((bands.charCodeAt(at >> 1) - BAND_BASE) >> (at & 1 ? 0 : 4)) & 15 : 0;
    }
    return 0;
  };
}
