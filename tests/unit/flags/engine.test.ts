import { describe, expect, it } from 'vitest';
import { findFlags } from '@/lib/flags/engine';
import { expectExactOffsets } from './expect-flags';

const MT_TEXT =
  'Protests broke out. President Kasym-Żomart Tokayev asked for help.\n\n' +
  '– Szojgu has done his job, said Putin during a meeting.\n\n' +
  'Putin thanked the Ministry of National Defense of Russia. Czytaj także: Tokayev thanks Putin';

describe('findFlags', () => {
  it('flags each kind of phrasing, sorted by position, with exact offsets and suggestions', () => {
    const flags = findFlags({ text: MT_TEXT, sourceLanguage: 'pl' });
    expect(flags.map((flag) => flag.category)).toEqual(['transliteration', 'transliteration', 'wrong-institution-name', 'untranslated']);
    expect(flags.map((flag) => flag.start)).toEqual([...flags.map((flag) => flag.start)].sort((a, b) => a - b));
    for (const flag of flags) expect(flag.suggestion).toBeTruthy();
    expectExactOffsets(MT_TEXT, flags);
  });

  it('keeps the earlier rule’s flag where two overlap', () => {
    // The dash quote starts with "Szojgu": the name (an earlier rule) wins, the quote is dropped.
    const flags = findFlags({ text: MT_TEXT, sourceLanguage: 'pl' });
    expect(flags.some((flag) => flag.category === 'punctuation')).toBe(false);
    for (let i = 1; i < flags.length; i++) expect(flags[i]!.start).toBeGreaterThanOrEqual(flags[i - 1]!.end);
  });

  it('filters categories before resolving overlaps', () => {
    const flags = findFlags({ text: MT_TEXT, sourceLanguage: 'pl' }, { categories: ['punctuation'] });
    expect(flags).toHaveLength(1);
    expect(flags[0]!.text).toBe('– Szojgu has done his job,');
    expectExactOffsets(MT_TEXT, flags);
  });

  it('flags nothing in honest English about Poland’s own ministry', () => {
    const text =
      'Poland’s Ministry of National Defense said on Tuesday that Defence Minister Władysław Kosiniak-Kamysz would visit the troops. “It is time to go home,” said Putin.';
    expect(findFlags({ text, sourceLanguage: null })).toEqual([]);
    expect(findFlags({ text, sourceLanguage: 'pl' })).toEqual([]);
  });

  it('returns nothing for an empty category list', () => {
    expect(findFlags({ text: MT_TEXT, sourceLanguage: 'pl' }, { categories: [] })).toEqual([]);
  });
});
