import { describe, expect, it } from 'vitest';
import { institutionCalques } from '@/lib/detect/signals/institution-calques';
import { textContext } from '../context';

describe('institution-calques signal', () => {
  it('fires on “Ministry of National Defense” for Russia’s ministry', () => {
    const evidence = institutionCalques.run(textContext('Russia’s Ministry of National Defense said the troops had left Almaty.'));
    expect(evidence?.weight).toBe(0.55);
    expect(evidence?.languages).toEqual({ pl: 0.55 });
    expect(evidence?.detail).toContain('Ministry of Defence');
  });

  it('does not fire on Poland’s own Ministry of National Defense', () => {
    expect(
      institutionCalques.run(textContext('Poland’s Ministry of National Defense said on Monday that the exercise would go ahead.')),
    ).toBeNull();
    expect(institutionCalques.run(textContext("Poland's Ministry of National Defense said so."))).toBeNull();
  });

  it('does not fire on South Korea’s ministry, which is so named, nor where no country is named', () => {
    expect(institutionCalques.run(textContext('South Korea’s Ministry of National Defense said the North fired two missiles.'))).toBeNull();
    expect(institutionCalques.run(textContext('The Ministry of National Defense said the drills were routine.'))).toBeNull();
  });

  it('fires when the phrase is far from any honest context', () => {
    const far = `Poland hosted the summit. ${'The talks went on. '.repeat(30)}Russia’s Ministry of National Defense said it was pleased.`;
    expect(institutionCalques.run(textContext(far))?.languages).toHaveProperty('pl');
  });

  it('finds a Polish idiom translated word for word', () => {
    const evidence = institutionCalques.run(textContext('A reporter on a vision was hit by a car.'));
    expect(evidence?.languages).toEqual({ pl: expect.any(Number) });
    expect(evidence?.detail).toContain('“on a vision”');
    // "on a vision" also occurs in honest English ("based on a vision"): supporting evidence only.
    expect(evidence!.weight).toBeLessThan(0.4);
  });

  it('ignores flag-only phrases that honest English also uses', () => {
    expect(institutionCalques.run(textContext('Moscow calls it a special military operation.'))).toBeNull();
  });
});
