import { describe, expect, it } from 'vitest';
import { transliteratedNames } from '@/lib/detect/signals/transliterated-names';
import { textContext } from '../context';

describe('transliterated-names signal', () => {
  it('finds the Polish spelling of Tokayev’s first name', () => {
    const evidence = transliteratedNames.run(textContext('President Kasym-Żomart Tokayev asked the CSTO for help.'));
    expect(evidence?.languages).toEqual({ pl: 0.9 * 0.75 });
    expect(evidence?.detail).toContain('Kasym-Żomart (usually Kassym-Jomart)');
  });

  it('credits every language that spells a name the same way, counting it once', () => {
    const evidence = transliteratedNames.run(textContext('Tokajew met the envoy.'));
    expect(Object.keys(evidence!.languages!).sort()).toEqual(['de', 'pl']);
    expect(evidence!.weight).toBeCloseTo(0.8 * 0.75);
  });

  it('finds a German spelling', () => {
    expect(transliteratedNames.run(textContext('Schoigu visited the front.'))?.languages).toEqual({ de: 0.9 * 0.75 });
  });

  it('stays silent on the usual English spellings and lower-case look-alikes', () => {
    expect(transliteratedNames.run(textContext('Kassym-Jomart Tokayev met Sergei Shoigu and Sergey Lavrov.'))).toBeNull();
    expect(transliteratedNames.run(textContext('the schoigu file'))).toBeNull();
  });

  it('takes a name only the general model reads as supporting evidence, below "uncertain" on its own', () => {
    const evidence = transliteratedNames.run(textContext('Maria Zacharowa and Dmitrij Pieskow spoke to reporters in Moscow on Monday.'));
    expect(evidence?.detail).toContain('Zacharowa (usually Zakharova)');
    expect(evidence?.languages).toHaveProperty('pl');
    // Pieskow is a listed Polish spelling: it weighs in full.
    expect(evidence!.weight).toBeGreaterThan(0.4);
    const modelOnly = transliteratedNames.run(textContext('Maria Zacharowa spoke to reporters in Moscow on Monday.'));
    expect(modelOnly!.weight).toBeGreaterThan(0);
    expect(modelOnly!.weight).toBeLessThanOrEqual(0.3);
  });
});
