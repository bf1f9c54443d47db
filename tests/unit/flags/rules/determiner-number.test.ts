import { describe, expect, it } from 'vitest';
import { determinerNumber } from '@/lib/flags/rules/determiner-number';
import { expectExactOffsets } from '../expect-flags';

const texts = (text: string) => determinerNumber.run({ text, sourceLanguage: null }).map((flag) => flag.text);

describe('determiner-number rule', () => {
  it('flags “these”/“those” before a singular noun, suggesting either agreement', () => {
    const text = 'These problem is serious. We met those person who came.';
    const flags = determinerNumber.run({ text, sourceLanguage: null });
    expect(flags.map((flag) => [flag.text, flag.replacements])).toEqual([
      ['These problem', ['This problem', 'These problems']],
      ['those person', ['that person', 'those people']],
    ]);
    expect(flags[0]).toMatchObject({ category: 'grammar', ruleId: 'grammar/determiner-number' });
    expectExactOffsets(text, flags);
  });

  it('flags before punctuation too', () => {
    expect(texts('He rejected these decision.')).toEqual(['these decision']);
  });

  it('leaves noun modifiers, compounds and everyday English alone', () => {
    for (const text of [
      'Those city officials and these country music fans met.',
      'These city and state laws differ.',
      'These kind of things happen; those sort of people.',
      'These problems are serious, and those people came.',
      'These year-end figures and those day-to-day tasks.',
      'These company-wide rules apply.',
    ]) {
      expect(texts(text), text).toEqual([]);
    }
  });
});
