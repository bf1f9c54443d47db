/**
 * How the reader presents flag categories: one colour and underline style
 * per category (the style is a second cue, so a mark is never told apart by
 * colour alone). Pure data and helpers; the components only apply them, and
 * name the categories in the interface's language (components/words.ts).
 */
import { FLAG_CATEGORIES, type Flag, type FlagCategory, type FlagTier } from '../report';

/** The tier of a category's flags: the model's guesses are told apart from the rules' named causes. */
export function categoryTier(category: string): FlagTier {
  return category === 'unusual-wording' ? 'model' : 'rule';
}

export interface CategoryStyle {
  /** Background of the highlighted words (text stays dark on it). */
  background: string;
  /** Colour of the underline, and of the category's swatch. */
  line: string;
  /** Underline style: the cue that does not depend on colour. */
  pattern: 'solid' | 'dashed' | 'dotted' | 'double';
}

/*
 * Hues spread around the colour wheel (CIE LCh: lightness 91, chroma 26 for
 * the backgrounds; lightness 40, chroma 60 for the lines), grey for garbled
 * text; categories of neighbouring hues have different underline styles.
 * tests/unit/reader/categories.test.ts checks the contrast of text and lines
 * and that every two categories differ.
 */
export const CATEGORY_STYLES: Record<FlagCategory, CategoryStyle> = {
  untranslated: { background: '#ffd5d1', line: '#b12938', pattern: 'solid' },
  transliteration: { background: '#b8ebff', line: '#006bbe', pattern: 'solid' },
  'false-friend': { background: '#ffdbbb', line: '#984800', pattern: 'dashed' },
  calque: { background: '#eadfff', line: '#5851b4', pattern: 'dashed' },
  'literal-idiom': { background: '#ffd5f3', line: '#a82879', pattern: 'dotted' },
  'wrong-institution-name': { background: '#caefc5', line: '#006e16', pattern: 'double' },
  grammar: { background: '#a4f4ed', line: '#00746e', pattern: 'dotted' },
  garbled: { background: '#e5e5e5', line: '#5e5e5e', pattern: 'double' },
  punctuation: { background: '#f4e5b4', line: '#6b5f00', pattern: 'solid' },
  inconsistency: { background: '#d3dbbe', line: '#374e08', pattern: 'dashed' },
  // The model tier: the palest highlight and a dotted line, a softer mark than any rule's (reader.css thins it too).
  'unusual-wording': { background: '#ffede0', line: '#8e6040', pattern: 'dotted' },
};

/** Text colour on the highlight backgrounds, in light and dark mode alike. */
export const FLAG_INK = '#1f2933';

/** CSS custom properties that colour a mark or a swatch of `category`. */
export function categoryStyleVars(category: string): Record<string, string> {
  const style = (CATEGORY_STYLES as Record<string, CategoryStyle | undefined>)[category] ?? CATEGORY_STYLES.garbled;
  return {
    '--flag-bg': style.background,
    '--flag-line': style.line,
    '--flag-pattern': style.pattern,
    // A double line needs three pixels to show as two.
    '--flag-width': style.pattern === 'double' ? '3px' : '2px',
  };
}

/** What the reader offers in place of the flagged words: `replacements` when the rule gives them, else `suggestion`. */
export function suggestionsOf(flag: Flag): string[] {
  if (flag.replacements && flag.replacements.length > 0) return flag.replacements.filter((item) => typeof item === 'string' && item);
  return flag.suggestion ? [flag.suggestion] : [];
}

export interface CategoryCount {
  category: FlagCategory;
  count: number;
}

/** The categories present in `flags`, in FLAG_CATEGORIES order, with how many flags each has. */
export function categoryCounts(flags: readonly Flag[]): CategoryCount[] {
  const counts = new Map<string, number>();
  for (const flag of flags) counts.set(flag.category, (counts.get(flag.category) ?? 0) + 1);
  return FLAG_CATEGORIES.filter((category) => counts.has(category)).map((category) => ({ category, count: counts.get(category)! }));
}

/** WCAG 2 contrast ratio of two `#rrggbb` colours (1 to 21). */
export function contrastRatio(first: string, second: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((index) => {
      const channel = parseInt(hex.slice(index, index + 2), 16) / 255;
      return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(first), luminance(second)].sort((a, b) => b - a) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
