import { describe, expect, it } from 'vitest';
import { findPhrase, mayContain, nearAny } from '@/lib/text/match';

describe('phrase matching', () => {
  it('finds a phrase across any whitespace, in any case, on word boundaries', () => {
    const text = 'The MINISTRY of\nNational  Defense said so; the ministry of national defenses did not.';
    expect(findPhrase(text, 'Ministry of National Defense').map((hit) => hit.text)).toEqual(['MINISTRY of\nNational  Defense']);
    expect(findPhrase('Кремль заявил, что КРЕМЛЬ молчит.', 'кремль').map((hit) => hit.start)).toEqual([0, 19]);
    expect(findPhrase('[WIDEO] Szojgu', '[WIDEO]').map((hit) => hit.text)).toEqual(['[WIDEO]']);
  });

  it('keeps case when asked', () => {
    expect(findPhrase('Sejm and sejm', 'Sejm', true).map((hit) => hit.start)).toEqual([0]);
    expect(nearAny('Russia and the Ministry of National Defense', 20, 30, ['Russia'])).toBe(true);
    expect(nearAny('russia and the Ministry of National Defense', 20, 30, ['Russia'])).toBe(false);
  });

  it('rules a phrase out by its first word before any RegExp runs, never wrongly', () => {
    expect(mayContain('An article about tennis.', 'Let us recall that')).toBe(false);
    expect(mayContain('LET US RECALL that it rained.', 'Let us recall that')).toBe(true);
    // The RegExp i flag reads the long s as s; a plain lower-casing would not.
    expect(mayContain('Leſſons were learnt', 'lessons')).toBe(true);
    expect(findPhrase('Leſſons were learnt', 'lessons').map((hit) => hit.text)).toEqual(['Leſſons']);
    // Phrases opening in other scripts are not ruled out by the literal check.
    expect(mayContain('anything', '知乎')).toBe(true);
    expect(mayContain('Sejm', 'sejm', true)).toBe(false);
  });

  it('gives the same answers for long texts asked about in turns (the lower-cased copies are cached)', () => {
    const texts = Array.from(
      { length: 6 },
      (_, index) =>
        `${'Filler words about nothing much. '.repeat(5)}Text ${index}: ${index % 2 ? 'LET US RECALL that' : 'no such phrase'} here.`,
    );
    for (let round = 0; round < 3; round++) {
      texts.forEach((text, index) => {
        expect(mayContain(text, 'Let us recall that'), `${round}/${index}`).toBe(index % 2 === 1);
        expect(findPhrase(text, 'let us recall').length, `${round}/${index}`).toBe(index % 2);
      });
    }
  });
});
