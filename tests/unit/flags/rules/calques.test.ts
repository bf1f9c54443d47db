import { describe, expect, it } from 'vitest';
import { calques } from '@/lib/flags/rules/calques';
import { expectExactOffsets } from '../expect-flags';

describe('calques rule', () => {
  it('flags Poland’s ministry name used for Russia’s, with the right name as suggestion', () => {
    const text = 'Putin thanked Russia’s Ministry of National Defense for the operation.';
    const flags = calques.run({ text, sourceLanguage: 'pl' });
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({
      text: 'Ministry of National Defense',
      category: 'wrong-institution-name',
      ruleId: 'wrong-institution-name/pl',
      suggestion: 'Ministry of Defence',
    });
    expectExactOffsets(text, flags);
  });

  it('leaves Poland’s own Ministry of National Defense alone', () => {
    expect(
      calques.run({ text: 'Poland’s Ministry of National Defense said on Monday that the drills would go ahead.', sourceLanguage: 'pl' }),
    ).toEqual([]);
    expect(calques.run({ text: 'The Ministry of National Defense in Warsaw confirmed it.', sourceLanguage: null })).toEqual([]);
    expect(
      calques.run({ text: 'Seoul: the Ministry of National Defense said the North fired two missiles.', sourceLanguage: 'pl' }),
    ).toEqual([]);
  });

  it('flags a literal idiom across a line break, covering the original whitespace', () => {
    const text = 'A reporter on a\nvision was hit by a car.';
    const [flag] = calques.run({ text, sourceLanguage: 'pl' });
    expect(flag).toMatchObject({ text: 'on a\nvision', category: 'literal-idiom', suggestion: 'on air' });
    expectExactOffsets(text, [flag!]);
  });

  it('does not flag a Polish calque when the source is Russian, but flags Russian ones', () => {
    const text = 'Russia’s Ministry of National Defense said that on the territory of Ukraine a special military operation goes on.';
    const flags = calques.run({ text, sourceLanguage: 'ru' });
    expect(flags.map((flag) => flag.text)).toEqual(['on the territory of', 'special military operation']);
    expectExactOffsets(text, flags);
  });

  it('with no known source, flags strong calques but not flag-only ones', () => {
    const text = 'Russia’s Ministry of National Defense spoke of a special military operation.';
    expect(calques.run({ text, sourceLanguage: null }).map((flag) => flag.text)).toEqual(['Ministry of National Defense']);
  });
});
