import { describe, expect, it } from 'vitest';
import { CATEGORY_STYLES, FLAG_INK, categoryCounts, categoryStyleVars, contrastRatio, suggestionsOf } from '@/lib/reader/categories';
import { FLAG_CATEGORIES, type Flag, type FlagCategory } from '@/lib/report';

/** CIE76 distance of two `#rrggbb` colours in L*a*b* (D65): about 2.3 is the smallest visible difference. */
function deltaE(first: string, second: string): number {
  const lab = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((index) => {
      const channel = parseInt(hex.slice(index, index + 2), 16) / 255;
      return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
    const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
    const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
    const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
    return [116 * y - 16, 500 * (x - y), 200 * (y - z)] as const;
  };
  const [a, b] = [lab(first), lab(second)];
  return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}

function flag(category: FlagCategory, extra: Partial<Flag> = {}): Flag {
  return { start: 0, end: 6, text: 'Shoygu', ruleId: 'test', category, message: 'Spelled the Polish way', ...extra };
}

describe('category colours', () => {
  it('has a style for every category', () => {
    for (const category of FLAG_CATEGORIES) expect(CATEGORY_STYLES[category], category).toBeDefined();
  });

  it('keeps the text readable on every highlight (WCAG AA, 4.5:1)', () => {
    for (const category of FLAG_CATEGORIES)
      expect(contrastRatio(FLAG_INK, CATEGORY_STYLES[category].background), category).toBeGreaterThanOrEqual(4.5);
  });

  it('draws underlines and swatches that stand out from the highlight and the page (3:1)', () => {
    for (const category of FLAG_CATEGORIES) {
      const { line, background } = CATEGORY_STYLES[category];
      expect(contrastRatio(line, background), category).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(line, '#ffffff'), category).toBeGreaterThanOrEqual(3);
    }
  });

  it('gives every two categories clearly different colours, and neighbouring hues different line styles', () => {
    for (const [index, first] of FLAG_CATEGORIES.entries())
      for (const second of FLAG_CATEGORIES.slice(index + 1)) {
        const [a, b] = [CATEGORY_STYLES[first], CATEGORY_STYLES[second]];
        expect(deltaE(a.line, b.line), `${first} / ${second}`).toBeGreaterThan(20);
        expect(deltaE(a.background, b.background), `${first} / ${second}`).toBeGreaterThan(10);
        if (deltaE(a.line, b.line) < 45) expect(a.pattern, `${first} / ${second}`).not.toBe(b.pattern);
      }
  });

  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it('sets the custom properties a mark or swatch reads', () => {
    expect(categoryStyleVars('calque')).toEqual({
      '--flag-bg': '#eadfff',
      '--flag-line': '#5851b4',
      '--flag-pattern': 'dashed',
      '--flag-width': '2px',
    });
    expect(categoryStyleVars('garbled')['--flag-width']).toBe('3px');
    expect(categoryStyleVars('something-new')).toEqual(categoryStyleVars('garbled'));
  });
});

describe('suggestionsOf', () => {
  it('prefers the replacements, else the suggestion', () => {
    expect(suggestionsOf(flag('transliteration', { suggestion: 'Shoigu', replacements: ['Shoigu', 'Shoygu'] }))).toEqual([
      'Shoigu',
      'Shoygu',
    ]);
    expect(suggestionsOf(flag('transliteration', { suggestion: 'Shoigu', replacements: [] }))).toEqual(['Shoigu']);
    expect(suggestionsOf(flag('transliteration', { suggestion: 'Shoigu' }))).toEqual(['Shoigu']);
    expect(suggestionsOf(flag('transliteration'))).toEqual([]);
  });
});

describe('categoryCounts', () => {
  it('lists the categories present in the canonical order, with their counts', () => {
    const flags = [flag('punctuation'), flag('transliteration'), flag('calque'), flag('transliteration')];
    expect(categoryCounts(flags)).toEqual([
      { category: 'transliteration', count: 2 },
      { category: 'calque', count: 1 },
      { category: 'punctuation', count: 1 },
    ]);
    expect(categoryCounts([])).toEqual([]);
  });
});
