/**
 * Finds, in English text, names of Russian/Ukrainian (etc.) people and places
 * spelled the way Polish, Czech, German or French writes them.
 */
import type { TransliteratedName } from './analyse';
import { DEFAULT_MIN_CONFIDENCE, analyseName, isSlavicGivenName } from './analyse';
import type { Orthography } from './tables';
import { ORTHOGRAPHIES, TABLES, isOrthography } from './tables';
import { findPhrase } from '../text/match';
import { memoTable } from './memo';

export interface TransliterationMatch extends TransliteratedName {
  /** Offsets into the text given, end exclusive. */
  start: number;
  end: number;
}

export interface FindOptions {
  /** Orthographies to look for; all four by default. */
  orthographies?: readonly string[];
  /** Matches below this confidence are dropped (default 0.5). */
  minConfidence?: number;
  /**
   * Let the rest of the text count (default true): a Slavic given name beside a
   * surname (Denys Szmyhal) and other confident names in the same orthography
   * lift words that are too weak alone.
   */
  context?: boolean;
}

/** A capitalised word, or capitalised words joined by hyphens; CamelCase and all-caps words are left alone. */
const NAME = /(?<![\p{L}\p{M}\p{N}])\p{Lu}[\p{Ll}\p{M}]+(?:[-‐]\p{Lu}[\p{Ll}\p{M}]+)*(?![\p{L}\p{M}\p{N}])/gu;

/** Names standing side by side (Siergiej Ławrow) share evidence; a line break or punctuation ends the group. */
const SAME_NAME_GAP = /^[ \u00a0]+$/u;

const GIVEN_NAME_BONUS = 0.6;
const CORROBORATION_BONUS = 0.3;
/** Two different names this sure vouch for weaker ones in the same orthography. */
const CORROBORATING = 0.7;

interface Token {
  text: string;
  start: number;
  end: number;
  group: number;
  givenName: boolean;
}

const givenNames = memoTable<boolean>();
const nameReadings = memoTable<TransliteratedName | null>();

function tokenise(text: string, codes: readonly Orthography[]): Token[] {
  const tokens: Token[] = [];
  let group = 0;
  const isGiven = (part: string): boolean =>
    givenNames(`${codes.join()}\u0000${part}`, () => isSlavicGivenName(part, { orthographies: codes }));
  for (const match of text.matchAll(NAME)) {
    const previous = tokens[tokens.length - 1];
    if (!previous || !SAME_NAME_GAP.test(text.slice(previous.end, match.index))) group++;
    const word = match[0];
    tokens.push({
      text: word,
      start: match.index,
      end: match.index + word.length,
      group,
      givenName: word.split(/[-‐]/u).some(isGiven),
    });
  }
  return tokens;
}

/** Place names that are more than one word (Krzywy Róg), which the word-by-word pass can't see. */
function exonymMatches(text: string, codes: readonly Orthography[]): TransliterationMatch[] {
  const out: TransliterationMatch[] = [];
  for (const code of codes) {
    for (const exonym of TABLES[code].known) {
      if (!/\s/u.test(exonym.variant)) continue;
      for (const hit of findPhrase(text, exonym.variant, true)) {
        out.push({
          word: hit.text,
          start: hit.start,
          end: hit.end,
          orthography: code,
          english: exonym.english,
          candidates: [exonym.english],
          confidence: 0.9,
          why: `‘${exonym.variant}’ is the ${TABLES[code].language} spelling; English-language news writes ‘${exonym.english}’.`,
        });
      }
    }
  }
  return out;
}

export function findTransliteratedNames(text: string, options: FindOptions = {}): TransliterationMatch[] {
  const codes = (options.orthographies ?? ORTHOGRAPHIES).filter(isOrthography);
  const minConfidence = options.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
  const useContext = options.context ?? true;
  const tokens = tokenise(text, codes);

  const analyse = (
    word: string,
    bonus: Partial<Record<Orthography, number>>,
    trustShared: readonly Orthography[] = [],
  ): TransliteratedName | null =>
    nameReadings(`${codes.join()}\u0000${word}\u0000${JSON.stringify(bonus)}\u0000${trustShared.join()}`, () =>
      analyseName(word, { orthographies: codes, originBonus: bonus, trustShared, minConfidence: 0 }),
    );
  const groupBonus = (index: number): number => {
    if (!useContext) return 0;
    const token = tokens[index]!;
    // Only the word beside the given name: in ‘Ukrainian Prime Minister Denys Szmyhal’ that is Szmyhal.
    const beside = [tokens[index - 1], tokens[index + 1]].filter((other) => other?.group === token.group);
    return beside.some((other) => other!.givenName) ? GIVEN_NAME_BONUS : 0;
  };
  const uniform = (value: number): Partial<Record<Orthography, number>> => Object.fromEntries(codes.map((c) => [c, value]));

  let results = tokens.map((token, i) => analyse(token.text, uniform(groupBonus(i))));

  if (useContext) {
    // Two different confident names are needed before the page's orthography is taken as known.
    const sure = new Map<Orthography, Set<string>>();
    results.forEach((r) => {
      if (r && r.confidence >= CORROBORATING) sure.set(r.orthography, (sure.get(r.orthography) ?? new Set()).add(r.word));
    });
    const corroborated = codes.filter((code) => (sure.get(code)?.size ?? 0) >= 2);
    if (corroborated.length > 0) {
      results = results.map((r, i) => {
        if (r && r.confidence >= minConfidence) return r;
        const bonus = uniform(groupBonus(i));
        for (const code of corroborated) bonus[code] = (bonus[code] ?? 0) + CORROBORATION_BONUS;
        // On a page known to be French-spelled, French ‘ch’ is Ш even where English would read Ч.
        return analyse(tokens[i]!.text, bonus, corroborated) ?? r;
      });
    }
  }

  const matches: TransliterationMatch[] = [];
  results.forEach((r, i) => {
    if (r && r.confidence >= minConfidence) matches.push({ ...r, start: tokens[i]!.start, end: tokens[i]!.end });
  });
  const covered = (m: TransliterationMatch) => matches.some((x) => x.start < m.end && m.start < x.end);
  for (const m of exonymMatches(text, codes)) if (!covered(m)) matches.push(m);
  // A reading that comes back as the word itself ("Kassym-Jomart" read as French) is already the English form.
  const fold = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return matches.filter((match) => fold(match.english) !== fold(match.word)).sort((a, b) => a.start - b.start);
}
