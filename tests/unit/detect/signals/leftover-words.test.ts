import { describe, expect, it } from 'vitest';
import { leftoverWords } from '@/lib/detect/signals/leftover-words';
import { textContext } from '../context';

describe('leftover-words signal', () => {
  it('finds a Polish "Czytaj także" left in the article', () => {
    const evidence = leftoverWords.run(textContext('The troops left on Thursday. Czytaj także: Tokayev thanks Putin.'));
    expect(evidence?.weight).toBe(0.55);
    expect(evidence?.languages).toEqual({ pl: 0.55 });
    expect(evidence?.detail).toContain('Czytaj także');
  });

  it('weighs a leftover in the page around the article less', () => {
    const evidence = leftoverWords.run(
      textContext('The troops left on Thursday.', { pageText: 'The troops left on Thursday. Lesen Sie auch: Putin in Almaty' }),
    );
    expect(evidence?.weight).toBe(0.4);
    expect(evidence?.languages).toEqual({ de: 0.4 });
  });

  it('combines several leftovers', () => {
    const evidence = leftoverWords.run(textContext('[WIDEO] Putin speaks. Źródło: TASS'));
    expect(evidence!.weight).toBeGreaterThan(0.55);
    expect(evidence!.weight).toBeLessThanOrEqual(0.8);
  });

  it('respects case-sensitive leftovers: "Reklama" in a sentence is not the "REKLAMA" label', () => {
    expect(leftoverWords.run(textContext('The agency Reklama Polska won the contract.'))).toBeNull();
    expect(leftoverWords.run(textContext('REKLAMA The troops left.'))?.languages).toEqual({ pl: 0.55 });
  });

  it('stays silent on plain English', () => {
    expect(leftoverWords.run(textContext('Read also: the mayor’s statement. Source: Reuters.'))).toBeNull();
  });
});

describe('leftover-words: bracket tags and “read also” labels of every source language', () => {
  it.each([
    ['cs', 'The mayor spoke on Monday. Související články: new bridge opens.'],
    ['cs', 'The mayor spoke on Monday [GALERIE] and left.'],
    ['de', 'The mayor spoke on Monday. Das könnte Sie auch interessieren: new bridge opens.'],
    ['es', 'The mayor spoke on Monday. Noticias relacionadas: new bridge opens.'],
    ['fr', 'The mayor spoke on Monday. À lire également: new bridge opens.'],
    ['it', 'The mayor spoke on Monday. Potrebbe interessarti: new bridge opens.'],
    ['nl', 'The mayor spoke on Monday. Bekijk ook: new bridge opens.'],
    ['pt', 'The mayor spoke on Monday. Notícias relacionadas: new bridge opens.'],
    ['ru', 'The mayor spoke on Monday. Читайте еще: new bridge opens.'],
    ['tr', 'The mayor spoke on Monday. İlgili haberler: new bridge opens.'],
    ['uk', 'The mayor spoke on Monday. Також читайте: new bridge opens.'],
  ])('finds %s in “%s”', (language, text) => {
    expect(leftoverWords.run(textContext(text))?.languages).toHaveProperty(language);
  });
});
