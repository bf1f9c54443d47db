/**
 * Whether a word that no dictionary holds is still made of English parts: a
 * British spelling of a dictionary word ("defenceless", "jewellery"), an
 * English prefix or suffix on one ("unchopped", "relaxedness",
 * "falsificationists"), or two of them ("fieldstones", "shootdown"). Human
 * translators coin and choose such words; machine translation's made-up words
 * mostly are not ("sentaavograms", "mykeeners", "nomodytic"). Chosen on the
 * train split and the tuning half (bench/flags-word-parts.ts): of the words
 * the model tier flagged, such words were 22 of 44 in the Estonian human
 * translations (even rows) but 204 of 1,550 in the Romanian and Estonian MT
 * (166 of those 204 changed by post-editors: right a little less often than
 * the flags kept, so precision rises a little while the rate falls). The
 * prefixes and suffixes are lib/data/english/word-parts.json, the British
 * spellings lib/flags/model/british-spellings.ts.
 */
import { inDictionary } from './british-spellings';
import { lexiconClass } from './features';
import partsData from '../../data/english/word-parts.json';

const PREFIXES = partsData.prefixes;
const SUFFIXES = partsData.suffixes;
/** Parts shorter than this are not judged: the dictionary's own minimum. */
const MIN_PART = 4;

/** Lower-case letters only; at most two affixes deep. */
function madeOfParts(word: string, depth: number): boolean {
  if (inDictionary(word)) return true;
  if (depth > 1) return false;
  for (const prefix of PREFIXES) {
    const rest = word.slice(prefix.length);
    if (word.startsWith(prefix) && rest.length >= MIN_PART && madeOfParts(rest, depth + 1)) return true;
  }
  for (const { suffix, stemEndings: endings } of SUFFIXES) {
    if (!word.endsWith(suffix) || word.length - suffix.length < 3) continue;
    for (const ending of endings) {
      const stem = word.slice(0, -suffix.length) + ending;
      if (stem.length >= MIN_PART && madeOfParts(stem, depth + 1)) return true;
    }
  }
  for (let cut = MIN_PART; cut <= word.length - MIN_PART; cut++)
    if (inDictionary(word.slice(0, cut)) && inDictionary(word.slice(cut))) return true;
  return false;
}

/**
 * A lower-case word outside the dictionary, made of English parts (a
 * hyphenated or possessive word: each part); names, numbers and dictionary
 * words are left to the model.
 */
export function madeOfEnglishParts(surface: string): boolean {
  if (!/^\p{Ll}/u.test(surface) || /\p{N}/u.test(surface) || lexiconClass(surface) !== 0) return false;
  const word = surface.toLowerCase().replace(/['’]s$/, '');
  if (/^[a-z]+$/.test(word)) return madeOfParts(word, 0);
  return /^[a-z]+(?:[-'’][a-z]+)+$/.test(word) && word.split(/[-'’]/).every((part) => part.length < MIN_PART || madeOfParts(part, 0));
}
