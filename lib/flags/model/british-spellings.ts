/**
 * British spellings of American dictionary words ("realisable", "armouries",
 * "defenceless"): the dictionary of lib/data/english/lexicon.json is American,
 * and a British spelling is a translator's choice, not a made-up word. One
 * list, lib/data/english/word-parts.json (`britishSpellings`), for both
 * readers. The model's dictionary feature (lexiconClass in features.ts) reads
 * only the entries marked `trained`, the ones the committed trees learnt
 * with: retrained with every entry, the model flagged fewer words on the dev
 * split and less precisely on Romanian (lib/data/flags/README.md, session 8),
 * so the feature keeps its list until a retrain does better. The words made
 * of English parts (word-parts.ts) read every entry.
 */
import { isEnglishWord } from '../../text/english-lexicon';
import partsData from '../../data/english/word-parts.json';

interface Spelling {
  british: RegExp;
  american: string;
  trained: boolean;
}

const SPELLINGS: Spelling[] = partsData.britishSpellings.map((entry) => ({
  british: new RegExp(entry.british),
  american: entry.american,
  trained: 'trained' in entry && entry.trained === true,
}));
const TRAINED = SPELLINGS.filter((spelling) => spelling.trained);

function americanForms(word: string, spellings: readonly Spelling[]): string[] {
  const lower = word.toLowerCase();
  return spellings.map(({ british, american }) => lower.replace(british, american)).filter((form) => form !== lower);
}

/** Whether the word is in the dictionary as written or as the American spelling of a British one (every entry). */
export function inDictionary(word: string): boolean {
  return isEnglishWord(word) || americanForms(word, SPELLINGS).some(isEnglishWord);
}

/** The same with the entries the wording model was trained with: what its `lexicon` feature reads. */
export function inTrainedDictionary(word: string): boolean {
  return isEnglishWord(word) || americanForms(word, TRAINED).some(isEnglishWord);
}
