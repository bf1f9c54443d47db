import type { Flag } from '../../report';
import type { FlagContext, FlagRule } from '../rule';
import { makeFlag } from '../rule';
import { languageRule, languageRules } from '../language-rules';
import type { FlagLanguageData } from '../data';
import { FLAG_DATA } from '../data';
import { isEnglishWord, loanPhraseSpans } from '../english';
import { SOURCE_PROFILES, languageName } from '../../language/profiles';
import { foldToAscii } from '../../text/match';
import { wording, type Wording } from '../../wording';

/**
 * How a lower-case word looks:
 * - `term`: a word of the language that translations often leave as it is ("wojewoda"), with its meaning;
 * - `letters`: written with letters of the source language beyond a–z ("już", "сказал");
 * - `shape`: plain a–z but spelled the source language's way, and not English ("politisch"): flagged
 *   only next to another word of the language;
 * - `frequent`: one of the language's most frequent words, not English ("nie", "und");
 * - `frequent-english`: a frequent word that is English too ("jest", "die"): only joins a run;
 * - `other`: anything else, which ends a run.
 */
type Kind = 'term' | 'letters' | 'shape' | 'frequent' | 'frequent-english' | 'other';

interface Token {
  start: number;
  end: number;
  word: string;
  kind: Kind;
}

interface Language {
  code: string;
  name: string;
  letters: Set<string>;
  /** Cyrillic: its words are flagged whatever their case ("МИД", "Газпром"), since English never writes them so. */
  cyrillic: boolean;
  frequent: Set<string>;
  terms: Map<string, string>;
  shapes: RegExp[];
}

// Languages with data to recognise their words by (Chinese, Japanese and Korean have phrase data only).
const LANGUAGES = new Map<string, Language>(
  FLAG_DATA.filter((data) => data.letters.length > 0 || data.words.length > 0).map((data: FlagLanguageData) => {
    const profile = SOURCE_PROFILES.find((p) => p.code === data.code);
    const frequent = new Set([...(profile?.slugWords ?? []), ...data.words].map(foldToAscii));
    const language: Language = {
      code: data.code,
      name: languageName(data.code),
      letters: new Set(data.letters),
      cyrillic: /[а-я]/.test(data.letters),
      frequent,
      terms: new Map(Object.entries(data.terms ?? {})),
      shapes: (data.shapes ?? []).map((shape) => new RegExp(shape, 'u')),
    };
    return [data.code, language];
  }),
);

const WORD = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu;
/**
 * URLs, e-mail addresses, handles, hashtags, code and file names: never prose.
 * The `\S+…` branches start only where a run of non-spaces starts: tried at
 * every position of a long run (Chinese has no spaces), they would rescan it
 * from each one.
 */
const NOT_PROSE =
  /\bhttps?:\/\/\S+|\bwww\.\S+|(?<!\S)\S+@\S+|[#@][\p{L}\p{N}_]+|`[^`\n]*`|(?<!\S)\S+\.(?:html?|php|jpe?g|png|gif|pdf|txt|docx?|js|ts)\b/giu;
/** Where the text names a word rather than uses it ("the Polish word ...", "so-called ..."). */
const MENTION =
  /(?:\b(?:word|words|term|terms|phrase|expression|slogan|motto|called|known as|dubbed|nicknamed|so-called|meaning|means|literally)\s*[:,]?\s*|[“"„«‘'])$/iu;
const CLOSE_QUOTE = /^[”"«»’']/u;
const GLOSS = /^\s*(?:\(|,\s*(?:meaning|or|i\.e\.|which means)\b|[–—-]\s)/u;

function classify(word: string, language: Language): Kind {
  if (language.cyrillic && /^[\p{Script=Cyrillic}'’-]+$/u.test(word)) word = word.toLowerCase();
  if (word !== word.toLowerCase() || word === word.toUpperCase()) return 'other';
  if (language.terms.has(word)) return 'term';
  // Compounds count by their parts: "państwowo-prywatny" is Polish, "über-cool" English.
  if (word.includes('-')) return word.split('-').some((part) => classify(part, language) === 'letters') ? 'letters' : 'other';
  if (isEnglishWord(word) || isEnglishWord(word.replace(/’/g, "'"))) return 'other';
  const beyond = [...word].filter((char) => !/[a-z'’-]/.test(char));
  const frequent = language.frequent.has(foldToAscii(word));
  if (beyond.length > 0) return beyond.every((char) => language.letters.has(char)) ? 'letters' : 'other';
  if (/['’]/.test(word)) return 'other';
  if (frequent) return 'frequent';
  if (word.length >= 5 && language.shapes.some((shape) => shape.test(word))) return 'shape';
  return 'other';
}

function kindOf(word: string, language: Language): Kind {
  const kind = classify(word, language);
  // A frequent word of the language that English also has ("jest", "die") can only join a run.
  if (kind === 'other' && word === word.toLowerCase() && language.frequent.has(word) && isEnglishWord(word)) return 'frequent-english';
  return kind;
}

function tokens(text: string, language: Language): Token[] {
  const excluded: Array<[number, number]> = [...loanPhraseSpans(text)];
  for (const match of text.matchAll(NOT_PROSE)) excluded.push([match.index, match.index + match[0].length]);
  const result: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    const end = start + match[0].length;
    let kind = kindOf(match[0], language);
    if (kind !== 'other') {
      const inside = excluded.some(([from, to]) => start < to && from < end);
      // Units and currencies after a number ("5 zł"), file and code names glued to punctuation.
      const glued = /[/_=\\.@#]$/.test(text.slice(start - 1, start)) || /^[/_=\\@#]|^\.[\p{L}\p{N}]/u.test(text.slice(end, end + 2));
      const afterNumber = /\d\s?$/.test(text.slice(Math.max(0, start - 2), start));
      if (inside || glued || afterNumber) kind = 'other';
    }
    result.push({ start, end, word: match[0], kind });
  }
  return result;
}

/** Runs of words of the language separated by spaces only. */
function runs(text: string, list: Token[]): Token[][] {
  const result: Token[][] = [];
  let current: Token[] = [];
  for (const token of list) {
    const last = current[current.length - 1];
    const joined = last && /^[ \t\u00a0]+$/.test(text.slice(last.end, token.start));
    if (token.kind === 'other' || (last && !joined)) {
      if (current.length > 0) result.push(current);
      current = [];
    }
    if (token.kind !== 'other') current.push(token);
  }
  if (current.length > 0) result.push(current);
  return result;
}

/** The flagged part of a run and its confidence, or null when the run is too weak to flag. */
function judge(run: Token[]): { tokens: Token[]; confidence: number } | null {
  const count = (kind: Kind) => run.filter((token) => token.kind === kind).length;
  const letters = count('letters') + count('term');
  const shape = count('shape');
  const frequent = count('frequent');
  let core = run;
  if (letters + shape > 0) {
    // English-looking frequent words at the edges ("to" before "już") are probably English.
    let from = 0;
    let to = run.length;
    while (run[from]!.kind === 'frequent-english') from++;
    while (run[to - 1]!.kind === 'frequent-english') to--;
    core = run.slice(from, to);
  }
  if (letters > 0) return { tokens: core, confidence: core.length >= 2 ? 0.9 : core[0]!.kind === 'term' ? 0.85 : 0.8 };
  // A spelling alone may be a name or a rare English word ("emalysz", "judgement"): it needs company.
  if (shape > 0 && core.length >= 2) return { tokens: core, confidence: 0.75 };
  if (frequent > 0 && run.length >= 2) return { tokens: core, confidence: 0.7 };
  return null;
}

function isCapitalised(word: string | undefined): boolean {
  return !!word && /^\p{Lu}/u.test(word);
}

function explain(flagged: Token[], language: Language): Wording {
  const text = flagged.map((token) => token.word).join(' ');
  const named = { language: language.code };
  const term = flagged.length === 1 && flagged[0]!.kind === 'term' ? language.terms.get(flagged[0]!.word) : undefined;
  if (term) return wording('flag_untranslated', { text, language: named, meaning: term });
  const lettered = flagged.find((token) => token.kind === 'letters');
  if (lettered) {
    const letters = [...new Set([...lettered.word].filter((char) => language.letters.has(char)))].slice(0, 3).join(', ');
    return wording('flag_untranslatedLetters', { text, letters, language: named });
  }
  const frequent = flagged.find((token) => token.kind === 'frequent');
  if (frequent) return wording('flag_untranslatedFrequent', { text, word: frequent.word, language: named });
  return wording('flag_untranslatedSpelling', { text, language: named });
}

function findUntranslated(context: FlagContext, language: Language): Flag[] {
  const { text } = context;
  const list = tokens(text, language);
  const index = new Map(list.map((token, i) => [token, i]));
  const flags: Flag[] = [];
  for (const run of runs(text, list)) {
    const verdict = judge(run);
    if (!verdict || verdict.tokens.length === 0) continue;
    const first = verdict.tokens[0]!;
    const last = verdict.tokens[verdict.tokens.length - 1]!;
    const before = text.slice(Math.max(0, first.start - 40), first.start);
    const after = text.slice(last.end, last.end + 40);
    // Words named or quoted ("the Polish word 'przyjaciel'"), or glossed ("nie (no)"), are honest English.
    if (MENTION.test(before) || CLOSE_QUOTE.test(after) || GLOSS.test(after)) continue;
    // Particles inside a name ("Ursula von der Leyen", "de la Cruz").
    const next = list[index.get(last)! + 1];
    const hasLetters = verdict.tokens.some((token) => token.kind === 'letters' || token.kind === 'term');
    if (!hasLetters && next && isCapitalised(next.word) && /^\s+$/.test(text.slice(last.end, next.start))) continue;
    flags.push(
      makeFlag(languageRule('untranslated-words', language.code), text, {
        start: first.start,
        end: last.end,
        message: explain(verdict.tokens, language),
        replacements: verdict.tokens.length === 1 ? [language.terms.get(verdict.tokens[0]!.word) ?? ''] : [],
        confidence: verdict.confidence,
        entryId: `${language.code}/${verdict.tokens.map((token) => token.kind).join('+')}`,
      }),
    );
  }
  return flags;
}

/**
 * Lower-case words that are not English and look like the source language:
 * its letters ("już", "было"), runs of its most frequent words ("nie jest",
 * "und nicht") or its typical spellings ("przez"). Names (capitalised), URLs,
 * code, units after numbers, quoted or glossed words and the foreign phrases
 * English has made its own ("de facto", "per se") are left alone. Needs the
 * source language.
 */
export const untranslatedWords: FlagRule = {
  id: 'untranslated-words',
  rules: languageRules('untranslated-words', LANGUAGES.keys()),
  run(context) {
    const language = context.sourceLanguage ? LANGUAGES.get(context.sourceLanguage) : undefined;
    return language ? findUntranslated(context, language) : [];
  },
};
