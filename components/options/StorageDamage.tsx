import type { Settings } from '@/lib/rules/model';
import { saveFile } from '../download';

interface Props {
  /** Stored entries that were not rules, as stored (lib/rules/store.ts sets them aside). */
  unreadable: unknown[];
  /** Settings that were damaged and are back to their defaults. */
  resetSettings: (keyof Settings)[];
  onDiscard: () => void;
}

const SETTING_NAMES: Record<keyof Settings, string> = {
  autoCleanAboveThreshold: 'clean every page that looks machine-translated',
  autoCleanThreshold: 'the score from which a page counts',
  badge: 'the toolbar badge',
  flagCategories: 'the flag categories looked for',
  hiddenFlagCategories: 'the flag categories hidden in the reader',
};

/** Says what in storage was damaged, that the rest works, and gives the damaged entries back. */
export function StorageDamage({ unreadable, resetSettings, onDiscard }: Props) {
  if (!unreadable.length && !resetSettings.length) return null;
  const count = unreadable.length;
  return (
    <div class="notice warning" role="alert" data-testid="storage-damage">
      {count > 0 && (
        <p>
          {count === 1 ? 'One stored rule' : `${count} stored rules`} could not be read (damaged, or edited outside Unspun) and{' '}
          {count === 1 ? 'was' : 'were'} set aside; your other rules work as before.{' '}
          <button type="button" onClick={() => saveFile('unspun-unreadable-rules.json', `${JSON.stringify(unreadable, null, 2)}\n`)}>
            Download {count === 1 ? 'it' : 'them'}
          </button>{' '}
          <button type="button" onClick={onDiscard}>
            Discard
          </button>
        </p>
      )}
      {resetSettings.length > 0 && (
        <p>These settings were damaged and are back to their defaults: {resetSettings.map((key) => SETTING_NAMES[key]).join(', ')}.</p>
      )}
    </div>
  );
}
