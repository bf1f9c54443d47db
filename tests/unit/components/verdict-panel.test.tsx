import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { VerdictPanel } from '@/components/VerdictPanel';
import type { MtAssessment } from '@/lib/report';

function shown(mt: MtAssessment): string {
  const root = document.createElement('div');
  render(<VerdictPanel mt={mt} language="en" />, root);
  return root.textContent ?? '';
}

const base: MtAssessment = { score: 0, verdict: 'human', sourceLanguage: null, reasons: [] };

describe('VerdictPanel', () => {
  it('shows both answers: translated from Polish, but reads like a person’s English', () => {
    const text = shown({
      ...base,
      score: 0.75,
      verdict: 'uncertain',
      sourceLanguage: 'pl',
      reasons: [{ signal: 'foreign-assets', weight: 0.45, detail: 'The image descriptions are Polish.' }],
      translation: { likely: true, sourceLanguage: 'pl', score: 0.75 },
      machine: { score: 0, textModel: 0.3 },
      verdictKind: 'human-translation',
      summary: 'Translated from Polish; reads like a human translation',
    });
    expect(text).toContain('Translated from Polish; reads like a human translation');
    expect(text).toContain('Translated?Probably, from Polish');
    expect(text).toContain('By a machine?No sign: the English reads like a person’s');
  });

  it('says a machine translated it when a translated page’s English reads as a machine’s', () => {
    const text = shown({
      ...base,
      score: 0.52,
      verdict: 'machine-translated',
      sourceLanguage: 'ru',
      reasons: [{ signal: 'foreign-assets', weight: 0.45, detail: 'The address is Russian.' }],
      translation: { likely: true, sourceLanguage: 'ru', score: 0.52 },
      machine: { score: 0.1, textModel: 0.9, readsAsMachine: true },
      verdictKind: 'machine-translated',
      summary: 'Machine-translated from Russian',
    });
    expect(text).toContain('By a machine?Yes: the English reads like a machine’s translation, not a person’s');
  });

  it('never says “No sign” above a list of signs', () => {
    const text = shown({
      ...base,
      score: 0.25,
      reasons: [{ signal: 'dialogue-dashes', weight: 0.25, detail: 'A quote opens with a dash.' }],
      translation: { likely: false, sourceLanguage: null, score: 0.25 },
      machine: { score: 0.25, textModel: null },
      verdictKind: 'few-signs',
      summary: 'A few signs, not enough to tell',
    });
    expect(text).toContain('A few signs, not enough to tell');
    expect(text).not.toContain('No sign of translation');
  });

  it('words an older report without a summary from its verdict', () => {
    expect(shown(base)).toContain('No sign of translation');
  });
});
