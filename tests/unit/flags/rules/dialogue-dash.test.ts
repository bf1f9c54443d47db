import { describe, expect, it } from 'vitest';
import { dialogueDash } from '@/lib/flags/rules/dialogue-dash';
import { expectExactOffsets } from '../expect-flags';

describe('dialogue-dash rule', () => {
  it('flags a quote opened with a dash, up to the end of its first sentence', () => {
    const text = 'The mission has ended. – Overall, it’s time to go home. We have done our task, said Putin.';
    const flags = dialogueDash.run({ text, sourceLanguage: 'pl' });
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({
      text: '– Overall, it’s time to go home.',
      category: 'punctuation',
      suggestion: '“Overall, it’s time to go home.”',
    });
    expectExactOffsets(text, flags);
  });

  it('flags a dash at the start of a paragraph', () => {
    const text = 'Putin spoke.\n\n— We will win, said Putin.';
    const flags = dialogueDash.run({ text, sourceLanguage: null });
    expect(flags.map((flag) => flag.start)).toEqual([text.indexOf('—')]);
    expectExactOffsets(text, flags);
  });

  it('leaves dashes inside a sentence and hyphens alone', () => {
    expect(dialogueDash.run({ text: 'The vote – Tuesday’s second – passed. - Not a dash quote.', sourceLanguage: 'pl' })).toEqual([]);
  });

  it('does not flag a dash-led list without speech', () => {
    const text = 'What changes on Monday:\n– Roads around the bridge close.\n– Buses take the ring road.';
    expect(dialogueDash.run({ text, sourceLanguage: 'pl' })).toEqual([]);
  });

  it('does not take a tweet’s “— Name” attribution for speech', () => {
    expect(dialogueDash.run({ text: 'We will rebuild the bridge.\n— Jane Doe (@janedoe) May 1, 2024', sourceLanguage: null })).toEqual([]);
  });

  it('flags Spanish dashes and a closing dash before the speech verb', () => {
    const text =
      'The talks failed.\n—We will not negotiate under pressure —said the spokeswoman.\n– We will not allow it – said the Marshal of the Sejm.';
    const flags = dialogueDash.run({ text, sourceLanguage: null });
    expect(flags.map((flag) => [flag.text, flag.suggestion])).toEqual([
      ['—We will not negotiate under pressure', '“We will not negotiate under pressure”'],
      ['– We will not allow it', '“We will not allow it”'],
    ]);
    expectExactOffsets(text, flags);
  });

  it('leaves a dash inside a sentence before “said” alone', () => {
    expect(dialogueDash.run({ text: 'The vote — Tuesday’s second — said much about the party.', sourceLanguage: null })).toEqual([]);
  });
});
