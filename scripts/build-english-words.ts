/**
 * Writes lib/data/english/words.json: the English words (from the Hunspell
 * en_US dictionary of the `dictionary-en` package, SCOWL size 60) that the
 * untranslated-words rule can ever ask about, i.e. lower-case English words
 * that are also a frequent word of a source language ("ale", "jest", "die",
 * "con") or have a spelling typical of one ("czar", "young"). Shipping only
 * those keeps the content script small: the whole list is ~80,000 words.
 *
 *   npx tsx scripts/build-english-words.ts          # rewrite the file
 *   npx tsx scripts/build-english-words.ts --check  # exit 1 if it is stale
 *
 * tests/unit/flags/english.test.ts fails when the file is stale (after a
 * change of lib/data/languages/*.json slugWords or lib/data/flags/*.json).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SOURCE_PROFILES } from '../lib/language/profiles';
import { FLAG_DATA } from '../lib/flags/data';
import { foldToAscii } from '../lib/text/match';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const OUTPUT = join(ROOT, 'lib/data/english/words.json');

interface Affix {
  kind: 'PFX' | 'SFX';
  cross: boolean;
  entries: Array<{ strip: string; add: string; condition: RegExp }>;
}

/** Every word form of a Hunspell dictionary (prefixes, suffixes and their cross products; no compounds). */
export function expandHunspell(aff: string, dic: string): Set<string> {
  const affixes = new Map<string, Affix>();
  for (const line of aff.split('\n')) {
    const parts = line.trim().split(/\s+/);
    const [kind, flag] = parts;
    if ((kind !== 'PFX' && kind !== 'SFX') || !flag) continue;
    if (parts.length === 4) {
      affixes.set(flag, { kind, cross: parts[2] === 'Y', entries: [] });
      continue;
    }
    const [, , strip = '0', add = '0', condition = '.'] = parts;
    affixes.get(flag)?.entries.push({
      strip: strip === '0' ? '' : strip,
      add: add === '0' ? '' : add.split('/')[0]!,
      condition: new RegExp(kind === 'SFX' ? `${condition}$` : `^${condition}`),
    });
  }
  const words = new Set<string>();
  for (const line of dic.split('\n').slice(1)) {
    const [stem, flags = ''] = line.trim().split('/');
    if (!stem) continue;
    words.add(stem);
    const rules = [...flags].map((flag) => affixes.get(flag)).filter((rule): rule is Affix => !!rule);
    const crossSuffixed: string[] = [];
    for (const rule of rules.filter((r) => r.kind === 'SFX')) {
      for (const { strip, add, condition } of rule.entries) {
        if (!condition.test(stem) || !stem.endsWith(strip)) continue;
        const word = stem.slice(0, stem.length - strip.length) + add;
        words.add(word);
        if (rule.cross) crossSuffixed.push(word);
      }
    }
    for (const rule of rules.filter((r) => r.kind === 'PFX')) {
      for (const { strip, add, condition } of rule.entries) {
        if (!condition.test(stem) || !stem.startsWith(strip)) continue;
        words.add(add + stem.slice(strip.length));
        if (rule.cross) for (const word of crossSuffixed) words.add(add + word.slice(strip.length));
      }
    }
  }
  return words;
}

/** Folded frequent words and ASCII spellings of every source language: what the rule may look up. */
export function lookupCandidates(): { words: Set<string>; shapes: RegExp[] } {
  const words = new Set<string>();
  for (const profile of SOURCE_PROFILES) for (const word of profile.slugWords ?? []) words.add(foldToAscii(word));
  for (const data of FLAG_DATA) for (const word of data.words) words.add(foldToAscii(word));
  const shapes = FLAG_DATA.flatMap((data) => (data.shapes ?? []).map((shape) => new RegExp(shape, 'u')));
  return { words, shapes };
}

/**
 * Common British spellings of an American word form. Not generated from the British spellings of
 * lib/data/english/word-parts.json (British to American, what the flags read): read backwards, that list
 * loses the -dgement spellings ("judgement", "acknowledgement": 5 words of words.json) and takes French
 * "entre" and "ministre" for English (its -tre to -ter is for any stem), so words.json would change
 * (session 9). scripts/build-english-lexicon.ts reads this list too.
 */
export function britishVariants(word: string): string[] {
  const variants = [
    word.replace(/dgment(s?)$/, 'dgement$1'),
    word.replace(
      /(col|hon|lab|fav|hum|neighb|flav|behavi|rum|harb|val|vig|od|arm|endeav|sav|tum|vap|parl|clam|rig|cand|ard|ferv|splend)or(s|ed|ing|ful|able)?$/,
      '$1our$2',
    ),
    word.replace(/iz(e|es|ed|ing|ation|ations|er|ers)$/, 'is$1'),
    word.replace(/yz(e|es|ed|ing)$/, 'ys$1'),
    word.replace(/(cent|theat|met|lit|fib|calib|somb|spect|lust|sab|meag)er(s?)$/, '$1re$2'),
    word.replace(/^(def|off|pret)ense(s?)$/, '$1ence$2'),
  ];
  return [...new Set(variants.filter((variant) => variant !== word))];
}

export function dictionaryPath(file: string): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('dictionary-en')), file);
}

export function buildEnglishWords(): { source: string; words: string[] } {
  const pkg = JSON.parse(readFileSync(dictionaryPath('package.json'), 'utf8')) as { version: string; license: string };
  const all = expandHunspell(readFileSync(dictionaryPath('index.aff'), 'utf8'), readFileSync(dictionaryPath('index.dic'), 'utf8'));
  const size = all.size;
  // British spellings the American dictionary lacks ("judgement", "colour", "organise") count as English too.
  for (const word of [...all]) for (const variant of britishVariants(word)) all.add(variant);
  const { words, shapes } = lookupCandidates();
  // Lower-case words only: "Los" (Angeles) is English, lower-case "los" is not.
  const kept = [...all].filter((word) => /^[a-z]+$/.test(word) && (words.has(word) || shapes.some((shape) => shape.test(word))));
  return {
    source: `dictionary-en ${pkg.version} (licence ${pkg.license}): Hunspell en_US from SCOWL, size 60, and common British spellings of its words; ${size} word forms, of which these are the lower-case ones a source language also uses or spells alike. Regenerate with: npx tsx scripts/build-english-words.ts`,
    words: kept.sort(),
  };
}

/** As Prettier writes JSON, so that the check and the formatter agree. */
export function serialize(data: { source: string; words: string[] }): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const text = serialize(buildEnglishWords());
  if (process.argv.includes('--check')) {
    const current = readFileSync(OUTPUT, 'utf8');
    if (current !== text) {
      console.error(`${OUTPUT} is stale: run npx tsx scripts/build-english-words.ts`);
      process.exit(1);
    }
  } else {
    writeFileSync(OUTPUT, text);
    console.log(`${OUTPUT}: ${JSON.parse(text).words.length} words`);
  }
}
