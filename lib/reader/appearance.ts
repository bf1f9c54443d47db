/**
 * How the reader looks: theme, type, measure and images. One stored value
 * shared by the popup and the reader tab; read leniently, like every stored
 * value (a damaged field gets its default).
 */

export const THEMES = ['system', 'light', 'dark', 'sepia'] as const;
export type Theme = (typeof THEMES)[number];
export const FONTS = ['sans', 'serif', 'mono'] as const;
export type Font = (typeof FONTS)[number];
export const WIDTHS = ['narrow', 'medium', 'wide'] as const;
export type Width = (typeof WIDTHS)[number];

export interface Appearance {
  theme: Theme;
  font: Font;
  /** Pixels, 14–28. */
  fontSize: number;
  /** 1.2–2.2. */
  lineHeight: number;
  width: Width;
  /** Off: images are not loaded at all (no request reaches the page's servers or their trackers). */
  images: boolean;
}

export const DEFAULT_APPEARANCE: Appearance = {
  theme: 'system',
  font: 'serif',
  fontSize: 18,
  lineHeight: 1.6,
  width: 'medium',
  images: true,
};

const clamp = (value: unknown, min: number, max: number, fallback: number) =>
  typeof value === 'number' && Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : fallback;
const oneOf = <T extends string>(list: readonly T[], value: unknown, fallback: T): T =>
  list.includes(value as T) ? (value as T) : fallback;

export function normalizeAppearance(value: unknown): Appearance {
  const stored = (value && typeof value === 'object' ? value : {}) as Partial<Record<keyof Appearance, unknown>>;
  return {
    theme: oneOf(THEMES, stored.theme, DEFAULT_APPEARANCE.theme),
    font: oneOf(FONTS, stored.font, DEFAULT_APPEARANCE.font),
    fontSize: Math.round(clamp(stored.fontSize, 14, 28, DEFAULT_APPEARANCE.fontSize)),
    lineHeight: Math.round(clamp(stored.lineHeight, 1.2, 2.2, DEFAULT_APPEARANCE.lineHeight) * 10) / 10,
    width: oneOf(WIDTHS, stored.width, DEFAULT_APPEARANCE.width),
    images: typeof stored.images === 'boolean' ? stored.images : DEFAULT_APPEARANCE.images,
  };
}

/** Words per minute of an adult reading for meaning on a screen (Brysbaert 2019: 238 for non-fiction). */
const WORDS_PER_MINUTE = 238;

/** Minutes to read `text`, at least 1. */
export function readingMinutes(text: string): number {
  const words = text.split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

/** Takes every image, picture and media source out of a sanitised fragment before it reaches a live document. */
export function withoutImages(fragment: DocumentFragment): DocumentFragment {
  for (const element of Array.from(fragment.querySelectorAll('img, picture, source, video, audio'))) element.remove();
  return fragment;
}
