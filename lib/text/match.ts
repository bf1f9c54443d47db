/** Helpers to find phrases in text on word boundaries, in any script. */

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A regexp for `phrase` not glued to letters or digits on either side; `global: false` for `.test()` and `.match()`'s first hit. */
export function phrasePattern(phrase: string, caseSensitive = false, global = true): RegExp {
  const start = /^[\p{L}\p{N}]/u.test(phrase) ? '(?<![\\p{L}\\p{N}])' : '';
  const end = /[\p{L}\p{N}]$/u.test(phrase) ? '(?![\\p{L}\\p{N}])' : '';
  return new RegExp(`${start}${escapeRegExp(phrase).replace(/ /g, '\\s+')}${end}`, `${global ? 'g' : ''}${caseSensitive ? 'u' : 'iu'}`);
}

export interface PhraseHit {
  start: number;
  end: number;
  text: string;
}

/**
 * Cheap literal check before a phrase's RegExp runs. V8 compiles a RegExp on
 * its first use, and a case-insensitive Unicode one with lookarounds costs
 * about a millisecond: the detector and the flags ask about a thousand
 * phrases, so without this the first analysis of a page spent most of its
 * time compiling patterns for phrases the text does not contain.
 * False only when the phrase cannot occur: its first word (Latin or Cyrillic
 * letters and digits, where lower-casing and the RegExp's case folding agree)
 * is not in the text.
 */
export function mayContain(text: string, phrase: string, caseSensitive = false): boolean {
  const key = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{N}]+/u.exec(phrase.replace(/^[^\p{L}\p{N}]+/u, ''))?.[0];
  if (!key) return true;
  return caseSensitive ? text.includes(key) : foldCase(text).includes(foldCase(key));
}

// A few entries: callers ask about the same texts (the article, the whole page) many times, in turns.
const FOLD_CACHE_SIZE = 4;
const foldCache = new Map<string, string>();
/** Lower case as the RegExp i flag compares (toLowerCase leaves the long s alone; /iu reads it as s). */
const fold = (text: string) => text.toLowerCase().replace(/ſ/g, 's');

/** `fold`, remembered for long texts. */
function foldCase(text: string): string {
  if (text.length < 64) return fold(text);
  let folded = foldCache.get(text);
  if (folded === undefined) {
    folded = fold(text);
    if (foldCache.size >= FOLD_CACHE_SIZE) foldCache.delete(foldCache.keys().next().value!);
    // An analysis runs in one synchronous pass: forget the texts after it, so
    // that a long-lived tab does not keep a long page's text twice in memory.
    if (foldCache.size === 0) setTimeout(() => foldCache.clear(), 0);
    foldCache.set(text, folded);
  }
  return folded;
}

export function findPhrase(text: string, phrase: string, caseSensitive = false): PhraseHit[] {
  const hits: PhraseHit[] = [];
  if (!mayContain(text, phrase, caseSensitive)) return hits;
  for (const match of text.matchAll(phrasePattern(phrase, caseSensitive))) {
    hits.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
  }
  return hits;
}

/** "Żółw-Łódź" → "zolw-lodz": lower case without diacritics, for slugs and file names. */
export function foldToAscii(text: string): string {
  return text
    .toLowerCase()
    .replace(/ł/g, 'l')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

/** Whether any of `words` occurs within `radius` characters of [start, end). */
export function nearAny(text: string, start: number, end: number, words: readonly string[], radius = 400): boolean {
  const window = text.slice(Math.max(0, start - radius), Math.min(text.length, end + radius));
  return words.some((word) => mayContain(window, word, true) && phrasePattern(word, true).test(window));
}

/** Where an institution name is suspicious: near a country that names it otherwise, and not near its own. */
export function suspiciousInContext(
  text: string,
  hit: PhraseHit,
  context: { honestNear?: readonly string[]; suspectNear?: readonly string[] },
): boolean {
  if (context.honestNear && nearAny(text, hit.start, hit.end, context.honestNear)) return false;
  if (context.suspectNear && !nearAny(text, hit.start, hit.end, context.suspectNear)) return false;
  return true;
}
