import { describe, expect, it } from 'vitest';
import {
  addDismissed,
  dismissedOn,
  flagKey,
  MAX_DISMISSED_PER_SITE,
  MAX_DISMISSED_SITES,
  MAX_PHRASE_LENGTH,
  normalizeDismissed,
  normalizePhrase,
  notDismissed,
  removeDismissed,
  siteKeyOf,
  visibleFlags,
} from '@/lib/reader/dismissed';
import type { Flag, FlagCategory } from '@/lib/report';

function flag(text: string, start: number, category: FlagCategory = 'transliteration'): Flag {
  return { start, end: start + text.length, text, ruleId: `${category}/test`, category, message: `${text} is odd` };
}

const FLAGS = [
  flag('Shoygu', 40),
  flag('Kasym-Żomart', 10),
  flag('Ministry of National Defense', 70, 'wrong-institution-name'),
  flag('– Overall, it’s time to go home.', 20, 'punctuation'),
  flag('KASYM-ŻOMART', 120),
];

describe('normalizePhrase', () => {
  it('ignores case, Unicode form and runs of whitespace', () => {
    expect(normalizePhrase('  Ministry of\n National   Defense ')).toBe('ministry of national defense');
    expect(normalizePhrase('Kasym-Z\u0307omart')).toBe(normalizePhrase('Kasym-Żomart'));
    expect(normalizePhrase('ŻOMART')).toBe('żomart');
  });

  it('keeps long phrases to their first characters', () => {
    expect(normalizePhrase('a'.repeat(MAX_PHRASE_LENGTH + 50))).toHaveLength(MAX_PHRASE_LENGTH);
  });
});

describe('siteKeyOf', () => {
  it('is the host name, lower-cased, without www. and without the port', () => {
    expect(siteKeyOf('https://www.News.Example.com/2024/story')).toBe('news.example.com');
    expect(siteKeyOf('http://127.0.0.1:4173/seed/page.html')).toBe('127.0.0.1');
    expect(siteKeyOf('http://blog.example.org/')).toBe('blog.example.org');
  });

  it('groups local files, and has no site for browser pages or nonsense', () => {
    expect(siteKeyOf('file:///home/me/page.html')).toBe('file:');
    expect(siteKeyOf('chrome://extensions')).toBeNull();
    expect(siteKeyOf('not a url')).toBeNull();
    expect(siteKeyOf('')).toBeNull();
  });
});

describe('addDismissed and removeDismissed', () => {
  it('keeps phrases per site, normalised, each once, the latest last', () => {
    let store = addDismissed({}, 'a.example', 'Shoygu');
    store = addDismissed(store, 'a.example', 'Kasym-Żomart');
    store = addDismissed(store, 'b.example', 'Shoygu');
    store = addDismissed(store, 'a.example', '  SHOYGU ');
    expect(store).toEqual({ 'b.example': ['shoygu'], 'a.example': ['kasym-żomart', 'shoygu'] });
  });

  it('returns a new value and leaves the old one alone', () => {
    const before = { 'a.example': ['x'] };
    const after = addDismissed(before, 'a.example', 'y');
    expect(before).toEqual({ 'a.example': ['x'] });
    expect(after).toEqual({ 'a.example': ['x', 'y'] });
    expect(removeDismissed(after, 'a.example', 'Y')).toEqual({ 'a.example': ['x'] });
    expect(after).toEqual({ 'a.example': ['x', 'y'] });
  });

  it(`keeps at most ${MAX_DISMISSED_PER_SITE} phrases per site, dropping the oldest`, () => {
    let store = {};
    for (let index = 0; index < MAX_DISMISSED_PER_SITE + 3; index++) store = addDismissed(store, 'a.example', `phrase ${index}`);
    const phrases = dismissedOn(store, 'a.example');
    expect(phrases).toHaveLength(MAX_DISMISSED_PER_SITE);
    expect(phrases[0]).toBe('phrase 3');
    expect(phrases.at(-1)).toBe(`phrase ${MAX_DISMISSED_PER_SITE + 2}`);
  });

  it(`keeps at most ${MAX_DISMISSED_SITES} sites, dropping the one dismissed in least recently`, () => {
    let store = {};
    for (let index = 0; index < MAX_DISMISSED_SITES; index++) store = addDismissed(store, `site${index}.example`, 'x');
    store = addDismissed(store, 'site0.example', 'y');
    store = addDismissed(store, 'new.example', 'x');
    expect(Object.keys(store)).toHaveLength(MAX_DISMISSED_SITES);
    expect(store).not.toHaveProperty('site1.example');
    expect(dismissedOn(store, 'site0.example')).toEqual(['x', 'y']);
    expect(dismissedOn(store, 'new.example')).toEqual(['x']);
  });

  it('ignores empty phrases and sites, and removes a site with its last phrase', () => {
    expect(addDismissed({}, 'a.example', '   ')).toEqual({});
    expect(addDismissed({}, '', 'x')).toEqual({});
    const store = addDismissed({}, 'a.example', 'x');
    expect(removeDismissed(store, 'a.example', 'X')).toEqual({});
    expect(removeDismissed(store, 'a.example', 'other')).toBe(store);
    expect(removeDismissed(store, 'b.example', 'x')).toBe(store);
  });
});

describe('normalizeDismissed', () => {
  it('reads what an older or hand-edited version stored without breaking', () => {
    expect(normalizeDismissed(undefined)).toEqual({});
    expect(normalizeDismissed(null)).toEqual({});
    expect(normalizeDismissed('shoygu')).toEqual({});
    expect(normalizeDismissed(['shoygu'])).toEqual({});
    expect(
      normalizeDismissed({
        'a.example': ['Shoygu', 7, null, '  ', 'shoygu', 'Kasym'],
        'b.example': 'not a list',
        'c.example': [],
        '': ['x'],
      }),
    ).toEqual({ 'a.example': ['shoygu', 'kasym'] });
  });

  it('applies the caps', () => {
    const many = Array.from({ length: MAX_DISMISSED_PER_SITE + 10 }, (_, index) => `p${index}`);
    const sites = Object.fromEntries(Array.from({ length: MAX_DISMISSED_SITES + 5 }, (_, index) => [`s${index}.example`, ['x']]));
    expect(normalizeDismissed({ 'a.example': many })['a.example']).toEqual(many.slice(10));
    const kept = Object.keys(normalizeDismissed(sites));
    expect(kept).toHaveLength(MAX_DISMISSED_SITES);
    expect(kept[0]).toBe('s5.example');
  });
});

describe('visibleFlags', () => {
  it('shows every flag, in text order, when nothing is hidden or dismissed', () => {
    expect(visibleFlags(FLAGS).map((item) => item.text)).toEqual([
      'Kasym-Żomart',
      '– Overall, it’s time to go home.',
      'Shoygu',
      'Ministry of National Defense',
      'KASYM-ŻOMART',
    ]);
    expect(visibleFlags([])).toEqual([]);
  });

  it('leaves out the categories turned off', () => {
    const shown = visibleFlags(FLAGS, { hiddenCategories: ['transliteration', 'punctuation'] });
    expect(shown.map((item) => item.text)).toEqual(['Ministry of National Defense']);
  });

  it('leaves out every occurrence of a dismissed phrase, whatever its case', () => {
    const shown = visibleFlags(FLAGS, { dismissed: ['kasym-żomart'] });
    expect(shown.map((item) => item.text)).toEqual(['– Overall, it’s time to go home.', 'Shoygu', 'Ministry of National Defense']);
    expect(visibleFlags(FLAGS, { dismissed: ['  Ministry of  National Defense'] })).toHaveLength(4);
  });

  it('applies both together, and does not change the flags given', () => {
    const copy = structuredClone(FLAGS);
    const store = addDismissed({}, '127.0.0.1', 'Shoygu');
    const shown = visibleFlags(FLAGS, { hiddenCategories: ['punctuation'], dismissed: dismissedOn(store, '127.0.0.1') });
    expect(shown.map((item) => item.text)).toEqual(['Kasym-Żomart', 'Ministry of National Defense', 'KASYM-ŻOMART']);
    expect(visibleFlags(FLAGS, { dismissed: dismissedOn(store, 'elsewhere.example') })).toHaveLength(5);
    expect(FLAGS).toEqual(copy);
  });

  it('counts hidden categories but not dismissed phrases (the legend)', () => {
    expect(notDismissed(FLAGS, ['shoygu']).map((item) => item.category)).toEqual([
      'transliteration',
      'punctuation',
      'wrong-institution-name',
      'transliteration',
    ]);
  });
});

describe('flagKey', () => {
  it('tells flags apart by position and rule', () => {
    const keys = new Set(FLAGS.map(flagKey));
    expect(keys.size).toBe(FLAGS.length);
    expect(flagKey(FLAGS[0]!)).toBe('40:46:transliteration/test');
  });
});
