/**
 * Per-language data (leftover words, name spellings, calques, quotation
 * marks, MT phrasings), one JSON file per language in lib/data/languages/.
 * Adding a source language is adding a data file and one line here (and its
 * box titles to lib/data/boilerplate-phrases/, read by lib/boilerplate/phrases.ts).
 */
import type { FlagCategory } from '../report';
import { englishLanguageName } from './english-name';
import en from '../data/languages/en.json';
import pl from '../data/languages/pl.json';
import ru from '../data/languages/ru.json';
import uk from '../data/languages/uk.json';
import de from '../data/languages/de.json';
import cs from '../data/languages/cs.json';
import es from '../data/languages/es.json';
import fr from '../data/languages/fr.json';
import it from '../data/languages/it.json';
import pt from '../data/languages/pt.json';
import nl from '../data/languages/nl.json';
import tr from '../data/languages/tr.json';

export interface Leftover {
  phrase: string;
  meaning: string;
  caseSensitive?: boolean;
}

export interface NameVariant {
  variant: string;
  english: string;
  /** How strongly this spelling alone points at the source language. */
  weight: number;
  note?: string;
}

export interface Calque {
  phrase: string;
  category: FlagCategory;
  suggestion: string;
  message: string;
  /** Words near which the phrase is the honest English name (e.g. Poland's own ministry). */
  honestNear?: string[];
  /** When given, the phrase counts only near one of these words (e.g. Russia for a Polish-style ministry name). */
  suspectNear?: string[];
  weight: number;
  /** Worth a flag in the text, too common in honest English to count as MT evidence. */
  flagOnly?: boolean;
}

/** A turn of phrase that translation engines produce from this language far more often than English writers do. */
export interface MtPhrase {
  /** Matched on word boundaries; or `pattern`, a regular expression (flag u). Case-insensitive unless `caseSensitive`. */
  phrase?: string;
  pattern?: string;
  caseSensitive?: boolean;
  /** What the original said, for the reader. */
  note: string;
}

export interface LanguageProfile {
  code: string;
  name: string;
  /** Frequent words of the language, ASCII-folded, as they show in URL slugs and file names. */
  slugWords?: string[];
  leftovers?: Leftover[];
  names?: NameVariant[];
  calques?: Calque[];
  /** Quotation mark pairs the language uses and English does not: "„”", "«»". */
  quotes?: string[];
  /** Abbreviations written after a number in this language, not in English ("zł", "mln", "Mrd."). */
  numberUnits?: string[];
  /** Phrasings MT output from this language over-uses ("Let us recall that" from "Przypomnijmy"). */
  mtPhrases?: MtPhrase[];
}

export const LANGUAGE_PROFILES: readonly LanguageProfile[] = [en, pl, ru, uk, de, cs, es, fr, it, pt, nl, tr] as LanguageProfile[];

/** Languages whose leftovers in English text we look for. */
export const SOURCE_PROFILES = LANGUAGE_PROFILES.filter((profile) => profile.code !== 'en');

const NAMES: Record<string, string> = Object.fromEntries(LANGUAGE_PROFILES.map((p) => [p.code, p.name]));

/** "pl" → "Polish", for reasons and the popup. */
export function languageName(code: string): string {
  return NAMES[code] ?? englishLanguageName(code);
}
