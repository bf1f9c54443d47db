import { describe, expect, it } from 'vitest';
import { detokenize } from '@/lib/text/detokenize';
import { sentences } from '@/lib/flags/model/tokens';
import { countBand, decodeNgramTable, encodeNgramTable, ngramHash, ngramTableLookup } from '@/lib/flags/model/ngrams';
import { FEATURE_NAMES, sentenceFeatures } from '@/lib/flags/model/features';
import { madeOfEnglishParts } from '@/lib/flags/model/word-parts';

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

  it('keeps every band of a crowded bucket and of an odd last entry, and refuses a bucket it cannot write', () => {
    // Bucket 5 holds 15 entries (the most a packed count can say) with every band 1..15; bucket 6 one entry, an odd last.
    const entries = Array.from({ length: 15 }, (_, index) => [5 * 256 + index * 16, index + 1] as const);
    const lookup = ngramTableLookup(JSON.parse(JSON.stringify(encodeNgramTable([...entries, [6 * 256 + 7, 9]], 24))));
    entries.forEach(([hash, band]) => expect(lookup(hash)).toBe(band));
    expect(lookup(6 * 256 + 7)).toBe(9);
    expect([5 * 256 + 1, 6 * 256 + 6, 4 * 256 + 255, 7 * 256].map(lookup)).toEqual([0, 0, 0, 0]);
    expect(() => encodeNgramTable([...entries, [5 * 256 + 255, 3]], 24)).toThrow(/bucket 5/);
  });

  it('bands counts by powers of two', () => {
    expect([0, 1, 2, 3, 4, 1000, 1e9].map(countBand)).toEqual([0, 1, 2, 2, 3, 10, 15]);
  });
});

describe('word features', () => {
  // A table that has seen nothing: only what the word itself says is left.
  const unseen = { band: () => 0 };
  const feature = (text: string, word: string, name: (typeof FEATURE_NAMES)[number]) => {
    const sentence = sentences(text)[0]!;
    const { rows, words } = sentenceFeatures(sentence, text, unseen);
    const at = words.findIndex((index) => text.slice(sentence.tokens[index]!.start, sentence.tokens[index]!.end) === word);
    return rows[at]![FEATURE_NAMES.indexOf(name)];
  };

  it('tells a rare English word a translator chose from a word machine translation made up', () => {
    expect(feature('It is an uncouth religion.', 'uncouth', 'lexicon')).toBe(1);
    expect(feature('Orchids and begonias grow there.', 'begonias', 'lexicon')).toBe(1);
    expect(feature('There is no doubt that infinality is a matter.', 'infinality', 'lexicon')).toBe(0);
    expect(feature('It was divided into 100 sentaavograms.', 'sentaavograms', 'lexicon')).toBe(0);
    expect(feature('It was divided into 100 sentaavograms.', '100', 'lexicon')).toBe(2);
    expect(feature('A well-known writer.', 'well-known', 'lexicon')).toBe(1);
    // Typographic apostrophes and British spellings are a careful translator's, not made-up words.
    expect(feature('He chaired the fund’s board.', 'fund’s', 'lexicon')).toBe(1);
    expect(feature('It is a realisable possibility.', 'realisable', 'lexicon')).toBe(1);
    expect(feature('Weapons seized from armouries.', 'armouries', 'lexicon')).toBe(1);
    expect(feature('The fulfilment of wishes.', 'fulfilment', 'lexicon')).toBe(1);
  });

  it('counts the made-up lower-case words of the sentence, not its names', () => {
    expect(feature('Tkiss met Leil in Ashkelon.', 'met', 'nonwordsInSentence')).toBe(0);
    expect(feature('The home has a thievogy and infinality.', 'home', 'nonwordsInSentence')).toBe(2);
  });
});

describe('words made of English parts', () => {
  // Words the model tier flagged in the Estonian human translations (tuning half) and in MT (MLQE-PE et-en).
  it('takes a translator’s coinage for English and leaves machine translation’s made-up words to the model', () => {
    for (const word of ['falsificationists', 'understandability', 'unchopped', 'fieldstones', 'defenceless', 'three-storey', 'relaxedness'])
      expect(madeOfEnglishParts(word), word).toBe(true);
    for (const word of ['sentaavograms', 'nomodytic', 'mykeeners', 'thievogy', 'silenification', 'flankeyard’s'])
      expect(madeOfEnglishParts(word), word).toBe(false);
  });

  it('leaves names, numbers and dictionary words to the model', () => {
    for (const word of ['Fieldstones', 'Ashkelon', 'unchopped2', 'litre', 'hospital']) expect(madeOfEnglishParts(word), word).toBe(false);
  });
});
