/**
 * Spelling conversion: a name in a source orthography → Cyrillic → English.
 * No judgement here on whether the name is Cyrillic at all; see analyse.ts.
 */
import type { Mapping, Orthography } from './tables';
import { ENGLISH, TABLES } from './tables';
import { memoTable } from './memo';

export interface Segment {
  /** The source text of this piece, as written (original case). */
  source: string;
  start: number;
  end: number;
  mapping: Mapping;
}

/** Per-character lower case, so offsets into the word stay valid. */
export function lowerKeepingLength(word: string): string {
  let out = '';
  for (const ch of word) {
    const lower = ch.toLowerCase();
    out += lower.length === ch.length ? lower : ch;
  }
  return out;
}

const byFirstLetter = new WeakMap<readonly Mapping[], Map<string, Mapping[]>>();

/** The mappings that can start with `letter`, in table order (longest first). */
function startingWith(mappings: readonly Mapping[], letter: string): readonly Mapping[] {
  let index = byFirstLetter.get(mappings);
  if (!index) {
    index = new Map();
    for (const m of mappings) {
      const first = m.from.charAt(0);
      index.set(first, [...(index.get(first) ?? []), m]);
    }
    byFirstLetter.set(mappings, index);
  }
  return index.get(letter) ?? [];
}

/** Greedy longest-match segmentation; null when a character has no mapping (digits, other scripts). */
export function segment(word: string, mappings: readonly Mapping[]): Segment[] | null {
  const lower = lowerKeepingLength(word);
  const segments: Segment[] = [];
  let i = 0;
  while (i < lower.length) {
    const prefix = lower.slice(0, i);
    const mapping = startingWith(mappings, lower.charAt(i)).find(
      (m) =>
        lower.startsWith(m.from, i) && (!m.after || m.after.test(prefix)) && (!m.before || m.before.test(lower.slice(i + m.from.length))),
    );
    if (!mapping) return null;
    segments.push({ source: word.slice(i, i + mapping.from.length), start: i, end: i + mapping.from.length, mapping });
    i += mapping.from.length;
  }
  return segments;
}

/** The best output, then one variant per alternative (changing one piece at a time keeps the list short and ranked). */
function variants(segments: readonly Segment[], limit: number): string[] {
  const best = segments.map((s) => s.mapping.to);
  const out = [best.join('')];
  const add = (changed: string[]) => {
    const text = changed.join('');
    if (out.length < limit && !out.includes(text)) out.push(text);
  };
  const choices = segments.flatMap((s, i) => s.mapping.alt.map((alt) => [i, alt] as const));
  for (const [i, alt] of choices) {
    const changed = [...best];
    changed[i] = alt;
    add(changed);
  }
  // Two letters at once: German Saluschnyj is З and Ж together.
  for (let a = 0; a < choices.length; a++) {
    for (let b = a + 1; b < choices.length; b++) {
      const [i, altI] = choices[a]!;
      const [j, altJ] = choices[b]!;
      if (i === j) continue;
      const changed = [...best];
      changed[i] = altI;
      changed[j] = altJ;
      add(changed);
    }
  }
  return out;
}

/** Cyrillic (the merged alphabet of english.json) → English romanisations, best first. */
export function romanise(cyr: string, limit = 6): string[] {
  const segments = segment(cyr, ENGLISH.letters);
  return segments ? variants(segments, limit) : [];
}

/** A source-orthography word → its Cyrillic readings, best first, or null when it can't be read. */
const cyrillicReadings = memoTable<{ segments: Segment[]; readings: string[] } | null>();

export function toCyrillic(word: string, orthography: Orthography): { segments: Segment[]; readings: string[] } | null {
  return cyrillicReadings(`${orthography}\u0000${word}`, () => {
    const segments = segment(lemma(word, orthography), TABLES[orthography].graphemes);
    return segments ? { segments, readings: variants(segments, 6) } : null;
  });
}

/** Polish news inflects names (Zełenskiego); the dictionary form is what English writes. */
export function lemma(word: string, orthography: Orthography): string {
  const lower = lowerKeepingLength(word);
  for (const { suffix, base } of TABLES[orthography].inflections) {
    if (lower.endsWith(suffix) && lower.length - suffix.length >= 3) return word.slice(0, word.length - suffix.length) + base;
  }
  return word;
}

function capitalise(english: string, like: string): string {
  if (like.length > 1 && like === like.toUpperCase()) return english.toUpperCase();
  return english.charAt(0).toUpperCase() + english.slice(1);
}

export interface EnglishForms {
  /** The spelling English-language news would use. */
  english: string;
  /** Other plausible English spellings, best first, `english` included. */
  candidates: string[];
  /** The best Cyrillic reading (merged Russian/Ukrainian alphabet). */
  cyrillic: string;
  /** Whether some reading of the name is already spelled as English spells it (Polish ‘Nabiullina’). */
  englishAlready: boolean;
}

function wordForms(word: string, orthography: Orthography): EnglishForms | null {
  const read = toCyrillic(word, orthography);
  if (!read) return null;
  const candidates: string[] = [];
  const romanised = read.readings.map((reading) => romanise(reading));
  // Each reading's best spelling before any reading's second best.
  for (const rank of [0, 1, 2, 3, 4, 5]) {
    for (const romans of romanised) {
      const roman = romans[rank];
      if (roman !== undefined && !candidates.includes(roman)) candidates.push(roman);
    }
  }
  const lower = word.toLowerCase();
  // Polish ‘Nabiullina’ has a reading English spells the same: that one comes first.
  const englishAlready = romanised.some((romans) => romans[0] === lower);
  if (englishAlready) candidates.unshift(...candidates.splice(candidates.indexOf(lower), 1));
  const established = candidates.map((c) => ENGLISH.established.get(c)).find((e) => e !== undefined);
  const ordered = established ? [established.toLowerCase(), ...candidates.filter((c) => c !== established.toLowerCase())] : candidates;
  const shown = ordered.slice(0, 6).map((c) => capitalise(c, word));
  return { english: shown[0] ?? word, candidates: shown, cyrillic: read.readings[0] ?? '', englishAlready };
}

/**
 * The usual English form of a name written in `orthography`: "Pieskow", "pl" → "Peskov".
 * Hyphenated and multi-word names are converted part by part; a part that can't be read stays as it is.
 */
const englishForms = memoTable<EnglishForms>();

export function toEnglishForms(name: string, orthography: Orthography): EnglishForms {
  return englishForms(`${orthography}\u0000${name}`, () => englishFormsOf(name, orthography));
}

function englishFormsOf(name: string, orthography: Orthography): EnglishForms {
  const parts = name.normalize('NFC').split(/([\s\-‐]+)/u);
  const forms = parts.map((part, i) => (i % 2 === 1 || part === '' ? null : wordForms(part, orthography)));
  const english = parts.map((part, i) => forms[i]?.english ?? part).join('');
  const cyrillic = parts.map((part, i) => forms[i]?.cyrillic ?? part).join('');
  // Whole-name exceptions (Kasym-Żomart → Kassym-Jomart) beat the part-by-part result.
  const whole = ENGLISH.established.get(english.toLowerCase());
  const candidates = new Set<string>([whole ?? english, english]);
  parts.forEach((_, i) => {
    for (const alt of forms[i]?.candidates.slice(1) ?? []) {
      if (candidates.size >= 6) break;
      candidates.add(parts.map((p, j) => (j === i ? alt : (forms[j]?.english ?? p))).join(''));
    }
  });
  const englishAlready = forms.every((form, i) => (form ? form.englishAlready : i % 2 === 1 || parts[i] === ''));
  return { english: whole ?? english, candidates: [...candidates], cyrillic, englishAlready };
}

/** The usual English form of a name written in `orthography`: "Pieskow", "pl" → "Peskov". */
export function toEnglish(name: string, orthography: Orthography): string {
  return toEnglishForms(name, orthography).english;
}
