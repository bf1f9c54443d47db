/**
 * Words a wording (lib/wording.ts) in one language: its message, with each
 * parameter in its place, lists joined and counts in the language's plural.
 * The English is lib/wording-english.ts; the interface's languages are
 * components/i18n.ts. Apart from lib/wording.ts so that the modules that only
 * name a wording do not load every id's English with it.
 */
import { WORDINGS, type WordingId } from './wordings';
import type { ListParam, Wording, WordingParam } from './wording';

type Spec = (typeof WORDINGS)[WordingId];
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
