import { describe, expect, it } from 'vitest';
import { missingArticles, ARTICLELESS_LANGUAGES } from '@/lib/detect/signals/missing-articles';
import { textContext } from '../context';

describe('missing-articles signal', () => {
  it('fires on a title that opens a sentence without “the”', () => {
    const evidence = missingArticles.run(textContext('The troops left on Thursday. President said that the mission was over.'));
    expect(evidence?.weight).toBe(0.25);
    expect(evidence?.languages).toEqual(ARTICLELESS_LANGUAGES);
    expect(evidence?.detail).toContain('“President said”');
  });

  it('fires after a conjunction and weighs two such titles more', () => {
    const evidence = missingArticles.run(
      textContext('President said that the troops would leave. The talks will go on, and minister added that nothing was decided.'),
    );
    expect(evidence?.weight).toBe(0.4);
    expect(evidence?.detail).toContain('“President said”');
    expect(evidence?.detail).toContain('“minister added”');
  });

  it('reaches 0.5 with three, crediting the languages without articles (Polish and Russian most)', () => {
    const text =
      'Prosecutor stated that the case was closed, and spokesman emphasized that no one was hurt. Mayor announced new rules for the square.';
    const evidence = missingArticles.run(textContext(text));
    expect(evidence?.weight).toBe(0.5);
    expect(evidence!.languages!.pl).toBeGreaterThan(evidence!.languages!.tr!);
    expect(evidence?.detail).toContain('“Prosecutor stated”');
  });

  it('knows the titles and verbs the flag knows (one list, lib/data/english/reporting.json)', () => {
    const evidence = missingArticles.run(textContext('The talks ended late, and head of diplomacy warned that nothing was agreed.'));
    expect(evidence?.detail).toContain('“head of diplomacy warned”');
  });

  it.each([
    'The president said the troops would leave.',
    'Prime Minister Tusk said the troops would leave on Friday.',
    'The prime minister said so, and the minister added that more help would come.',
    'President Biden said on Tuesday that tariffs would stay. Minister Sikorski stated the same.',
    '“We will win,” the president said. Governor Newsom announced a plan, and Mayor Adams noted the cost.',
    'A former minister said the deal was fair, and a spokesman for the ministry declined to comment.',
  ])('stays silent on titles with an article or a name: %s', (text) => {
    expect(missingArticles.run(textContext(text))).toBeNull();
  });

  // Headlines drop articles in honest English: "…, minister says", "President says …".
  it.each([
    'Ukraine needs more air defence, minister says\n\nUkraine needs more air defence systems, its defence minister said on Tuesday.',
    'President says tariffs will stay\n\nPresident Joe Biden said on Tuesday that tariffs will stay in place.',
    'Bridge to reopen in May, mayor says\n\nThe old bridge will reopen in May, the mayor said.',
  ])('stays silent on headlinese: %s', (text) => {
    expect(missingArticles.run(textContext(text))).toBeNull();
  });

  it.each([
    'The company’s founder and chairman said on Monday that profits rose.',
    'Its chief executive and director confirmed the sale on Friday.',
    'Taxpayers filing as head of household claimed the credit last year.',
    'The lawyer who was elected as mayor confirmed the plan.',
    'She was appointed as director warned staff about the cuts.',
  ])('stays silent on one person’s roles and on titles after a verb and “as”: %s', (text) => {
    expect(missingArticles.run(textContext(text))).toBeNull();
  });

  it('still fires after a clause-opening “and” or “as”', () => {
    expect(missingArticles.run(textContext('Taxes will not rise. As minister stressed, the budget is safe.'))?.detail).toContain(
      '“minister stressed”',
    );
    expect(missingArticles.run(textContext('The budget is safe, and minister added that taxes stay.'))?.detail).toContain(
      '“minister added”',
    );
  });

  it('stays silent on “served as governor said”, which needs no article', () => {
    expect(missingArticles.run(textContext('A Democrat who served as governor said the plan would fail.'))).toBeNull();
    expect(missingArticles.run(textContext('Anyone who worked as spokesman said the same.'))).toBeNull();
  });

  it('still fires on “as minister stressed”, the translated “jak podkreślił minister”', () => {
    const evidence = missingArticles.run(textContext('The talks will resume, as minister stressed on Monday.'));
    expect(evidence?.detail).toContain('“minister stressed”');
  });
});

describe('missing-articles after abbreviations and mid-sentence capitals', () => {
  it('leaves "The U.S. President said" and "Mr. Minister said" alone', () => {
    expect(
      missingArticles.run(textContext('The U.S. President said, however, that talks would go on. Mr. Minister said nothing.')),
    ).toBeNull();
  });

  it('finds a capitalised title after a conjunction: "…, and President said nothing"', () => {
    expect(missingArticles.run(textContext('The talks ended, and President said nothing about the deal.'))?.detail).toContain(
      'President said',
    );
  });
});
