import { describe, expect, it } from 'vitest';
import { detectMachineTranslation, verdictFor, MT_THRESHOLD, UNCERTAIN_THRESHOLD } from '@/lib/detect/detect';
import { pageContext, textContext } from './context';

const GOOGLE_FONT = '<font style="vertical-align: inherit;">The troops left.</font>';

describe('verdictFor', () => {
  // 0.6: no human page of the 621 in ../shared/corpus scores that high (npm run bench:detect).
  it('calls a page machine-translated from 0.6, uncertain from 0.4, human below', () => {
    expect(MT_THRESHOLD).toBe(0.6);
    expect(UNCERTAIN_THRESHOLD).toBe(0.4);
    expect(verdictFor(1)).toBe('machine-translated');
    expect(verdictFor(0.6)).toBe('machine-translated');
    expect(verdictFor(0.599)).toBe('uncertain');
    expect(verdictFor(0.4)).toBe('uncertain');
    expect(verdictFor(0.399)).toBe('human');
    expect(verdictFor(0)).toBe('human');
  });
});

describe('detectMachineTranslation', () => {
  it('finds nothing in plain English', () => {
    const result = detectMachineTranslation(textContext('The council voted on Tuesday to close the old bridge for repairs.'));
    expect(result).toEqual({ score: 0, verdict: 'human', sourceLanguage: null, reasons: [] });
  });

  it('combines evidence by noisy-OR and lists reasons strongest first', () => {
    const text = 'The mission ended. – Overall, it’s time to go home, said Putin.';
    const result = detectMachineTranslation(
      pageContext(`<html lang="pl"><body><p>${GOOGLE_FONT}</p></body></html>`, { text, pageText: text }),
    );
    expect(result.reasons.map((reason) => reason.signal)).toEqual(['translation-plugins', 'declared-language', 'dialogue-dashes']);
    const weights = result.reasons.map((reason) => reason.weight);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
    expect(result.score).toBeCloseTo(1 - weights.reduce((keep, weight) => keep * (1 - weight), 1), 2);
    expect(result.score).toBeGreaterThan(weights[0]!);
    expect(result.verdict).toBe('machine-translated');
  });

  it('names the source language when the evidence agrees', () => {
    const result = detectMachineTranslation(textContext('President Kasym-Żomart Tokayev spoke. Czytaj także: Putin in Almaty'));
    expect(result.sourceLanguage).toBe('pl');
    expect(result.verdict).toBe('machine-translated');
    expect(result.reasons.every((reason) => reason.language === 'pl')).toBe(true);
  });

  it('names no source language when the evidence is thin', () => {
    // A dash quote alone is weak and spread over four languages.
    const result = detectMachineTranslation(textContext('– Overall, it’s time to go home, said Putin.'));
    expect(result.reasons).toHaveLength(1);
    expect(result.reasons[0]!.language).toBeUndefined();
    expect(result.sourceLanguage).toBeNull();
  });

  it('names no source language when the evidence is split, unless the site rule’s hint is one of the contenders', () => {
    const text = 'Lesen Sie auch: Putin in Almaty. Czytaj także: Tokayev thanks Putin.';
    const context = pageContext('<html><body><p>x</p></body></html>', { text, pageText: text });
    expect(detectMachineTranslation(context).sourceLanguage).toBeNull();
    expect(detectMachineTranslation(context, { sourceHint: 'pl' }).sourceLanguage).toBe('pl');
    expect(detectMachineTranslation(context, { sourceHint: 'ru' }).sourceLanguage).toBeNull();
  });

  it('lets the site rule’s hint decide a tie', () => {
    const context = pageContext('<html lang="pl"><head><meta property="og:locale" content="de_DE"></head><body><p>x</p></body></html>');
    expect(detectMachineTranslation(context).sourceLanguage).toBeNull();
    expect(detectMachineTranslation(context, { sourceHint: 'de' }).sourceLanguage).toBe('de');
    expect(detectMachineTranslation(context, { sourceHint: 'pl' }).sourceLanguage).toBe('pl');
  });

  it('does not let the hint override clear evidence for another language', () => {
    const result = detectMachineTranslation(textContext('Kasym-Żomart met Szojgu and Ławrow. Czytaj także: more.'), { sourceHint: 'de' });
    expect(result.sourceLanguage).toBe('pl');
  });

  it('gives non-English text no English-only signals', () => {
    const text = 'Żołnierze wrócili do domu. Czytaj także: Tokajew dziękuje Putinowi. – Czas wracać do domu, said Putin.';
    const result = detectMachineTranslation(
      pageContext('<html lang="pl"><body><p>x</p></body></html>', { text, pageText: text, textLanguage: 'pl' }),
    );
    expect(result.reasons).toEqual([]);
    expect(result.verdict).toBe('human');
  });

  it('still reads translation markup on a non-English page', () => {
    const result = detectMachineTranslation(
      pageContext(`<html lang="de"><body><p>${GOOGLE_FONT}</p></body></html>`, { textLanguage: 'de' }),
    );
    expect(result.reasons.map((reason) => reason.signal)).toEqual(['translation-plugins']);
    expect(result.verdict).toBe('machine-translated');
  });

  it('treats text of unknown language as not English', () => {
    expect(detectMachineTranslation(textContext('Czytaj także: x', { textLanguage: null })).reasons).toEqual([]);
  });
});
