/**
 * The model tier's hints (lib/flags/rules/unusual-wording.ts) with the
 * committed wording model: made-up words of machine translation are hinted
 * at when such words come in numbers, not when one stands alone in a long
 * text (human translations have scattered rare words; MT's slips cluster).
 */
import { describe, expect, it } from 'vitest';
import { unusualWording, wordingHints, WORDING_GATE } from '@/lib/flags/rules/unusual-wording';
import { analyzeText } from '@/lib/analyze';

// Invented here: two words no dictionary has, of the kind MT makes ("infinality", "sentaavograms"), in plain English.
const ODD = 'There is no doubt that infinality is a matter of the sentaavograms.';
const PLAIN =
  'The council met on Tuesday to discuss the budget for the coming year. Members agreed that the school needs a new roof before the winter. The mayor said the work would start in the spring and end in the summer.';
// Invented here: chatty first-person English, as a person writes it.
const PERSONAL =
  "Gosh, what a week. Monday the boiler packed up, Tuesday the cat threw up on my laptop, and by Wednesday I'd more or less given up on the whole business of being a functioning adult. Still, there's something oddly cheering about a proper disaster, isn't there? You stop fussing about the small stuff. I rang Mum, who was no help whatsoever (\"Have you tried turning it off and on again, love?\"), and then I rang a plumber called Dave, who was marvellous and charged me a fortune. Thursday was quiet. Friday I baked a lemon drizzle cake, ate half of it standing up, and felt much better.";
const hints = (text: string, sourceLanguage: string | null, gate = WORDING_GATE, textModel?: number | null) =>
  wordingHints({ text, sourceLanguage, translated: true, textModel }, gate).map((flag) => text.slice(flag.start, flag.end));

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
    expect(hints(lone, 'et', { ...WORDING_GATE, minFlaggedPer1000: 0 })).toEqual(['infinality', 'sentaavograms']);
    const many = Array.from({ length: 24 }, (_, index) => (index % 8 === 0 ? `${ODD} ${PLAIN}` : PLAIN)).join(' ');
    expect(hints(many, 'et')).toHaveLength(6);
  });

  it("holds back on a text the text model reads as a person's writing, not on one it reads as a machine's", () => {
    const below = WORDING_GATE.minTextModel - 0.1;
    const above = WORDING_GATE.minTextModel + 0.1;
    for (const source of ['et', 'ru', null]) expect(hints(ODD, source, WORDING_GATE, below)).toEqual([]);
    expect(hints(ODD, 'et', WORDING_GATE, above)).toEqual(['infinality', 'sentaavograms']);
    // Not scored (too short, or not asked): as before.
    expect(hints(ODD, 'et', WORDING_GATE, null)).toEqual(['infinality', 'sentaavograms']);
  });

  it("is held back through analyzeText when the article reads like a person's translation, though the source is named", () => {
    const text = `${PERSONAL} ${ODD}`;
    // The words alone would be hinted at ...
    expect(hints(text, 'et')).toEqual(['infinality', 'sentaavograms']);
    // ... but the detector's text model reads the article as a person's, and the analysis passes its score on.
    const report = analyzeText(text, { rules: { sourceLanguage: 'et' } });
    expect(report.mt.machine?.textModel).toBeLessThan(WORDING_GATE.minTextModel);
    expect(report.flags.filter((flag) => flag.tier === 'model')).toEqual([]);
  });

  it('shows nothing on text not taken for a translation', () => {
    expect(unusualWording.run({ text: ODD, sourceLanguage: 'et', translated: false })).toEqual([]);
  });
});
