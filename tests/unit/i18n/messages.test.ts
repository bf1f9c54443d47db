/**
 * The message files (public/_locales/<language>/messages.json) against the
 * code: every key the code asks for is in every language, no key is left
 * unused, each language has the plural forms its rules need, and the
 * placeholders of a message are the same in every language (a translation
 * that drops or renames one shows a blank or a `$name$` to its readers).
 * The sentences lib writes (reasons, flags' explanations, why a block was
 * left out) come as ids listed in lib/wordings.ts: each is in every file,
 * with the registry's parameters, and the English file says what lib says.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES, messageFile, type MessageFile } from './fake-messages';
import { WORDINGS, type WordingId, type WordingSpec } from '@/lib/wordings';
import { countParam, paramNames } from '@/lib/wording-render';
import { SIGNALS } from '@/lib/detect/signals';

const ROOT = join(import.meta.dirname, '../../..');
const SOURCE_DIRS = ['components', 'entrypoints'];
const SOURCE_FILES = ['wxt.config.ts', 'lib/badge.ts'];

function sources(): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(join(ROOT, dir))) {
      const path = join(dir, name);
      if (statSync(join(ROOT, path)).isDirectory()) walk(path);
      else if (/\.(ts|tsx|html)$/.test(name)) files.set(path, readFileSync(join(ROOT, path), 'utf8'));
    }
  };
  for (const dir of SOURCE_DIRS) walk(dir);
  for (const file of SOURCE_FILES) files.set(file, readFileSync(join(ROOT, file), 'utf8'));
  return files;
}

const PLURAL = /^(.+)_(zero|one|two|few|many|other)$/;
const en = messageFile('en');
const code = [...sources().values()].join('\n');

/** Keys the code names in calls: t('x'), tx('x'), getMessage('x'), '__MSG_x__'; and plural bases: tp('x'). */
function calledKeys(): { keys: Set<string>; plurals: Set<string> } {
  const keys = new Set<string>();
  const plurals = new Set<string>();
  for (const match of code.matchAll(/\b(t|tx|tp|getMessage)\(\s*'([^']+)'/g)) (match[1] === 'tp' ? plurals : keys).add(match[2]!);
  for (const match of code.matchAll(/__MSG_(\w+)__/g)) keys.add(match[1]!);
  for (const key of [...keys]) if (key.startsWith('@@')) keys.delete(key);
  // lib's wordings are asked for by id (components/i18n.ts: say).
  for (const id of Object.keys(WORDINGS) as WordingId[]) (countParam(id) === null ? keys : plurals).add(id);
  return { keys, plurals };
}

/** Plural bases and single keys of a file. */
function split(file: MessageFile): { singles: string[]; plurals: Map<string, string[]> } {
  const singles: string[] = [];
  const plurals = new Map<string, string[]>();
  for (const key of Object.keys(file)) {
    const match = PLURAL.exec(key);
    if (match) plurals.set(match[1]!, [...(plurals.get(match[1]!) ?? []), match[2]!]);
    else singles.push(key);
  }
  return { singles, plurals };
}

const placeholdersOf = (file: MessageFile, keys: string[]) =>
  Object.fromEntries(
    keys
      .flatMap((key) => Object.entries(file[key]?.placeholders ?? {}))
      .map(([name, placeholder]) => [name.toLowerCase(), placeholder.content] as const)
      .sort(([a], [b]) => a.localeCompare(b)),
  );

describe('message files', () => {
  it('hold English and Polish at least, each saying its own language', () => {
    expect(LOCALES).toEqual(expect.arrayContaining(['en', 'pl']));
    for (const locale of LOCALES) expect(messageFile(locale).locale?.message).toBe(locale);
  });

  it('have every key the code asks for, in every language, and every plural form the language needs', () => {
    const { keys, plurals } = calledKeys();
    expect(keys.size).toBeGreaterThan(100);
    for (const locale of LOCALES) {
      const file = messageFile(locale);
      const needed = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
      for (const key of keys) expect(file[key], `${locale}: ${key}`).toBeDefined();
      for (const base of plurals)
        for (const category of needed) expect(file[`${base}_${category}`], `${locale}: ${base}_${category}`).toBeDefined();
      for (const [base, categories] of split(file).plurals)
        expect([...categories].sort(), `${locale}: ${base}`).toEqual([...needed].sort());
    }
  });

  it('have no key the code never uses', () => {
    const { plurals } = calledKeys();
    const { singles, plurals: bases } = split(en);
    const wordings = new Set(Object.keys(WORDINGS));
    for (const key of singles)
      expect(code.includes(`'${key}'`) || code.includes(`__MSG_${key}__`) || wordings.has(key), `unused key ${key}`).toBe(true);
    for (const base of bases.keys()) expect(plurals.has(base), `unused plural ${base}`).toBe(true);
  });

  it('have the same keys and the same placeholders in every language', () => {
    const english = split(en);
    for (const locale of LOCALES) {
      const file = messageFile(locale);
      const own = split(file);
      expect([...own.singles].sort(), locale).toEqual([...english.singles].sort());
      expect([...own.plurals.keys()].sort(), locale).toEqual([...english.plurals.keys()].sort());
      for (const key of english.singles) expect(placeholdersOf(file, [key]), `${locale}: ${key}`).toEqual(placeholdersOf(en, [key]));
      for (const [base, categories] of english.plurals) {
        const theirs = own.plurals.get(base)!.map((category) => `${base}_${category}`);
        expect(placeholdersOf(file, theirs), `${locale}: ${base}`).toEqual(
          placeholdersOf(
            en,
            categories.map((category) => `${base}_${category}`),
          ),
        );
      }
    }
  });

  it('define every placeholder a message uses, with the browser’s rules for names', () => {
    for (const locale of LOCALES) {
      for (const [key, entry] of Object.entries(messageFile(locale))) {
        expect(key, `${locale}: ${key}`).toMatch(/^[A-Za-z0-9_]+$/);
        const defined = new Set(Object.keys(entry.placeholders ?? {}).map((name) => name.toLowerCase()));
        for (const match of entry.message.replace(/\$\$/g, '').matchAll(/\$([A-Za-z0-9_@]+)\$/g))
          expect(defined.has(match[1]!.toLowerCase()), `${locale}: ${key} uses $${match[1]}$`).toBe(true);
        for (const placeholder of Object.values(entry.placeholders ?? {})) expect(placeholder.content).toMatch(/^\$[1-9]$/);
      }
    }
  });
});

const camel = (id: string) => id.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());

describe('the words lib gives by id (lib/wordings.ts)', () => {
  const ids = Object.keys(WORDINGS) as WordingId[];

  it('are in every language, with the registry’s parameters in the registry’s order', () => {
    expect(ids.length).toBeGreaterThan(100);
    for (const locale of LOCALES) {
      const file = messageFile(locale);
      const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
      for (const id of ids) {
        const keys = countParam(id) === null ? [id] : categories.map((category) => `${id}_${category}`);
        const expected = Object.fromEntries(paramNames(id).map((name, index) => [name.toLowerCase(), `$${index + 1}`]));
        for (const key of keys) {
          expect(file[key], `${locale}: ${key}`).toBeDefined();
          const placeholders = Object.fromEntries(
            Object.entries(file[key]!.placeholders ?? {}).map(([name, placeholder]) => [name.toLowerCase(), placeholder.content]),
          );
          expect(placeholders, `${locale}: ${key}`).toEqual(expected);
        }
      }
    }
  });

  it('say in the English file what lib says in English', () => {
    for (const id of ids) {
      const spec: WordingSpec = WORDINGS[id];
      const texts = typeof spec.en === 'string' ? { [id]: spec.en } : { [`${id}_one`]: spec.en.one, [`${id}_other`]: spec.en.other };
      for (const [key, text] of Object.entries(texts)) expect(en[key]?.message, key).toBe(text);
    }
  });

  it('use in each translation every parameter but those the translation may leave out', () => {
    // The block's kind stands beside why it was left out; a language may leave it out of the sentence.
    const optional = new Set(['removed_headingOf:kind']);
    for (const locale of LOCALES) {
      const file = messageFile(locale);
      for (const [key, entry] of Object.entries(file)) {
        const id = (Object.hasOwn(WORDINGS, key) ? key : key.replace(/_(zero|one|two|few|many|other)$/, '')) as WordingId;
        if (!Object.hasOwn(WORDINGS, id)) continue;
        for (const name of paramNames(id)) {
          if (optional.has(`${id}:${name}`)) continue;
          expect(entry.message.toLowerCase(), `${locale}: ${key} leaves out $${name}$`).toContain(`$${name.toLowerCase()}$`);
        }
      }
    }
  });

  it('word every detection signal: a signal without a reason of its own in the message files fails here', () => {
    for (const signal of SIGNALS) {
      const own = ids.filter((id) => id === `reason_${camel(signal.id)}` || id.startsWith(`reason_${camel(signal.id)}`));
      expect(own.length, `no wording reason_${camel(signal.id)} for the signal ${signal.id}`).toBeGreaterThan(0);
    }
  });

  it('word every flag rule that writes its own explanation (only the data rules give their entries’ English)', () => {
    const dir = join(ROOT, 'lib/flags/rules');
    for (const name of readdirSync(dir)) {
      const source = readFileSync(join(dir, name), 'utf8');
      expect(source, `${name} writes an explanation in English only`).not.toMatch(/\bmessage:\s*[`'"]/);
    }
  });
});
