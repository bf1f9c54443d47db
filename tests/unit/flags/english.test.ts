import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildEnglishWords, expandHunspell, britishVariants, serialize, OUTPUT } from '@/scripts/build-english-words';
import { isEnglishWord, loanPhraseSpans } from '@/lib/flags/english';

describe('English words (lib/data/english)', () => {
  it('words.json is what scripts/build-english-words.ts makes from dictionary-en and the language data', () => {
    const expected = serialize(buildEnglishWords());
    const stale = readFileSync(OUTPUT, 'utf8') !== expected;
    expect(stale, 'lib/data/english/words.json is stale: run npx tsx scripts/build-english-words.ts').toBe(false);
  });

  it('expands Hunspell affixes, with cross products', () => {
    const aff = [
      'PFX U Y 1',
      'PFX U   0     un         .',
      'SFX D Y 2',
      'SFX D   0     d          e',
      'SFX D   0     ed         [^e]',
    ].join('\n');
    const dic = ['2', 'lock/UD', 'tie/D'].join('\n');
    expect([...expandHunspell(aff, dic)].sort()).toEqual(['lock', 'locked', 'tie', 'tied', 'unlock', 'unlocked']);
  });

  it('adds the British spellings the American dictionary lacks', () => {
    expect(britishVariants('judgment')).toContain('judgement');
    expect(britishVariants('color')).toContain('colour');
    expect(britishVariants('minister')).toEqual([]);
  });

  it('knows the English words that look foreign, and not the foreign ones', () => {
    for (const word of ['jest', 'ale', 'die', 'den', 'pro', 'take', 'con', 'czar', 'judgement', 'café', 'złoty', 'über']) {
      expect(isEnglishWord(word), word).toBe(true);
    }
    for (const word of ['nie', 'und', 'der', 'que', 'los', 'już', 'przez', 'ministre', 'entre'])
      expect(isEnglishWord(word), word).toBe(false);
  });

  it('finds foreign set phrases English uses, with either apostrophe', () => {
    const text = 'It was de facto a coup d’état, per se.';
    expect(loanPhraseSpans(text).map(([start, end]) => text.slice(start, end))).toEqual(
      expect.arrayContaining(['de facto', 'coup d’état', 'per se']),
    );
  });
});
