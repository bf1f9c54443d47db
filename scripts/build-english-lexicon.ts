/**
 * Writes lib/data/english/lexicon.json: every word form (names lower-cased) of the
 * Hunspell en_US dictionary of `dictionary-en` (SCOWL size 60) and common
 * British spellings of them, four letters or longer, stored compactly so that
 * the report script can ask "is this an English word?" about the words of a
 * slug, an image file name or an image description:
 * - a form that is another listed form plus a regular ending (-s, -es, -ed,
 *   -d, -ing, -ly, -er, -r, -ies/-ied for -y) is left out: the reader
 *   (lib/text/english-lexicon.ts) strips those endings before it looks up;
 * - the rest are sorted and front-coded: each word is the number of letters
 *   it shares with the one before (one digit, 0-9) and the letters that follow.
 *
 *   npx tsx scripts/build-english-lexicon.ts          # rewrite the file
 *   npx tsx scripts/build-english-lexicon.ts --check  # exit 1 if it is stale
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { britishVariants, dictionaryPath, expandHunspell } from './build-english-words';
import { baseForms } from '../lib/text/english-lexicon';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const OUTPUT = join(ROOT, 'lib/data/english/lexicon.json');
export const MIN_LENGTH = 4;

export function buildLexicon(): { source: string; minLength: number; words: string } {
  const pkg = JSON.parse(readFileSync(dictionaryPath('package.json'), 'utf8')) as { version: string; license: string };
  const all = expandHunspell(readFileSync(dictionaryPath('index.aff'), 'utf8'), readFileSync(dictionaryPath('index.dic'), 'utf8'));
  for (const word of [...all]) for (const variant of britishVariants(word)) all.add(variant);
  // Names the dictionary knows (Berlin, Moscow, Elizabeth) count as English too: slugs are lower case.
  const lower = new Set([...all].map((word) => word.toLowerCase()).filter((word) => /^[a-z]+$/.test(word) && word.length >= MIN_LENGTH));
  const kept = [...lower].filter((word) => !baseForms(word).some((base) => base !== word && lower.has(base))).sort();
  let previous = '';
  let coded = '';
  for (const word of kept) {
    let shared = 0;
    while (shared < 9 && shared < previous.length && shared < word.length && previous[shared] === word[shared]) shared++;
    coded += `${shared}${word.slice(shared)}`;
    previous = word;
  }
  return {
    source: `dictionary-en ${pkg.version} (licence ${pkg.license}, see LICENSE-dictionary-en.txt): Hunspell en_US from SCOWL, size 60, with common British spellings; the ${lower.size} lower-case word forms of ${MIN_LENGTH}+ letters, ${kept.length} stored (regular endings stripped), front-coded. Regenerate with: npx tsx scripts/build-english-lexicon.ts`,
    minLength: MIN_LENGTH,
    words: coded,
  };
}

export function serialize(data: { source: string; minLength: number; words: string }): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const text = serialize(buildLexicon());
  if (process.argv.includes('--check')) {
    if (readFileSync(OUTPUT, 'utf8') !== text) {
      console.error(`${OUTPUT} is stale: run npx tsx scripts/build-english-lexicon.ts`);
      process.exit(1);
    }
  } else {
    writeFileSync(OUTPUT, text);
    console.log(`${OUTPUT}: ${(text.length / 1024).toFixed(0)} KB`);
  }
}
