/**
 * How usual a word, word pair or triple is in English, as a count band, from
 * lib/data/english/ngrams.json: the hashes of the n-grams seen often enough in
 * openly licensed English (see lib/data/flags/README.md), one sorted
 * Rice-coded list per band. A hash stands for its n-gram, so about one
 * unseen n-gram in `2^bits / entries` reads as seen: the price of a table
 * small enough for the report script.
 */
import type { NgramBands } from './features';

export const NGRAM_TABLE_BITS = 24;

export interface NgramTableData {
  about?: string;
  /** Bits of the hash kept. */
  bits: number;
  /** bands[b - 1]: `k:count:base64` of the Rice-coded gaps between the sorted hashes of the n-grams in band b ('' if none). */
  bands: string[];
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
  return out;
}

const BASE64_VALUE = new Uint8Array(128);
for (let index = 0; index < BASE64.length; index++) BASE64_VALUE[BASE64.charCodeAt(index)] = index;

function fromBase64(text: string): Uint8Array {
  const bytes = new Uint8Array(Math.floor((text.length * 3) / 4));
  let at = 0;
  for (let index = 0; index < text.length; index += 4) {
    let triple = 0;
    for (let char = 0; char < 4; char++)
      triple = (triple << 6) | (index + char < text.length ? BASE64_VALUE[text.charCodeAt(index + char)]! : 0);
    for (let byte = 0; byte < 3 && at < bytes.length; byte++) bytes[at++] = (triple >> (16 - 8 * byte)) & 255;
  }
  return bytes;
}

/**
 * The Rice-coded gaps of one band, summed back into the sorted hashes, each written to `out` from `at` as
 * hash * 16 + `band`. Reads whole bytes where it can: the table is unpacked on the first scored text, in the page.
 */
function riceDecode(bytes: Uint8Array, k: number, count: number, band: number, out: Float64Array | Uint32Array, at: number): void {
  let position = 0;
  let value = 0;
  const scale = 2 ** k;
  for (let entry = 0; entry < count; entry++) {
    // The unary high part: the 1 bits up to the next 0, counted a byte at a time.
    let quotient = 0;
    for (;;) {
      const offset = position & 7;
      const ones = Math.clz32(~(((bytes[position >> 3]! << offset) & 255) << 24));
      if (ones < 8 - offset) {
        quotient += ones;
        position += ones + 1;
        break;
      }
      quotient += 8 - offset;
      position += 8 - offset;
    }
    // The low k bits, as many at a time as the current byte holds.
    let remainder = 0;
    for (let left = k; left > 0;) {
      const available = 8 - (position & 7);
      const take = available < left ? available : left;
      remainder = remainder * 2 ** take + ((bytes[position >> 3]! >> (available - take)) & ((1 << take) - 1));
      position += take;
      left -= take;
    }
    value += quotient * scale + remainder;
    out[at++] = value * 16 + band;
  }
}

/**
 * The table for `entries` ([hash, band] with band 1..15; the hash is cut to
 * `bits`): per band, the sorted hashes' gaps in Rice code (a gap's high part
 * in unary, its low `k` bits as they are), about two bits per entry less than
 * bytes would take.
 */
export function encodeNgramTable(entries: ReadonlyArray<readonly [number, number]>, bits: number): NgramTableData {
  const mask = bits >= 32 ? 0xffffffff : (1 << bits) - 1;
  const perBand: number[][] = Array.from({ length: 15 }, () => []);
  const seen = new Map<number, number>();
  for (const [hash, band] of entries) {
    const cut = (hash & mask) >>> 0;
    // Two n-grams with one hash: keep the higher band (the table may only over-state).
    seen.set(cut, Math.max(seen.get(cut) ?? 0, band));
  }
  for (const [cut, band] of seen) perBand[band - 1]!.push(cut);
  const bands = perBand.map((list) => {
    if (list.length === 0) return '';
    list.sort((a, b) => a - b);
    const k = Math.max(0, Math.floor(Math.log2(2 ** bits / list.length)));
    const out: number[] = [];
    let byte = 0;
    let filled = 0;
    const put = (bit: number) => {
      byte = (byte << 1) | bit;
      if (++filled === 8) {
        out.push(byte);
        byte = 0;
        filled = 0;
      }
    };
    let previous = 0;
    for (const value of list) {
      const gap = value - previous;
      previous = value;
      for (let quotient = Math.floor(gap / 2 ** k); quotient > 0; quotient--) put(1);
      put(0);
      for (let bit = k - 1; bit >= 0; bit--) put(Math.floor(gap / 2 ** bit) & 1);
    }
    while (filled !== 0) put(1); // padding reads as an unfinished unary run, never as an entry
    return `${k}:${list.length}:${toBase64(out)}`;
  });
  return { bits, bands };
}

/** Every entry of the table as hash * 16 + band, sorted. */
export function unpackNgramTable(data: NgramTableData): Uint32Array | Float64Array {
  const total = data.bands.reduce((sum, encoded) => sum + (encoded ? Number(encoded.split(':')[1]) : 0), 0);
  // Hashes of up to 28 bits fit with their band in 32: a Uint32Array sorts faster than a Float64Array.
  const packed = data.bits <= 28 ? new Uint32Array(total) : new Float64Array(total);
  let at = 0;
  data.bands.forEach((encoded, index) => {
    if (!encoded) return;
    const [kText = '0', countText = '0', payload = ''] = encoded.split(':');
    const count = Number(countText);
    riceDecode(fromBase64(payload), Number(kText), count, index + 1, packed, at);
    at += count;
  });
  return packed.sort();
}

/** Bands looked up in a decoded table: one sorted array of hashes and their bands, searched by halves. */
export function decodeNgramTable(data: NgramTableData): NgramBands {
  // Each entry as hash * 16 + band in one typed array: its numeric sort is fast, and a search needs no second array.
  const packed = unpackNgramTable(data);
  const mask = data.bits >= 32 ? 0xffffffff : (1 << data.bits) - 1;
  return {
    band(first, second, third) {
      const target = ((hashParts(1, first, second, third) & mask) >>> 0) * 16;
      let low = 0;
      let high = packed.length;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if (packed[middle]! < target) low = middle + 1;
        else high = middle;
      }
      const found = packed[low];
      return found !== undefined && found - target < 16 ? found - target : 0;
    },
  };
}
