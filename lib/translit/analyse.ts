/**
 * Whether a capitalised word is a Russian/Ukrainian (etc.) name that a Polish,
 * Czech, German or French text spelled its own way, as machine translation
 * leaves it in English.
 *
 * Three kinds of evidence are weighed, each from the tables:
 *  - markers: graphemes English romanisation never writes for that sound
 *    (Polish ‘sz’ for Ш, German ‘w’ for В);
 *  - origin: the word read back into Cyrillic looks East Slavic (‑ов, ‑енко,
 *    a known given name) or has sequences the source language's own names lack;
 *  - native: sequences that say the word is the source language's own
 *    (Polish ‘rz’, Czech ‘ř’, German ‘-mann’), which must stay as they are.
 * Words that are English, or honest names the tables list, are never claimed.
 */
import type { Orthography, OrthographyTable } from './tables';
import { ENGLISH, ORTHOGRAPHIES, TABLES, isOrthography, normaliseCyrillic } from './tables';
import { romanise, toCyrillic, toEnglishForms, lowerKeepingLength } from './convert';
import { foldToAscii } from '../text/match';

export interface TransliteratedName {
  word: string;
  orthography: Orthography;
  /** The best English form. */
  english: string;
  /** Plausible English forms, best first. */
  candidates: string[];
  /** 0–1: how likely the word is a Cyrillic name spelled the `orthography` way. */
  confidence: number;
  /** Plain-words reasons, one per marker. */
  why: string;
}

export interface AnalyseOptions {
  /** Orthographies to try; all four by default. */
  orthographies?: readonly string[];
  /** Extra origin evidence from outside the word (a Slavic given name beside it, other names on the page), per orthography or for all. */
  originBonus?: number | Partial<Record<Orthography, number>>;
  /** Leave out lookalikes.json; only for regenerating that list. */
  ignoreLookalikes?: boolean;
  /** Orthographies known to be the page's, whose graphemes shared with English romanisation (French ‘ch’) count alone. */
  trustShared?: readonly Orthography[];
}

function escapeForClass(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Per orthography, any grapheme that can be a marker, whatever its context. */
const MARKER_GRAPHEMES: Readonly<Record<Orthography, RegExp>> = Object.fromEntries(
  ORTHOGRAPHIES.map((code) => {
    const graphemes = [...new Set(TABLES[code].graphemes.filter((m) => m.marker > 0).map((m) => m.from))];
    return [code, new RegExp(graphemes.map(escapeForClass).join('|'), 'u')];
  }),
) as Record<Orthography, RegExp>;

/** A marker this strong (Polish ‘w’, German ‘sch’) lets context count. */
const STRONG_MARKER = 0.44;

/** Above this a word is claimed. */
export const DEFAULT_MIN_CONFIDENCE = 0.5;

interface Evidence {
  marker: number;
  origin: number;
  native: number;
  givenName: boolean;
  reasons: string[];
}

const UKRAINIAN_ONLY = /[һїє]/u;
/** Letters much rarer in East Slavic names than the ones another orthography would read instead. */
const RARE_LETTERS = /[цщэ]/gu;

function capitaliseFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function markerReason(table: OrthographyTable, source: string, cyr: string, english: string, template?: string): string {
  if (template) return template;
  const script = UKRAINIAN_ONLY.test(cyr) ? 'Ukrainian' : 'Russian';
  return `‘${capitaliseFirst(source.toLowerCase())}’ is how ${table.language} writes the ${script} ‘${cyr.replace(/ь/g, '').toUpperCase()}’, which English writes ‘${capitaliseFirst(english)}’.`;
}

/** Whether the word is a known given name once read into Cyrillic. */
function isGivenName(readings: readonly string[]): boolean {
  return readings.some((reading) => ENGLISH.givenNames.has(normaliseCyrillic(reading)));
}

function endingWeight(table: OrthographyTable, cyr: string): number {
  const lower = cyr.toLowerCase();
  for (const ending of ENGLISH.endings) {
    // A stem must come before the ending: ‘Ов’ alone is nothing, and ‘Crow’ is no ‘Кров’.
    if (lower.endsWith(ending.cyr) && lower.length - ending.cyr.length >= Math.max(2, 5 - ending.cyr.length)) {
      return table.endingWeights[ending.cyr] ?? ending.weight;
    }
  }
  return 0;
}

function evidenceFor(word: string, table: OrthographyTable, trustShared = false): Evidence | null {
  const read = toCyrillic(word, table.code);
  if (!read) return null;
  const lower = lowerKeepingLength(word);
  const markers = new Map<string, { weight: number; reason: string; shared: boolean }>();
  for (const segment of read.segments) {
    const { mapping } = segment;
    if (mapping.marker <= 0) continue;
    // A grapheme is a marker only where English would spell the sound differently.
    const english = romanise(mapping.to)[0] ?? '';
    if (english === segment.source.toLowerCase()) continue;
    const key = mapping.from;
    const previous = markers.get(key);
    if (!previous || previous.weight < mapping.marker) {
      markers.set(key, {
        weight: mapping.marker,
        reason: markerReason(table, segment.source, mapping.to, english, mapping.why),
        shared: mapping.shared,
      });
    }
  }
  // Chernenko, Kuznetsov: a word whose only markers English romanisation writes too is English.
  const counted = trustShared || [...markers.values()].some((m) => !m.shared) ? [...markers.values()] : [];
  let missing = 1;
  for (const { weight } of counted) missing *= 1 - weight;
  let origin = Math.max(...read.readings.map((reading) => endingWeight(table, reading)));
  for (const pattern of table.origin) if (pattern.regex.test(lower)) origin += pattern.weight;
  let native = 0;
  for (const pattern of [...table.native, ...table.unlikely, ...ENGLISH.englishPatterns]) {
    if (!pattern.not.includes(table.code) && pattern.regex.test(lower)) native += pattern.weight;
  }
  // Vladimír with its Czech long í is a Czech person's name, not a Russian one.
  const givenName = native < 0.5 && isGivenName(read.readings);
  if (givenName) origin += 1;
  return { marker: 1 - missing, origin, native, givenName, reasons: counted.map((m) => m.reason) };
}

/** Markers and origin must both be there; native sequences take away. Calibrated on the unit-test lists. */
function confidenceOf(evidence: Evidence, bonus: number): number {
  if (evidence.marker === 0) return 0;
  // Context lifts only words with a clear foreign grapheme of their own, not Ukrainian's lone ‘ia’.
  const origin = Math.min(1.2, evidence.origin + (evidence.marker >= STRONG_MARKER ? bonus : 0));
  const z = 3 * evidence.marker + 3 * (origin - evidence.native) - 3.3;
  return Math.round((1 / (1 + Math.exp(-z))) * 100) / 100;
}

function bonusFor(options: AnalyseOptions, code: Orthography): number {
  const bonus = options.originBonus;
  if (typeof bonus === 'number') return bonus;
  return bonus?.[code] ?? 0;
}

/** English words, and the source languages' own names and places that read like Cyrillic ones (Pankow, Benešov). */
function isHonest(word: string, ignoreLookalikes: boolean): boolean {
  const keys = [word.toLowerCase(), foldToAscii(word)];
  if (!ignoreLookalikes && keys.some((key) => ENGLISH.lookalikes.has(key))) return true;
  return ORTHOGRAPHIES.some((code) => keys.some((key) => TABLES[code].honest.has(key)));
}

export interface Reading {
  orthography: Orthography;
  /** Confidence less a penalty for rare Cyrillic letters; what the readings are ranked by. */
  fit: number;
  confidence: number;
  english: string;
  candidates: string[];
  reasons: string[];
  givenName: boolean;
}

/**
 * The reading of one word (no hyphens or spaces) by every orthography that finds a marker grapheme in it,
 * most likely first; for callers that weigh context.
 */
export function readings(word: string, options: AnalyseOptions = {}): Reading[] {
  const codes = (options.orthographies ?? ORTHOGRAPHIES).filter(isOrthography);
  const out: Reading[] = [];
  const normalised = word.normalize('NFC');
  const lower = lowerKeepingLength(normalised);
  for (const code of codes) {
    const table = TABLES[code];
    // Most words of a page have no marker grapheme at all: no need to read them.
    if (!MARKER_GRAPHEMES[code].test(lower)) continue;
    const evidence = evidenceFor(normalised, table, options.trustShared?.includes(code) ?? false);
    if (!evidence) continue;
    const forms = toEnglishForms(normalised, code);
    // Nothing to correct when English spells it the same (Kuleba, Medvedev).
    const same = forms.englishAlready;
    const honest = isHonest(normalised, options.ignoreLookalikes ?? false);
    const confidence = same || honest ? 0 : confidenceOf(evidence, bonusFor(options, code));
    // Where two orthographies fit (Reznikow: Polish з or German ц?), prefer the reading with the commoner letters.
    const rarity = (forms.cyrillic.match(RARE_LETTERS) ?? []).length * 0.1;
    out.push({
      fit: confidence - rarity,
      orthography: code,
      confidence,
      english: forms.english,
      candidates: forms.candidates,
      reasons: evidence.reasons,
      givenName: evidence.givenName,
    });
  }
  return out.sort((a, b) => b.fit - a.fit);
}

function knownSpelling(name: string, codes: readonly Orthography[]): TransliteratedName | null {
  const normalised = name.normalize('NFC');
  for (const code of codes) {
    const table = TABLES[code];
    const hit = table.known.find((e) => e.variant === normalised);
    if (hit && hit.english !== normalised) {
      return {
        word: name,
        orthography: code,
        english: hit.english,
        candidates: [hit.english],
        confidence: 0.9,
        why: `‘${hit.variant}’ is the ${table.language} spelling; English-language news writes ‘${hit.english}’.`,
      };
    }
  }
  return null;
}

/**
 * A capitalised word or hyphenated name → the transliteration it most likely is, or null
 * when no orthography makes a confident case (below `minConfidence`).
 */
export function analyseName(name: string, options: AnalyseOptions & { minConfidence?: number } = {}): TransliteratedName | null {
  const codes = (options.orthographies ?? ORTHOGRAPHIES).filter(isOrthography);
  const known = knownSpelling(name, codes);
  if (known) return known;
  const parts = name.normalize('NFC').split(/[-‐]/u);
  if (parts.some((part) => part.length < 2)) return null;
  const minConfidence = options.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
  let best: TransliteratedName | null = null;
  let bestFit = -Infinity;
  let runnerUp: string[] | null = null;
  for (const code of codes) {
    // Parts without a marker (the ‘Kasym’ of Kasym-Żomart) have no reading and add nothing.
    const claimed = parts.flatMap((part) => readings(part, { ...options, orthographies: [code] }).slice(0, 1));
    if (claimed.length === 0) continue;
    // A hyphenated name is as foreign as its most foreign part (Kasym-Żomart).
    const confidence = Math.max(...claimed.map((r) => r.confidence));
    const fit = Math.max(...claimed.map((r) => r.fit));
    if (confidence < minConfidence) continue;
    const forms = toEnglishForms(name, code);
    // Peskow or Reznikow may be Polish or German; a close second reading's English forms are candidates too.
    if (fit <= bestFit) {
      if (bestFit - fit < 0.05 && !runnerUp) runnerUp = forms.candidates;
      continue;
    }
    if (best && bestFit - fit < 0.05) runnerUp = best.candidates;
    bestFit = fit;
    best = {
      word: name,
      orthography: code,
      english: forms.english,
      // A copy: a close runner-up's forms are spliced into it below.
      candidates: [...forms.candidates],
      confidence,
      why: [...new Set(claimed.flatMap((r) => r.reasons))].join(' '),
    };
  }
  if (best && runnerUp) {
    const extra = runnerUp.filter((c) => !best!.candidates.includes(c)).slice(0, 3);
    best.candidates.splice(1, 0, ...extra);
  }
  return best;
}

/** Whether a word, read in any orthography, is an East Slavic given name (Siergiej, Denys, Wołodymyr). */
export function isSlavicGivenName(word: string, options: AnalyseOptions = {}): boolean {
  const codes = (options.orthographies ?? ORTHOGRAPHIES).filter(isOrthography);
  const normalised = word.normalize('NFC');
  // Andrej Babiš: a given name the tables list as the source language's own lifts nothing.
  if (isHonest(normalised, options.ignoreLookalikes ?? false)) return false;
  return codes.some((code) => {
    // Most words read as no given name in any orthography: that is asked first, before the rest of the evidence.
    const read = toCyrillic(normalised, code);
    if (!read || !isGivenName(read.readings)) return false;
    return evidenceFor(normalised, TABLES[code])?.givenName === true;
  });
}
