/**
 * Where the phrases dismissed as "Not a mistake" live: the local storage area
 * (they can be many, and they are about what this browser has read). Used by
 * the extension pages only (it needs `browser`); the logic is in dismissed.ts.
 */
import { storage } from '@wxt-dev/storage';
import { addDismissed, normalizeDismissed, removeDismissed, type DismissedPhrases } from './dismissed';

export const dismissedItem = storage.defineItem<DismissedPhrases>('local:dismissedFlags', { fallback: {}, version: 1 });

export async function loadDismissed(): Promise<DismissedPhrases> {
  return normalizeDismissed(await dismissedItem.getValue());
}

/** Not flagged again on `site`. */
export async function dismissPhrase(site: string, phrase: string): Promise<DismissedPhrases> {
  const next = addDismissed(await loadDismissed(), site, phrase);
  await dismissedItem.setValue(next);
  return next;
}

/** Flagged again on `site` (undo). */
export async function restorePhrase(site: string, phrase: string): Promise<DismissedPhrases> {
  const next = removeDismissed(await loadDismissed(), site, phrase);
  await dismissedItem.setValue(next);
  return next;
}

/** Calls back with the new value whenever dismissals change (in any extension page). */
export function watchDismissed(callback: (value: DismissedPhrases) => void): () => void {
  return dismissedItem.watch((value) => callback(normalizeDismissed(value)));
}
