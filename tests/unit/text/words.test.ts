import { describe, expect, it } from 'vitest';
import { endsSentence, sentences, words } from '@/lib/text/words';
import { isPlain } from '@/lib/text/plain-text';

/**
 * The general cut (Unicode classes), as lib/text/words.ts had it before the plain path: a plain text must be
 * cut by the fast path exactly as by this.
 */
const general = {
  words: (text: string) => text.replace(/’/g, "'").match(/[\p{L}]+(?:[’'][\p{L}]+)*(?:-[\p{L}]+)*/gu) ?? [],
  sentences: (text: string) =>
    text
      .split(/(?<=[.!?…][”"’')\]]?)\s+(?=[\p{Lu}\p{N}“"‘'(])|\n+/u)
      .map((sentence) => sentence.trim())
      .filter((sentence) => /\p{L}/u.test(sentence)),
};

const PLAIN = [
  'Dr. Smith said “hi” — 12.5 % of U.S.\u00a0firms… Yes! E.g. this. It’s 1990’s news. O’Brien’s well-known co-op. (A.) End.\n2. Next',
  '“Quoted.” Then (bracketed.) more… ‘Single.’ 3 cats!\u2003Four? ‘Yes’ — no.\r\n\r\nThe end • of · it… €5 £3 ±2 10×3 §4 “done”',
  "self-made man’s   son-in-law's rock-’n’-roll x-ray 4-5 -dash- ’twas",
];
const MIXED = [
  'Café au lait. Ørsted said “no”. ΟΔΟΣ. Ⅻ kings 𝟓 apples. Émile’s père-et-fils. «Да». 東京 is big. Naïve? Yes.',
  'He said: "Zürich." Then Łódź. 2. ½ cup. Ümit’s son-in-law.',
];

describe('words and sentences of a text', () => {
  it('cut a plain text exactly as the general patterns do', () => {
    for (const text of PLAIN) {
      expect(isPlain(text)).toBe(true);
      expect(words(text)).toEqual(general.words(text));
      expect(sentences(text)).toEqual(general.sentences(text));
      for (const sentence of sentences(text)) expect(words(sentence)).toEqual(general.words(sentence));
    }
  });

  it('keep letters beyond ASCII whole in a text that has them', () => {
    for (const text of MIXED) {
      expect(isPlain(text)).toBe(false);
      expect(words(text)).toEqual(general.words(text));
      expect(sentences(text)).toEqual(general.sentences(text));
    }
    expect(words(MIXED[0]!)).toContain('Café');
    expect(words(MIXED[0]!)).toContain("Émile's");
    expect(sentences(MIXED[1]!)).toContain('Then Łódź.');
  });

  it('split a mixed text into sentences whose plain ones take the fast path and agree', () => {
    const text = `${PLAIN[0]} ${MIXED[0]} ${PLAIN[1]}`;
    const cut = sentences(text);
    expect(cut).toEqual(general.sentences(text));
    expect(cut.some((sentence) => isPlain(sentence))).toBe(true);
    expect(cut.some((sentence) => !isPlain(sentence))).toBe(true);
    for (const sentence of cut) expect(words(sentence)).toEqual(general.words(sentence));
  });

  it('cut words at digits and keep inner apostrophes and hyphens', () => {
    expect(words('It’s 12 well-known O’Brien-style x2y')).toEqual(["It's", 'well-known', "O'Brien-style", 'x', 'y']);
  });

  it('say a text ends a sentence exactly where the sentence cut would end it before the next one', () => {
    const endings = [
      'It ended.',
      'He said “yes.”',
      'Really?!',
      'Done…',
      '(As planned.)',
      'A heading',
      'It came in 2024',
      'He said “Zürich.”',
    ];
    // Two closers after the full stop: the cut does not end the sentence there, so neither does endsSentence.
    const twoClosers = ['say, ‘Let’s try this.’”', 'watch for problems.”)', "loaded!''"];
    for (const ending of [...endings, ...twoClosers]) {
      expect(endsSentence(ending)).toBe(sentences(`${ending} The next one.`).length === 2);
    }
    expect(endsSentence('He said “yes.”')).toBe(true);
    expect(endsSentence('A heading')).toBe(false);
    for (const ending of twoClosers) expect(endsSentence(ending)).toBe(false);
  });
});
