/**
 * Where the phrases dismissed as "Not a mistake" live: the local storage area
 * (they can be many, and they are about what this browser has read). Used by
 * the extension pages only (it needs `browser`); the logic is in dismissed.ts.
 */
import { storage } from '@wxt-dev/storage';
import { exclusively } from '@/lib/rules/store';
import { addDismissed, normalizeDismissed, removeDismissed, type DismissedPhrases } from './dismissed';

const dismissedItem = storage.defineItem<DismissedPhrases>('local:dismissedFlags', { fallback: {}, version: 1 });

export async function loadDismissed(): Promise<DismissedPhrases> {
  return normalizeDismissed(await dismissedItem.getValue());
}

/**
 * Applies `change` to the dismissals stored now, under the same lock in every
 * extension page, so that a phrase dismissed in the popup and another in the
 * reader tab are both kept. Returns what was saved.
 */
export function updateDismissed(change: (current: DismissedPhrases) => DismissedPhrases): Promise<DismissedPhrases> {
  return exclusively('dismissedFlags', async () => {
    const next = normalizeDismissed(change(await loadDismissed()));
    await dismissedItem.setValue(next);
    return next;
  });
}

/** Not flagged again on `site`. */
export function dismissPhrase(site: string, phrase: string): Promise<DismissedPhrases> {
  return updateDismissed((current) => addDismissed(current, site, phrase));
}

/** Flagged again on `site` (undo). */
export function restorePhrase(site: string, phrase: string): Promise<DismissedPhrases> {
  return updateDismissed((current) => removeDismissed(current, site, phrase));
}

/** Calls back with the new value whenever dismissals change (in any extension page). */
export function watchDismissed(callback: (value: DismissedPhrases) => void): () => void {
  return dismissedItem.watch((value) => callback(normalizeDismissed(value)));
}
