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

export function findPhrase(text: string, phrase: string, caseSensitive = false): PhraseHit[] {
  const hits: PhraseHit[] = [];
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
  return words.some((word) => phrasePattern(word, true).test(window));
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
