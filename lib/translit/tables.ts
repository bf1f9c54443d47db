/**
 * The transliteration tables of lib/data/translit/, compiled once: each source
 * orthography read backwards into Cyrillic, and Cyrillic forwards into English.
 */
import englishData from '../data/translit/english.json';
import plData from '../data/translit/pl.json';
import csData from '../data/translit/cs.json';
import deData from '../data/translit/de.json';
import frData from '../data/translit/fr.json';
import lookalikeData from '../data/translit/lookalikes.json';
import { foldToAscii } from '../text/match';

export type Orthography = 'pl' | 'cs' | 'de' | 'fr';

export const ORTHOGRAPHIES: readonly Orthography[] = ['pl', 'de', 'cs', 'fr'];

interface RawMapping {
  src?: string;
  cyr: string;
  en?: string;
  alt?: string[];
  after?: string;
  before?: string;
  marker?: number;
  shared?: boolean;
  why?: string;
}

interface RawPattern {
  pattern: string;
  weight: number;
  /** Orthographies the pattern says nothing about (French names end in a silent ‘e’ too). */
  not?: string[];
}

interface RawOrthography {
  code: string;
  language: string;
  vowels: string;
  graphemes: RawMapping[];
  endingWeights: Record<string, number>;
  origin: RawPattern[];
  native: RawPattern[];
  unlikely: RawPattern[];
  inflections: { suffix: string; base: string }[];
  known: { variant: string; english: string }[];
  honest: string[];
}

/** One grapheme (or Cyrillic letter group) and what it turns into, where its context allows. */
export interface Mapping {
  from: string;
  to: string;
  alt: readonly string[];
  after: RegExp | null;
  before: RegExp | null;
  marker: number;
  /**
   * English romanisation writes this grapheme too, for another letter (French ‘ch’ is Ш,
   * English ‘ch’ is Ч): evidence only beside an unshared marker, or once the page is known.
   */
  shared: boolean;
  why?: string;
}

export interface Pattern {
  regex: RegExp;
  weight: number;
  not: readonly string[];
}

export interface OrthographyTable {
  code: Orthography;
  language: string;
  graphemes: readonly Mapping[];
  endingWeights: Readonly<Record<string, number>>;
  origin: readonly Pattern[];
  native: readonly Pattern[];
  /** What this orthography's transliterations never write (German ‘sz’): another orthography's word. */
  unlikely: readonly Pattern[];
  inflections: readonly { suffix: string; base: string }[];
  /** Spellings the rules can't judge (exonyms such as Charków), claimed as they are. */
  known: readonly { variant: string; english: string }[];
  honest: ReadonlySet<string>;
}

export interface Ending {
  cyr: string;
  weight: number;
  name: string;
}

export interface EnglishTable {
  letters: readonly Mapping[];
  endings: readonly Ending[];
  /** Given names, normalised with `normaliseCyrillic`. */
  givenNames: ReadonlySet<string>;
  /** Spellings of English words (‘sh’, ‘th’, double letters) that no orthography here uses for Cyrillic. */
  englishPatterns: readonly Pattern[];
  /** Regular romanisation (lower case) → the spelling English actually uses. */
  established: ReadonlyMap<string, string>;
  /** Lower-case words that are English (or English spellings of names) and only look transliterated. */
  lookalikes: ReadonlySet<string>;
}

/** Placeholders keep the JSON readable: {V} a vowel of the orthography, {C} any other letter. */
function expand(source: string, vowels: string): string {
  return source.replace(/\{V\}/g, `[${vowels}]`).replace(/\{C\}/g, `(?:(?![${vowels}])\\p{L})`);
}

function compileMappings(raw: readonly RawMapping[], vowels: string): Mapping[] {
  const mappings = raw.map((entry) => ({
    from: entry.src ?? entry.cyr,
    to: entry.en ?? entry.cyr,
    alt: entry.alt ?? [],
    // `after` looks at what precedes the grapheme, `before` at what follows it.
    after: entry.after ? new RegExp(`(?:${expand(entry.after, vowels)})$`, 'u') : null,
    before: entry.before ? new RegExp(`^(?:${expand(entry.before, vowels)})`, 'u') : null,
    marker: entry.marker ?? 0,
    shared: entry.shared ?? false,
    why: entry.why,
  }));
  // Longest first; among equals the file's order, which puts the conditional entries first.
  return mappings
    .map((m, i) => ({ m, i }))
    .sort((a, b) => b.m.from.length - a.m.from.length || a.i - b.i)
    .map(({ m }) => m);
}

function compilePatterns(raw: readonly RawPattern[], vowels: string): Pattern[] {
  return raw.map((p) => ({ regex: new RegExp(expand(p.pattern, vowels), 'u'), weight: p.weight, not: p.not ?? [] }));
}

function compileOrthography(raw: RawOrthography): OrthographyTable {
  return {
    code: raw.code as Orthography,
    language: raw.language,
    graphemes: compileMappings(raw.graphemes, raw.vowels),
    endingWeights: raw.endingWeights,
    origin: compilePatterns(raw.origin, raw.vowels),
    native: compilePatterns(raw.native, raw.vowels),
    unlikely: compilePatterns(raw.unlikely, raw.vowels),
    inflections: [...raw.inflections].sort((a, b) => b.suffix.length - a.suffix.length),
    known: raw.known,
    honest: new Set(raw.honest.flatMap((word) => [word.toLowerCase(), foldToAscii(word)])),
  };
}

/**
 * Cyrillic spelled the same way whatever the source orthography made of it:
 * Russian and Ukrainian vowel letters merged, soft signs and apostrophes gone.
 */
export function normaliseCyrillic(cyr: string): string {
  return (
    cyr
      .toLowerCase()
      .replace(/[ыіїй]/g, 'и')
      .replace(/[ёєэ]/g, 'е')
      .replace(/һ/g, 'г')
      .replace(/[ьъ'’]/g, '')
      // Евгений, Jewgeni, Evgueni: the final -й is the first thing transliterations drop.
      .replace(/ии$/u, 'и')
  );
}

interface RawEnglish {
  vowels: string;
  letters: RawMapping[];
  endings: Ending[];
  givenNames: string[];
  established: { regular: string[]; english: string }[];
  englishPatterns: RawPattern[];
}

function compileEnglish(raw: RawEnglish, lookalikes: readonly string[]): EnglishTable {
  const established = new Map<string, string>();
  for (const entry of raw.established) for (const regular of entry.regular) established.set(regular, entry.english);
  return {
    letters: compileMappings(raw.letters, raw.vowels),
    englishPatterns: compilePatterns(raw.englishPatterns, raw.vowels),
    endings: [...raw.endings].sort((a, b) => b.cyr.length - a.cyr.length),
    givenNames: new Set(raw.givenNames.map(normaliseCyrillic)),
    established,
    lookalikes: new Set(lookalikes.map((word) => word.toLowerCase())),
  };
}

export const ENGLISH: EnglishTable = compileEnglish(englishData as RawEnglish, lookalikeData.words.split(' '));

export const TABLES: Readonly<Record<Orthography, OrthographyTable>> = {
  pl: compileOrthography(plData as RawOrthography),
  cs: compileOrthography(csData as RawOrthography),
  de: compileOrthography(deData as RawOrthography),
  fr: compileOrthography(frData as RawOrthography),
};

export function isOrthography(code: string): code is Orthography {
  return (ORTHOGRAPHIES as readonly string[]).includes(code);
}
