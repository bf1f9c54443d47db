import { describe, expect, it } from 'vitest';
import { englishLanguageName } from '@/lib/language/english-name';
import { LANGUAGE_PROFILES, languageName } from '@/lib/language/profiles';

describe('englishLanguageName (the popup names a source language without the profiles)', () => {
  it('names every profiled language as its profile does, so the popup and the CLI agree', () => {
    for (const profile of LANGUAGE_PROFILES) expect(englishLanguageName(profile.code)).toBe(profile.name);
  });

  it('names languages without a profile too, and falls back to the code', () => {
    expect(englishLanguageName('ja')).toBe('Japanese');
    expect(languageName('ja')).toBe('Japanese');
    expect(englishLanguageName('not a code')).toBe('not a code');
  });
});
