/**
 * Regenerates lib/data/translit/lookalikes.json: the English words and names that the
 * transliteration model (lib/translit) would read as Cyrillic names in another orthography.
 *
 *   npx tsx scripts/translit-lookalikes.ts WORDLIST...
 *
 * Each word list is a Hunspell .dic, a JSON array of strings, or one word a line. The lists
 * used so far come from the npm packages dictionary-en (index.dic), an-array-of-english-words
 * (index.json) and humannames (list.txt), installed outside the project.
 */
import fs from 'node:fs';
import { ORTHOGRAPHIES, analyseName, isSlavicGivenName } from '../lib/translit';

const OUT = new URL('../lib/data/translit/lookalikes.json', import.meta.url);

function readWords(path: string): string[] {
  const text = fs.readFileSync(path, 'utf8');
  if (path.endsWith('.json')) return JSON.parse(text) as string[];
  const lines = text.split('\n');
  // Hunspell: a count on the first line, then word/FLAGS.
  if (path.endsWith('.dic')) return lines.slice(1).map((line) => line.split('/')[0]!.trim());
  return lines.map((line) => line.trim());
}

const found = new Set<string>();
for (const path of process.argv.slice(2)) {
  for (const raw of readWords(path)) {
    if (raw.length < 3 || !/^\p{L}+$/u.test(raw)) continue;
    const word = raw.charAt(0).toUpperCase() + raw.slice(1);
    if (found.has(word.toLowerCase())) continue;
    // A list of people's names holds real transliterations too (Siergiej): those must stay claimable.
    if (isSlavicGivenName(word)) continue;
    // As a page with other such names would read it: the finder's corroboration bonus, shared graphemes trusted.
    if (analyseName(word, { ignoreLookalikes: true, originBonus: 0.3, trustShared: ORTHOGRAPHIES })) found.add(word.toLowerCase());
  }
}
const data = JSON.parse(fs.readFileSync(OUT, 'utf8')) as { _about: string; words: string };
// One string, not an array: eighteen thousand short words stay one line in the bundle and in diffs.
data.words = [...found].sort().join(' ');
fs.writeFileSync(OUT, `${JSON.stringify(data, null, 2)}\n`);
console.log(`${found.size} lookalikes written`);
