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

  it('keeps a score at the MT threshold without machine-only evidence at “uncertain”', () => {
    expect(verdictFor(0.8, 0.1)).toBe('uncertain');
    expect(verdictFor(0.8, 0.3)).toBe('machine-translated');
  });
});

describe('detectMachineTranslation', () => {
  it('finds nothing in plain English', () => {
    const result = detectMachineTranslation(textContext('The council voted on Tuesday to close the old bridge for repairs.'));
    expect(result).toMatchObject({ score: 0, verdict: 'human', sourceLanguage: null, reasons: [] });
    expect(result.summary).toBe('No sign of translation');
    expect(result.translation).toEqual({ likely: false, sourceLanguage: null, score: 0 });
  });

  it('answers both questions: a translation whose only evidence is the page around it is not called machine-translated', () => {
    const text =
      'The city council voted on Tuesday to close the old bridge for repairs that will last until the spring. Engineers found cracks in two of its pillars last month. Drivers will have to take the ring road, which adds about ten minutes to the trip, and buses will run every five minutes instead of every eight.';
    const html = `<html lang="en"><head>
      <meta name="description" content="Rada miasta zdecydowała we wtorek o zamknięciu starego mostu na czas remontu, który potrwa do wiosny.">
      <meta property="og:description" content="Rada miasta zdecydowała we wtorek o zamknięciu starego mostu na czas remontu, który potrwa do wiosny.">
      </head><body><article><figure><img src="/uploads/most-zamkniety-remont-rada-miasta.jpg" alt="Stary most w centrum miasta zostanie zamknięty"></figure>
      <figure><img src="/uploads/kierowcy-objazd-autobusy.jpg" alt="Kierowcy muszą jechać objazdem przez obwodnicę"></figure><p>${text}</p></article></body></html>`;
    const result = detectMachineTranslation(
      pageContext(html, { url: 'https://news.example/2024/05/01/rada-miasta-zamyka-stary-most-na-remont/', text }),
    );
    expect(result.translation?.likely).toBe(true);
    expect(result.sourceLanguage).toBe('pl');
    expect(result.machine?.score).toBeLessThan(0.25);
    expect(result.verdict).not.toBe('machine-translated');
    expect(result.summary).toBe('Translated from Polish; reads like a human translation');
  });

  it('says “a few signs, not enough to tell” when there is some evidence below the threshold', () => {
    const result = detectMachineTranslation(textContext('– Overall, it’s time to go home, said Putin.'));
    expect(result.verdict).toBe('human');
    expect(result.reasons.length).toBeGreaterThan(0);
    expect(result.summary).toBe('A few signs, not enough to tell');
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
    expect(result.summary).toBe('Machine-translated from Polish');
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
