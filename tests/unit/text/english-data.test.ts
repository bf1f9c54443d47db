import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { wordRank, RANKED_WORDS } from '@/lib/text/word-frequency';
import { isEnglishWord } from '@/lib/text/english-lexicon';
import * as frequency from '@/scripts/build-word-frequency';
import * as lexicon from '@/scripts/build-english-lexicon';

describe('English word frequency (lib/data/english/word-frequency.json)', () => {
  it('is what scripts/build-word-frequency.ts makes', () => {
    const stale = readFileSync(frequency.OUTPUT, 'utf8') !== frequency.serialize(frequency.buildWordFrequency());
    expect(stale, 'run npx tsx scripts/build-word-frequency.ts').toBe(false);
  });

  it('ranks the most common words first, any case, and knows nothing of the rest', () => {
    expect(wordRank('the')).toBe(1);
    expect(wordRank('The')).toBe(1);
    expect(wordRank('government')!).toBeLessThan(1000);
    expect(wordRank('moshenniki')).toBeNull();
    expect(RANKED_WORDS).toBe(6000);
  });
});

describe('English lexicon (lib/data/english/lexicon.json)', () => {
  it('is what scripts/build-english-lexicon.ts makes', () => {
    const stale = readFileSync(lexicon.OUTPUT, 'utf8') !== lexicon.serialize(lexicon.buildLexicon());
    expect(stale, 'run npx tsx scripts/build-english-lexicon.ts').toBe(false);
  });

  it('knows inflected and British forms and names, not Polish or transliterated Russian', () => {
    for (const word of ['stations', 'studied', 'organised', 'colour', 'Berlin', 'unbelievably'])
      expect(isEnglishWord(word), word).toBe(true);
    for (const word of ['zatrzymany', 'policja', 'moshenniki', 'pensionerka']) expect(isEnglishWord(word), word).toBe(false);
  });
});
