/**
 * What lib says to people (a signal's reason, a flag's explanation, why a
 * block was left out, why a rule or an import was refused) as a message id
 * and its parameters, beside the English text it has always given. The
 * CLI prints the English; the extension words the id in the interface's
 * language from public/_locales (components/i18n.ts). The ids, their
 * parameters and their English are listed once, in lib/wordings.ts; they are
 * worded by lib/wording-render.ts.
 *
 * Parameters stay data, never words of one language: page text and data
 * entries as they are, numbers, language codes (each interface names the
 * language in its own words), other wordings, and lists.
 */
import type { WORDINGS, WordingId } from './wordings';

/** A language code (ISO 639-1), named in the reader's language. */
export interface LanguageParam {
  language: string;
}

/**
 * Items joined in the reader's language: `and` as "a, b and c" (past `max`,
 * "a, b and 2 more"), `or` alike, `each` as "a and b and c", `semicolon` as
 * "a; b; c".
 */
export interface ListParam {
  list: WordingParam[];
  join: 'and' | 'or' | 'each' | 'semicolon';
  max?: number;
}

export type WordingParam = string | number | LanguageParam | ListParam | Wording;

/** A message id with its parameters: what the JSON carries beside the English text. */
export interface Wording {
  id: WordingId;
  params?: Record<string, WordingParam>;
}

type ParamNames<K extends WordingId> = (typeof WORDINGS)[K] extends { params: readonly (infer P)[] } ? P & string : never;

/** A wording; the compiler holds `params` to the names the registry lists for `id`. */
export function wording<K extends WordingId>(
  id: K,
  ...params: [ParamNames<K>] extends [never] ? [] : [Record<ParamNames<K>, WordingParam>]
): Wording {
  return params[0] ? { id, params: params[0] as Record<string, WordingParam> } : { id };
}
