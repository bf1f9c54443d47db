import { describe, expect, it } from 'vitest';
import { mtPhrasing } from '@/lib/detect/signals/mt-phrasing';
import { textContext } from '../context';

function topLanguage(languages: Record<string, number>): string {
  return Object.entries(languages).sort((a, b) => b[1] - a[1])[0]![0];
}

describe('mt-phrasing signal', () => {
  it('fires on Polish-style phrasings and names the Polish originals', () => {
    const text =
      'Let us recall that the mission began in January. It is worth adding that the troops left early. What is more, the talks failed.';
    const evidence = mtPhrasing.run(textContext(text));
    expect(evidence?.weight).toBe(0.45);
    expect(topLanguage(evidence!.languages!)).toBe('pl');
    expect(evidence?.detail).toContain('“Let us recall that” (Polish “przypomnijmy, że”)');
    expect(evidence?.detail).toContain('“It is worth adding”');
  });

  it('fires on Russian-style phrasings, crediting Russian and Ukrainian, and shows “In turn,” without the sentence before', () => {
    const text = 'As it became known, the deal fell through. Earlier it was reported that talks had stalled. In turn, Kyiv objected.';
    const evidence = mtPhrasing.run(textContext(text));
    expect(evidence?.weight).toBe(0.45);
    expect(evidence!.languages!.ru).toBeGreaterThan(0.15);
    expect(evidence!.languages!.uk).toBeGreaterThan(0.15);
    expect(evidence?.detail).toContain('“As it became known” (Russian “как стало известно”)');
    expect(evidence?.detail).toContain('“In turn,”');
    expect(evidence?.detail).not.toContain('“. In turn');
  });

  it('fires on German-style phrasings and credits German alone', () => {
    const text =
      'The meeting took place in the frame of the summit. According to own information, the firm, how the police announced, lost nothing.';
    const evidence = mtPhrasing.run(textContext(text));
    expect(evidence?.weight).toBe(0.45);
    expect(Object.keys(evidence!.languages!)).toEqual(['de']);
    expect(evidence?.detail).toContain('“in the frame of” (German “im Rahmen”)');
  });

  it('fires on Brazilian news phrasings and credits Portuguese', () => {
    const evidence = mtPhrasing.run(textContext('Lula met the petista this Tuesday (12) at the Civil House.'));
    expect(evidence?.weight).toBe(0.45);
    expect(evidence?.languages).toEqual({ pt: expect.closeTo(0.45) });
    expect(evidence?.detail).toContain('“this Tuesday (12)”');
  });

  it('fires on Turkish news phrasings and caps the weight at 0.55', () => {
    const text =
      'In the statement made by the governor, it was stated that two people were hurt, the relevant units were informed and teams were dispatched.';
    const evidence = mtPhrasing.run(textContext(text));
    expect(evidence?.weight).toBe(0.55);
    expect(Object.keys(evidence!.languages!)).toEqual(['tr']);
    expect(evidence?.detail).toContain('“it was stated that”');
  });

  it('splits a phrasing several languages produce among them', () => {
    const evidence = mtPhrasing.run(textContext('Parliament backed the Executive in the framework of the budget talks.'));
    expect(evidence?.weight).toBe(0.3);
    expect(Object.keys(evidence!.languages!).sort()).toEqual(['es', 'fr', 'it', 'pt']);
    expect(evidence!.languages!.es).toBeGreaterThan(evidence!.languages!.fr!);
  });

  it('counts one phrasing as chance: weight 0.1', () => {
    const evidence = mtPhrasing.run(textContext('What is more, prices rose again in May.'));
    expect(evidence?.weight).toBe(0.1);
    expect(evidence?.languages).toEqual({ pl: 0.1 });
  });

  it.each([
    'Higher rates cut demand, which in turn slowed hiring.',
    'The rally was, in turn, followed by a sell-off.',
    'The executive said the company would cut 200 jobs next year.',
    'Smith, the Executive Vice President of sales, said margins improved.',
    'The Executive Committee met on Monday and the Executive Director resigned.',
    'The minister said the talks would resume next week, according to a statement.',
    'The president recalled that the mission began in January.',
  ])('stays silent on honest English: %s', (text) => {
    expect(mtPhrasing.run(textContext(text))).toBeNull();
  });

  it('is case-sensitive where English has the same words in lower case', () => {
    expect(mtPhrasing.run(textContext('Prices rose. in turn, wages did.'))).toBeNull();
    expect(mtPhrasing.run(textContext('Talks with the executive were cancelled.'))).toBeNull();
  });
});
