/**
 * Flag data per source language (lib/data/flags/<code>.json, with the entries several languages share in shared.json): false friends,
 * calques and literal idioms as phrase patterns, and what the untranslated-
 * words rule needs to recognise the language (its letters, frequent words and
 * typical spellings). lib/data/flags/README.md says where it comes from.
 */
import type { FlagCategory } from '../report';
import cs from '../data/flags/cs.json';
import de from '../data/flags/de.json';
import es from '../data/flags/es.json';
import fr from '../data/flags/fr.json';
import it from '../data/flags/it.json';
import ja from '../data/flags/ja.json';
import ko from '../data/flags/ko.json';
import pl from '../data/flags/pl.json';
import pt from '../data/flags/pt.json';
import ru from '../data/flags/ru.json';
import shared from '../data/flags/shared.json';
import tr from '../data/flags/tr.json';
import uk from '../data/flags/uk.json';
import zh from '../data/flags/zh.json';
import { languageName } from '../language/profiles';

export interface PhraseEntry {
  /** Unique within its language: the flag's `entryId` is `<code>/<id>`. */
  id: string;
  category: Extract<FlagCategory, 'false-friend' | 'calque' | 'literal-idiom' | 'grammar'>;
  /** The source-language word or phrase the machine translated. */
  source: string;
  /** What it means. */
  meaning: string;
  /**
   * A JavaScript regular expression, matched case-insensitively on word
   * boundaries; a space matches any run of whitespace. A group named `flag`
   * narrows the flag to the misused word (`the (?<flag>actual) president`);
   * other alternatives of the pattern name theirs `flag2`, `flag3`….
   */
  pattern: string;
  /** Plain words: what probably happened. */
  message: string;
  /** Replacements, best first, for the flagged text (`$1`… refer to the pattern's groups). */
  suggestions: string[];
  confidence: number;
  caseSensitive?: boolean;
  /** Case-sensitive expressions on the text before (`…$`) or after (`^…`) the match that must, or must not, match. */
  before?: string;
  after?: string;
  notBefore?: string;
  notAfter?: string;
  /** Words near which the phrase is honest English (as the calques of lib/data/languages have). */
  honestNear?: string[];
  /** When given, the phrase counts only near one of these words. */
  suspectNear?: string[];
}

/** An entry of shared.json: `{language}` and `{source}` in its texts stand for the language's name and word. */
export type SharedPhraseEntry = Omit<PhraseEntry, 'source'>;

/** A language's use of a shared entry: its own word for it, and what it changes. */
export type SharedPhraseUse = string | ({ source: string } & Partial<Pick<PhraseEntry, 'confidence'>>);

interface RawLanguageData {
  code: string;
  letters: string;
  words: string[];
  shapes?: string[];
  terms?: Record<string, string>;
  shared?: Record<string, SharedPhraseUse>;
  phrases: PhraseEntry[];
}

export interface FlagLanguageData {
  code: string;
  /** Lower-case letters beyond a–z that the language writes (the whole alphabet for Cyrillic languages). */
  letters: string;
  /** Frequent words (with their diacritics), besides the profile's slugWords. */
  words: string[];
  /** Expressions on a whole lower-case word, for spellings typical of the language in plain ASCII. */
  shapes?: string[];
  /** Lower-case words translations often leave as they are ("wojewoda"), with their meaning. */
  terms?: Record<string, string>;
  /** The language's own entries and the shared ones it uses, filled in. */
  phrases: PhraseEntry[];
}

const SHARED = new Map((shared.phrases as SharedPhraseEntry[]).map((entry) => [entry.id, entry]));

function fillShared(code: string, id: string, use: SharedPhraseUse): PhraseEntry {
  const template = SHARED.get(id);
  if (!template) throw new Error(`lib/data/flags/${code}.json: no shared entry "${id}"`);
  const { source, ...overrides } = typeof use === 'string' ? { source: use } : use;
  const fill = (text: string) => text.replace(/\{language\}/g, languageName(code)).replace(/\{source\}/g, source);
  return { ...template, source, message: fill(template.message), ...overrides };
}

function expand(raw: RawLanguageData): FlagLanguageData {
  const sharedEntries = Object.entries(raw.shared ?? {}).map(([id, use]) => fillShared(raw.code, id, use));
  const { shared: _shared, ...rest } = raw;
  return { ...rest, phrases: [...sharedEntries, ...raw.phrases] };
}

export const FLAG_DATA: readonly FlagLanguageData[] = ([pl, ru, uk, cs, de, fr, es, it, pt, tr, zh, ja, ko] as RawLanguageData[]).map(
  expand,
);

export function flagData(code: string): FlagLanguageData | undefined {
  return FLAG_DATA.find((data) => data.code === code);
}
