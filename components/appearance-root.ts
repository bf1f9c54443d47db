/**
 * The reader's appearance on the page's root element (theme attribute, type
 * variables), and the stored one read and applied once, by the popup's and
 * the reader tab's first script (entrypoints/opening.ts), before anything is
 * drawn: a reader who chose dark never sees the verdict flash up light.
 * Kept free of Preact and of the storage library: the first script is a few
 * kilobytes built on its own.
 */
import { DEFAULT_APPEARANCE, normalizeAppearance, type Appearance } from '@/lib/reader/appearance';

/** The key in storage.local (device-local: a reader's type size belongs to this screen). */
export const APPEARANCE_KEY = 'readerAppearance';

const FONT_STACKS = {
  sans: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
  serif: "Charter, 'Bitstream Charter', 'Sitka Text', Cambria, Georgia, serif",
  mono: "ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace",
};
const WIDTH_PX = { narrow: 600, medium: 720, wide: 900 };

/** Shared by the first script and the reader's code, two bundles with a copy of this module each. */
const scope = globalThis as { unspunAppearance?: Promise<Appearance>; unspunAppearanceApplied?: Appearance };

export function applyAppearance(appearance: Appearance, root: HTMLElement = document.documentElement): void {
  if (appearance.theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = appearance.theme;
  root.style.setProperty('--reader-font', FONT_STACKS[appearance.font]);
  root.style.setProperty('--reader-size', `${appearance.fontSize}px`);
  root.style.setProperty('--reader-line', String(appearance.lineHeight));
  root.style.setProperty('--reader-width', `${WIDTH_PX[appearance.width]}px`);
  scope.unspunAppearanceApplied = appearance;
}

/** What is on the root now, if anything was applied yet: the reader's code starts from it instead of the default. */
export function appliedAppearance(): Appearance | null {
  return scope.unspunAppearanceApplied ?? null;
}

/** The stored appearance, read and applied once per page; the reader draws nothing before it has settled. */
export function openingAppearance(): Promise<Appearance> {
  scope.unspunAppearance ??= browser.storage.local
    .get(APPEARANCE_KEY)
    .then(
      (stored) => normalizeAppearance(stored[APPEARANCE_KEY]),
      // Unreadable storage: drawn in the default look rather than not at all.
      () => DEFAULT_APPEARANCE,
    )
    .then((appearance) => {
      // Not over a newer choice the reader's code has applied meanwhile.
      if (!scope.unspunAppearanceApplied) applyAppearance(appearance);
      return appearance;
    });
  return scope.unspunAppearance;
}
