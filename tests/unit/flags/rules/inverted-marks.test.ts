import { describe, expect, it } from 'vitest';
import { invertedMarks } from '@/lib/flags/rules/inverted-marks';
import { expectExactOffsets } from '../expect-flags';

const run = (text: string) => invertedMarks.run({ text, sourceLanguage: null });

describe('inverted-marks rule', () => {
  it('flags an English question or exclamation opened with ¿ or ¡', () => {
    const text = '¿Who will pay for the damage? asked the mayor. ¡This is not over! he said.';
    const flags = run(text);
    expect(flags.map((flag) => [flag.text, flag.suggestion])).toEqual([
      ['¿Who will pay for the damage?', 'Who will pay for the damage?'],
      ['¡This is not over!', 'This is not over!'],
    ]);
    expect(flags[0]).toMatchObject({ category: 'punctuation', ruleId: 'punctuation/inverted-marks' });
    expectExactOffsets(text, flags);
  });

  it('leaves Spanish quoted in English alone', () => {
    expect(run('The crowd shouted “¡Viva México!” and “¿Qué pasa?” at the stage.')).toEqual([]);
    expect(run('He asked: ¿Dónde está la biblioteca?')).toEqual([]);
  });
});
