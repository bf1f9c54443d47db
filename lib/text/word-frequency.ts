/**
 * How common an English word is: its rank in lib/data/english/word-frequency.json
 * (built by scripts/build-word-frequency.ts from public-domain English).
 * Generic on purpose: the detector's text model reads frequency bands from
 * it, and the flags may ask it how usual a word is.
 */
import table from '../data/english/word-frequency.json';

let ranks: Map<string, number> | null = null;

function rankTable(): Map<string, number> {
  if (!ranks) {
    // A plain loop: in a fresh page this runs once, uncompiled, where an array of pairs and an iterator cost more.
    ranks = new Map();
    for (let index = 0; index < table.words.length; index++) ranks.set(table.words[index]!, index + 1);
  }
  return ranks;
}

/** 1 for the most frequent word ("the"), null for a word outside the table. Case-insensitive. */
export function wordRank(word: string): number | null {
  return rankTable().get(word.toLowerCase()) ?? null;
}

/** How many words the table ranks. */
export const RANKED_WORDS = table.words.length;
