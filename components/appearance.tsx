import { createContext } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { storage } from '@wxt-dev/storage';
import { DEFAULT_APPEARANCE, normalizeAppearance, type Appearance } from '@/lib/reader/appearance';

/** Device-local: a reader's type size belongs to this screen, not to every browser they sync. */
export const appearanceItem = storage.defineItem<Appearance>('local:readerAppearance', { fallback: DEFAULT_APPEARANCE });

export const AppearanceContext = createContext<Appearance>(DEFAULT_APPEARANCE);

const FONT_STACKS = {
  sans: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
  serif: "Charter, 'Bitstream Charter', 'Sitka Text', Cambria, Georgia, serif",
  mono: "ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace",
};
const WIDTH_PX = { narrow: 600, medium: 720, wide: 900 };

/** The stored appearance, applied to the page (theme attribute, type variables) and kept in step with other extension pages. */
export function useAppearance(): [Appearance, (change: Partial<Appearance>) => void] {
  const [appearance, setAppearance] = useState<Appearance>(DEFAULT_APPEARANCE);
  useEffect(() => {
    void appearanceItem.getValue().then((value) => setAppearance(normalizeAppearance(value)));
    return appearanceItem.watch((value) => setAppearance(normalizeAppearance(value)));
  }, []);
  useEffect(() => {
    const root = document.documentElement;
    if (appearance.theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = appearance.theme;
    root.style.setProperty('--reader-font', FONT_STACKS[appearance.font]);
    root.style.setProperty('--reader-size', `${appearance.fontSize}px`);
    root.style.setProperty('--reader-line', String(appearance.lineHeight));
    root.style.setProperty('--reader-width', `${WIDTH_PX[appearance.width]}px`);
  }, [appearance]);
  const change = (partial: Partial<Appearance>) => {
    const next = normalizeAppearance({ ...appearance, ...partial });
    setAppearance(next);
    void appearanceItem.setValue(next);
  };
  return [appearance, change];
}
