/**
 * The reader's flag choices: categories turned off (settings, synced) and
 * phrases dismissed per site (local). Loaded once, kept in step with the
 * other extension pages (popup, reader tab, options) through storage watches;
 * each change is applied to the stored value at write time.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { FlagCategory } from '@/lib/report';
import { loadSettings, normalizeSettings, settingsItem, updateSettings } from '@/lib/rules/store';
import { addDismissed, removeDismissed, type DismissedPhrases } from '@/lib/reader/dismissed';
import { dismissPhrase, loadDismissed, restorePhrase, watchDismissed } from '@/lib/reader/dismissed-store';
import { t } from './i18n';

export interface FlagPreferences {
  hiddenCategories: FlagCategory[];
  dismissed: DismissedPhrases;
}

export async function loadFlagPreferences(): Promise<FlagPreferences> {
  const [settings, dismissed] = await Promise.all([loadSettings(), loadDismissed()]);
  return { hiddenCategories: settings.hiddenFlagCategories, dismissed };
}

export function useFlagPreferences(initial: FlagPreferences | null) {
  const [hiddenCategories, setHiddenCategories] = useState<FlagCategory[]>(initial?.hiddenCategories ?? []);
  const [dismissed, setDismissed] = useState<DismissedPhrases>(initial?.dismissed ?? {});
  const [error, setError] = useState<string | null>(null);
  // Writes one after the other, so that quick clicks are saved in their order;
  // each applies its change to what is stored then (updateSettings, updateDismissed).
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const enqueue = useCallback((write: () => Promise<unknown>) => {
    queue.current = queue.current.then(write).catch((failure: unknown) => {
      setError(t('errorNotSaved', failure instanceof Error ? failure.message : String(failure)));
    });
  }, []);

  // A change made here before the read below answers is newer than what it read.
  const changedHere = useRef(false);
  useEffect(() => {
    const stopSettings = settingsItem.watch((value) => setHiddenCategories(normalizeSettings(value).hiddenFlagCategories));
    const stopDismissed = watchDismissed(setDismissed);
    // The reader reads the choices before its report comes (components/ReaderView.tsx): one changed in
    // another page between that read and these watches would otherwise be missed until the next change.
    let current = true;
    if (initial)
      void loadFlagPreferences()
        .then((stored) => {
          if (!current || changedHere.current) return;
          setHiddenCategories(stored.hiddenCategories);
          setDismissed(stored.dismissed);
        })
        .catch(() => undefined);
    return () => {
      current = false;
      stopSettings();
      stopDismissed();
    };
  }, []);

  const hiddenNow = useRef(hiddenCategories);
  hiddenNow.current = hiddenCategories;
  const setCategoryHidden = useCallback(
    (category: FlagCategory, hide: boolean) => {
      changedHere.current = true;
      const others = hiddenNow.current.filter((other) => other !== category);
      const next = hide ? [...others, category] : others;
      hiddenNow.current = next;
      setHiddenCategories(next);
      // Saved as this one change to the stored list, not as this page's list: a
      // category turned off meanwhile in another page (popup, options) stays off.
      enqueue(() =>
        updateSettings((settings) => {
          const stored = settings.hiddenFlagCategories.filter((other) => other !== category);
          return { ...settings, hiddenFlagCategories: hide ? [...stored, category] : stored };
        }),
      );
    },
    [enqueue],
  );

  // Shown at once; the storage watch then confirms what was saved.
  const dismiss = useCallback(
    (site: string, phrase: string) => {
      changedHere.current = true;
      setDismissed((current) => addDismissed(current, site, phrase));
      enqueue(() => dismissPhrase(site, phrase));
    },
    [enqueue],
  );
  const restore = useCallback(
    (site: string, phrase: string) => {
      changedHere.current = true;
      setDismissed((current) => removeDismissed(current, site, phrase));
      enqueue(() => restorePhrase(site, phrase));
    },
    [enqueue],
  );

  return { hiddenCategories, dismissed, setCategoryHidden, dismiss, restore, error };
}
