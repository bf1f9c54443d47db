import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The hand-written European fixtures of the flags benchmark (bench/flags-eu/README.md): well-formed for bench/flags.ts. */
const FOLDER = join(process.cwd(), 'bench/flags-eu/');
const LANGUAGES = ['cs', 'de', 'es', 'fr', 'it', 'pl', 'ru', 'uk'];
/** The categories the README lists. */
const CATEGORIES = [
  'Accuracy/Mistranslation',
  'Style/Awkward',
  'Fluency/Grammar',
  'Fluency/Punctuation',
  'Terminology/Inappropriate for context',
  'Locale convention/Name format',
  'Accuracy/Untranslated text',
  'Non-translation!',
];

interface Record {
  id: string;
  source_lang: string;
  target: string;
  words: number;
  errors: Array<{ start: number; end: number; category: string; severity: string; text: string }>;
}

const read = (language: string): Record[] =>
  readFileSync(`${FOLDER}${language}.jsonl`, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Record);

describe('bench/flags-eu fixtures', () => {
  it('hold one file per source language', () => {
    expect(
      readdirSync(FOLDER)
        .filter((name) => name.endsWith('.jsonl'))
        .sort(),
    ).toEqual(LANGUAGES.map((language) => `${language}.jsonl`));
  });

  it.each(LANGUAGES)('%s: 15-25 segments, about a third without errors, unique ids, the right source language', (language) => {
    const records = read(language);
    expect(records.length).toBeGreaterThanOrEqual(15);
    expect(records.length).toBeLessThanOrEqual(25);
    const honest = records.filter((record) => record.errors.length === 0).length / records.length;
    expect(honest).toBeGreaterThan(0.25);
    expect(honest).toBeLessThan(0.45);
    expect(new Set(records.map((record) => record.id)).size).toBe(records.length);
    for (const record of records) expect(record.source_lang).toBe(language);
  });

  it.each(LANGUAGES)('%s: error spans match their text, lie inside the target and do not overlap', (language) => {
    for (const record of read(language)) {
      expect(record.words, record.id).toBe(record.target.split(/\s+/).filter(Boolean).length);
      let previousEnd = 0;
      for (const error of record.errors) {
        expect(error.start, record.id).toBeGreaterThanOrEqual(previousEnd);
        expect(error.end, record.id).toBeGreaterThan(error.start);
        expect(error.end, record.id).toBeLessThanOrEqual(record.target.length);
        expect(record.target.slice(error.start, error.end), record.id).toBe(error.text);
        expect(['Major', 'Minor'], record.id).toContain(error.severity);
        expect(CATEGORIES, record.id).toContain(error.category);
        previousEnd = error.end;
      }
    }
  });
});
