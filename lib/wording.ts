/**
 * What lib says to people (a signal's reason, a flag's explanation, why a
 * block was left out, why a rule or an import was refused) as a message id
 * and its parameters, beside the English text it has always given. The
 * CLI prints the English; the extension words the id in the interface's
 * language from public/_locales (components/i18n.ts). The ids, their
 * parameters and their English are listed once, in lib/wordings.ts.
 *
 * Parameters stay data, never words of one language: page text and data
 * entries as they are, numbers, language codes (each interface names the
 * language in its own words), other wordings, and lists.
 */
import { WORDINGS, type WordingId } from './wordings';

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

type Spec = (typeof WORDINGS)[WordingId];
type ParamNames<K extends WordingId> = (typeof WORDINGS)[K] extends { params: readonly (infer P)[] } ? P & string : never;

/** A wording; the compiler holds `params` to the names the registry lists for `id`. */
export function wording<K extends WordingId>(
  id: K,
  ...params: [ParamNames<K>] extends [never] ? [] : [Record<ParamNames<K>, WordingParam>]
): Wording {
  return params[0] ? { id, params: params[0] as Record<string, WordingParam> } : { id };
}

/** The parameter names of a wording, in the order of their `$1`…`$9` in the message files. */
export function paramNames(id: WordingId): readonly string[] {
  const spec: Spec = WORDINGS[id];
  return 'params' in spec ? spec.params : [];
}

/** The parameter whose number picks the plural form, for counted wordings. */
export function countParam(id: WordingId): string | null {
  const spec: Spec = WORDINGS[id];
  return 'count' in spec ? spec.count : null;
}

/** How one language words things: its messages (null when it has none for a key), plurals, numbers and language names. */
export interface WordingLanguage {
  message(key: string, values: string[]): string | null;
  plural(count: number): string;
  number(value: number): string;
  language(code: string): string;
}

/** Thrown when a language has no message for an id the wording names: the caller shows the English instead. */
export class UnknownWording extends Error {}

function isWording(param: WordingParam): param is Wording {
  return typeof param === 'object' && 'id' in param;
}

/** A wording in one language. Throws UnknownWording when the language lacks one of the messages it needs. */
export function renderWording(said: Wording, language: WordingLanguage): string {
  if (!Object.hasOwn(WORDINGS, said.id)) throw new UnknownWording(said.id);
  const values = paramNames(said.id).map((name) => renderParam(said.params?.[name] ?? '', language));
  const count = countParam(said.id);
  const key = count === null ? said.id : `${said.id}_${language.plural(Number(said.params?.[count] ?? 0))}`;
  const text = language.message(key, values);
  if (text === null) throw new UnknownWording(key);
  return text;
}

function renderParam(param: WordingParam, language: WordingLanguage): string {
  if (typeof param === 'string') return param;
  if (typeof param === 'number') return language.number(param);
  if (isWording(param)) return renderWording(param, language);
  if ('language' in param) return language.language(param.language);
  return renderList(param, language);
}

function renderList({ list, join, max = Infinity }: ListParam, language: WordingLanguage): string {
  const items = list.map((item) => renderParam(item, language));
  if (join === 'semicolon') return items.join('; ');
  const say = (id: WordingId, values: Record<string, string>) => renderWording({ id, params: values }, language);
  if (join === 'each') return items.reduce((rest, last) => say('list_and', { rest, last }));
  const shown = items.slice(0, max);
  const more = items.length - shown.length;
  // The comma between items is the same in every language shipped (English, Polish).
  if (more > 0) return say(join === 'or' ? 'list_orMore' : 'list_andMore', { shown: shown.join(', '), count: String(more) });
  if (shown.length <= 1) return shown.join('');
  return say(join === 'or' ? 'list_or' : 'list_and', { rest: shown.slice(0, -1).join(', '), last: shown[shown.length - 1]! });
}
