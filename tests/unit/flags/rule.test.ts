import { describe, expect, it } from 'vitest';
import { patternFlags, type RuleMeta } from '@/lib/flags/rule';

const RULE: RuleMeta = {
  id: 'garbled/test',
  category: 'garbled',
  description: 'test rule',
  languages: 'any',
  unknownSource: true,
  confidence: 0.5,
  priority: 50,
  defaultEnabled: true,
};

describe('patternFlags', () => {
  it('flags every match of a global pattern, over the whole match unless told otherwise', () => {
    const text = 'cat dog cow';
    const flags = patternFlags(RULE, text, /\b(c)\w+/g, ([whole, initial = '']) => ({
      message: `${whole} starts with ${initial}`,
      replacements: [whole.toUpperCase()],
    }));
    expect(
      flags.map(({ start, end, text, message, suggestion, confidence }) => ({ start, end, text, message, suggestion, confidence })),
    ).toEqual([
      { start: 0, end: 3, text: 'cat', message: 'cat starts with c', suggestion: 'CAT', confidence: 0.5 },
      { start: 8, end: 11, text: 'cow', message: 'cow starts with c', suggestion: 'COW', confidence: 0.5 },
    ]);
  });

  it('skips the matches toFlag returns null for, and keeps a narrowed span', () => {
    const text = 'cat dog cow';
    const flags = patternFlags(RULE, text, /\w+/g, (match) =>
      match[0] === 'dog' ? null : { start: match.index + 1, end: match.index + 2, message: 'middle letter' },
    );
    expect(flags.map((flag) => flag.text)).toEqual(['a', 'o']);
  });

  it('leaves a shared pattern ready for the next call', () => {
    const pattern = /o/g;
    const first = patternFlags(RULE, 'foo', pattern, () => ({ message: 'o' }));
    const second = patternFlags(RULE, 'foo', pattern, () => ({ message: 'o' }));
    expect(pattern.lastIndex).toBe(0);
    expect(second).toEqual(first);
    expect(first).toHaveLength(2);
  });

  it('steps past empty matches instead of looping on them', () => {
    const flags = patternFlags(RULE, 'a-b-c', /(?=-)/g, (match) => ({ end: match.index + 1, message: 'dash' }));
    expect(flags.map((flag) => [flag.start, flag.end])).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });

  it('refuses a pattern without the g flag', () => {
    expect(() => patternFlags(RULE, 'foo', /o/, () => ({ message: 'o' }))).toThrow(TypeError);
  });
});
