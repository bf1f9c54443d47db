import { createContext } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { storage } from '@wxt-dev/storage';
import { DEFAULT_APPEARANCE, normalizeAppearance, type Appearance } from '@/lib/reader/appearance';
import { APPEARANCE_KEY, applyAppearance, appliedAppearance } from './appearance-root';

/** Device-local: a reader's type size belongs to this screen, not to every browser they sync. */
export const appearanceItem = storage.defineItem<Appearance>(`local:${APPEARANCE_KEY}`, { fallback: DEFAULT_APPEARANCE });

export const AppearanceContext = createContext<Appearance>(DEFAULT_APPEARANCE);

/** The stored appearance, applied to the page (theme attribute, type variables) and kept in step with other extension pages. */
export function useAppearance(): [Appearance, (change: Partial<Appearance>) => void] {
  // From what the page's first script applied (entrypoints/opening.ts): the default is never put back over it in between.
  const [stored, setAppearance] = useState<Appearance | null>(appliedAppearance);
  const appearance = stored ?? DEFAULT_APPEARANCE;
  useEffect(() => {
    void appearanceItem.getValue().then((value) => setAppearance(normalizeAppearance(value)));
    return appearanceItem.watch((value) => setAppearance(normalizeAppearance(value)));
  }, []);
  useEffect(() => {
    if (stored) applyAppearance(stored);
  }, [stored]);
  const change = (partial: Partial<Appearance>) => {
    const next = normalizeAppearance({ ...appearance, ...partial });
    setAppearance(next);
    void appearanceItem.setValue(next);
  };
  return [appearance, change];
}
