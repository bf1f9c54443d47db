/**
 * The model tier's hints (lib/flags/rules/unusual-wording.ts) with the
 * committed wording model: made-up words of machine translation are hinted
 * at when such words come in numbers, not when one stands alone in a long
 * text (human translations have scattered rare words; MT's slips cluster).
 */
import { describe, expect, it } from 'vitest';
import { unusualWording, wordingHints, WORDING_GATE } from '@/lib/flags/rules/unusual-wording';

// Invented here: two words no dictionary has, of the kind MT makes ("infinality", "sentaavograms"), in plain English.
const ODD = 'There is no doubt that infinality is a matter of the sentaavograms.';
const PLAIN =
  'The council met on Tuesday to discuss the budget for the coming year. Members agreed that the school needs a new roof before the winter. The mayor said the work would start in the spring and end in the summer.';
const hints = (text: string, sourceLanguage: string | null, gate = WORDING_GATE) =>
  wordingHints({ text, sourceLanguage, translated: true }, gate).map((flag) => text.slice(flag.start, flag.end));

describe('unusual-wording', () => {
  it('hints at made-up words in a short translated text', () => {
    expect(hints(ODD, 'et')).toEqual(['infinality', 'sentaavograms']);
    expect(hints(ODD, null)).toEqual(['infinality', 'sentaavograms']);
  });

  it('stays quiet on one odd sentence in a long, otherwise plain text, and hints when odd words come in numbers', () => {
    const lone = [ODD, ...Array<string>(24).fill(PLAIN)].join(' ');
    expect(hints(lone, 'et')).toEqual([]);
    expect(hints(lone, null)).toEqual([]);
    // The gate, not the words' scores, is what hides them.
    expect(hints(lone, 'et', { minFlaggedPer1000: 0 })).toEqual(['infinality', 'sentaavograms']);
    const many = Array.from({ length: 24 }, (_, index) => (index % 8 === 0 ? `${ODD} ${PLAIN}` : PLAIN)).join(' ');
    expect(hints(many, 'et')).toHaveLength(6);
  });

  it('shows nothing on text not taken for a translation', () => {
    expect(unusualWording.run({ text: ODD, sourceLanguage: 'et', translated: false })).toEqual([]);
  });
});
