import type { Settings } from '@/lib/rules/model';
import { saveFile } from '../download';
import { t, tp, uiLocale, type MessageKey } from '../i18n';

interface Props {
  /** Stored entries that were not rules, as stored (lib/rules/store.ts sets them aside). */
  unreadable: unknown[];
  /** Settings that were damaged and are back to their defaults. */
  resetSettings: (keyof Settings)[];
  onDiscard: () => void;
}

const SETTING_NAMES: Record<keyof Settings, MessageKey> = {
  autoCleanAboveThreshold: 'settingAutoCleanAboveThreshold',
  autoCleanThreshold: 'settingAutoCleanThreshold',
  badge: 'settingBadge',
  flagCategories: 'settingFlagCategories',
  hiddenFlagCategories: 'settingHiddenFlagCategories',
};

/** Says what in storage was damaged, that the rest works, and gives the damaged entries back. */
export function StorageDamage({ unreadable, resetSettings, onDiscard }: Props) {
  if (!unreadable.length && !resetSettings.length) return null;
  const count = unreadable.length;
  return (
    <div class="notice warning" role="alert" data-testid="storage-damage">
      {count > 0 && (
        <p>
          {tp('rulesUnreadable', count)}{' '}
          <button type="button" onClick={() => saveFile('unspun-unreadable-rules.json', `${JSON.stringify(unreadable, null, 2)}\n`)}>
            {tp('downloadUnreadable', count)}
          </button>{' '}
          <button type="button" onClick={onDiscard}>
            {t('discard')}
          </button>
        </p>
      )}
      {resetSettings.length > 0 && (
        <p>
          {t(
            'settingsReset',
            new Intl.ListFormat(uiLocale(), { type: 'conjunction' }).format(resetSettings.map((key) => t(SETTING_NAMES[key]))),
          )}
        </p>
      )}
    </div>
  );
}
