import { describe, expect, it } from 'vitest';
import { detokenize } from '@/lib/text/detokenize';
import { sentences } from '@/lib/flags/model/tokens';
import { countBand, decodeNgramTable, encodeNgramTable, ngramHash } from '@/lib/flags/model/ngrams';

describe('detokenize', () => {
  it('glues marks and clitics back and keeps each token’s place', () => {
    const tokens = ['He', 'hadn', "'t", 'seen', 'the', '"', 'Guest', '"', '(', 'a', 'play', ')', ',', 'he', 'said', '.'];
    const { text, spans } = detokenize(tokens);
    expect(text).toBe('He hadn\'t seen the "Guest" (a play), he said.');
    tokens.forEach((token, index) => expect(text.slice(...spans[index]!)).toBe(token));
  });
});

describe('sentences', () => {
  it('splits at full stops and line breaks, not after abbreviations, and keeps offsets', () => {
    const text = 'Mr. Smith met Dr. Jones in the U.S. capital. They talked.\nA new line';
    const split = sentences(text);
    expect(
      split.map((sentence) =>
        sentence.tokens
          .filter((token) => token.word)
          .map((token) => text.slice(token.start, token.end))
          .join(' '),
      ),
    ).toEqual(['Mr. Smith met Dr. Jones in the U.S. capital', 'They talked', 'A new line']);
    expect(split[0]!.tokens.map((token) => token.key)).toContain('mr.');
    expect(sentences('It cost 1,500 euros.')[0]!.tokens.map((token) => token.key)).toEqual(['it', 'cost', '0', ',', '000', 'euros', '.']);
  });
});

describe('n-gram table', () => {
  it('reads back the band of every n-gram it holds and 0 for the rest (up to hash collisions)', () => {
    const grams = Array.from({ length: 2000 }, (_, index) => [`w${index}`, `v${index % 7}`]);
    const entries = grams.map((gram, index) => [ngramHash(gram), countBand(index + 1)] as const);
    const bands = decodeNgramTable(JSON.parse(JSON.stringify(encodeNgramTable(entries, 24))));
    grams.forEach((gram, index) => expect(bands.band(gram[0]!, gram[1])).toBe(countBand(index + 1)));
    const unseen = Array.from({ length: 2000 }, (_, index) => bands.band(`absent${index}`)).filter((band) => band > 0);
    expect(unseen.length).toBeLessThan(5);
  });

  it('bands counts by powers of two', () => {
    expect([0, 1, 2, 3, 4, 1000, 1e9].map(countBand)).toEqual([0, 1, 2, 2, 3, 10, 15]);
  });
});
