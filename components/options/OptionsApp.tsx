import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Settings, SiteRule } from '@/lib/rules/model';
import { createRule, newRuleId } from '@/lib/rules/model';
import {
  discardUnreadableRules,
  loadRules,
  readSettings,
  saveRules,
  saveSettings,
  rulesAreaItem,
  settingsItem,
  unreadableRulesItem,
  updateSettings as updateStoredSettings,
  watchRulesAndSettings,
} from '@/lib/rules/store';
import { FLAG_CATEGORIES } from '@/lib/report';
import { languageName } from '@/lib/language/profiles';
import { categoryTier } from '@/lib/reader/categories';
import { languageLabel, t } from '../i18n';
import { categoryLabel } from '../words';
import { RuleEditor } from './RuleEditor';
import { ImportExport } from './ImportExport';
import { StorageDamage } from './StorageDamage';
import { hasSitePermission, requestSitePermission } from './permissions';
import { SiteHistory } from './SiteHistory';

const ALL_SITES = ['*://*/*'];

/** The options page: site rules, global settings, import and export. */
export function OptionsApp() {
  const [rules, setRules] = useState<SiteRule[] | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [permitted, setPermitted] = useState<Record<string, boolean>>({});
  const [editing, setEditing] = useState<SiteRule | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [damage, setDamage] = useState<{ unreadable: unknown[]; resetSettings: (keyof Settings)[] }>({ unreadable: [], resetSettings: [] });

  const refresh = useCallback(async () => {
    const [loadedRules, storedSettings, area] = await Promise.all([loadRules(), settingsItem.getValue(), rulesAreaItem.getValue()]);
    const { settings: loadedSettings, reset } = readSettings(storedSettings);
    // Read after loadRules, which sets damaged entries aside.
    setDamage({ unreadable: await unreadableRulesItem.getValue(), resetSettings: reset });
    setRules(loadedRules);
    setSettings(loadedSettings);
    if (area === 'local') setNotice((current) => current ?? t('rulesKeptLocally'));
    else setNotice(null);
    const entries = await Promise.all(loadedRules.map(async (rule) => [rule.id, await hasSitePermission(rule)] as const));
    setPermitted(Object.fromEntries(entries));
  }, []);

  useEffect(() => {
    void refresh();
    const stop = watchRulesAndSettings(() => void refresh());
    const onPermissions = () => void refresh();
    browser.permissions.onAdded.addListener(onPermissions);
    browser.permissions.onRemoved.addListener(onPermissions);
    return () => {
      stop();
      browser.permissions.onAdded.removeListener(onPermissions);
      browser.permissions.onRemoved.removeListener(onPermissions);
    };
  }, [refresh]);

  if (!rules || !settings)
    return (
      <main class="options">
        <p class="status">{t('loading')}</p>
      </main>
    );

  const store = async (next: SiteRule[]) => {
    const outcome = await saveRules(next);
    setNotice(outcome.notice ?? null);
    await refresh();
  };

  const saveRule = (rule: SiteRule) => {
    // The permission prompt must open inside the click: ask before anything else is awaited.
    const asked = rule.enabled && rule.autoClean ? requestSitePermission(rule) : Promise.resolve(true);
    void asked.then(async (granted) => {
      const exists = rules.some((other) => other.id === rule.id);
      await store(exists ? rules.map((other) => (other.id === rule.id ? rule : other)) : [...rules, rule]);
      setEditing(null);
      setMessage(granted ? t('ruleSaved', rule.pattern) : t('ruleSavedWithoutPermission', rule.pattern));
    });
  };

  const grant = (rule: SiteRule) => {
    void requestSitePermission(rule).then(() => refresh());
  };

  /** Applied to the stored settings at write time: the reader may have changed others meanwhile. */
  const updateSettings = (change: Partial<Settings> | ((current: Settings) => Partial<Settings>)) => {
    const patch = typeof change === 'function' ? change(settings) : change;
    const asked = patch.autoCleanAboveThreshold
      ? browser.permissions.request({ origins: ALL_SITES }).catch(() => false)
      : Promise.resolve(true);
    void asked.then(async (granted) => {
      if (patch.autoCleanAboveThreshold && !granted) {
        setMessage(t('everywhereNeedsPermission'));
        return;
      }
      await updateStoredSettings((current) => ({ ...current, ...(typeof change === 'function' ? change(current) : change) }));
      await refresh();
    });
  };

  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <StorageDamage
        unreadable={damage.unreadable}
        resetSettings={damage.resetSettings}
        onDiscard={() => void discardUnreadableRules().then(refresh)}
      />
      {notice && (
        <p class="notice" role="status" data-testid="storage-notice">
          {notice}
        </p>
      )}
      {message && (
        <p class="status" role="status" data-testid="options-message">
          {message}
        </p>
      )}

      <section aria-labelledby="rules-heading">
        <h2 id="rules-heading">{t('siteRules')}</h2>
        <p class="hint">{t('siteRulesHint')}</p>
        {rules.length === 0 && <p class="status">{t('noRules')}</p>}
        <ul class="rules" data-testid="rules">
          {rules.map((rule) => (
            <li class={`rule ${rule.enabled ? '' : 'disabled'}`} key={rule.id} data-testid="rule" data-pattern={rule.pattern}>
              <div class="rule-main">
                <strong class="rule-pattern">{rule.pattern}</strong>
                <span class="tags">
                  {!rule.enabled && <span class="tag">{t('tagDisabled')}</span>}
                  {rule.enabled && rule.autoClean && <span class="tag ok">{t('tagAutoClean')}</span>}
                  {rule.sourceLanguage && (
                    <span class="tag">{t('tagFrom', languageLabel(rule.sourceLanguage, languageName(rule.sourceLanguage)))}</span>
                  )}
                  {rule.removeSelectors.length > 0 && <span class="tag">{t('tagToHide', rule.removeSelectors.length)}</span>}
                  {rule.keepSelectors.length > 0 && <span class="tag">{t('tagToKeep', rule.keepSelectors.length)}</span>}
                  {rule.enabled && rule.autoClean && permitted[rule.id] === false && (
                    <span class="tag warn" data-testid="permission-missing">
                      {t('tagPermissionMissing')}
                    </span>
                  )}
                </span>
                {rule.note && <div class="rule-note">{rule.note}</div>}
              </div>
              <div class="rule-actions">
                {rule.enabled && rule.autoClean && permitted[rule.id] === false && (
                  <button type="button" onClick={() => grant(rule)}>
                    {t('grantPermission')}
                  </button>
                )}
                <button type="button" class="secondary" onClick={() => setEditing(rule)}>
                  {t('edit')}
                </button>
                <button type="button" class="secondary" onClick={() => setEditing({ ...rule, id: newRuleId(), note: rule.note })}>
                  {t('duplicate')}
                </button>
                <button
                  type="button"
                  class="secondary"
                  onClick={() => void store(rules.map((other) => (other.id === rule.id ? { ...rule, enabled: !rule.enabled } : other)))}
                >
                  {rule.enabled ? t('disable') : t('enable')}
                </button>
                <button
                  type="button"
                  class="secondary danger"
                  onClick={() => {
                    if (confirm(t('confirmDelete', rule.pattern))) void store(rules.filter((other) => other.id !== rule.id));
                  }}
                >
                  {t('delete')}
                </button>
              </div>
            </li>
          ))}
        </ul>
        {editing ? (
          <RuleEditor rule={editing} onSave={saveRule} onCancel={() => setEditing(null)} />
        ) : (
          <button type="button" onClick={() => setEditing(createRule(''))}>
            {t('addRule')}
          </button>
        )}
      </section>

      <section aria-labelledby="settings-heading">
        <h2 id="settings-heading">{t('everywhere')}</h2>
        <label>
          <input type="checkbox" checked={settings.badge} onChange={(event) => updateSettings({ badge: event.currentTarget.checked })} />{' '}
          {t('badgeSetting')}
        </label>
        <label>
          <input
            type="checkbox"
            checked={settings.autoCleanAboveThreshold}
            onChange={(event) => updateSettings({ autoCleanAboveThreshold: event.currentTarget.checked })}
          />{' '}
          {t('cleanEverywhereSetting')}
        </label>
        <label>
          {t('thresholdSetting', Math.round(settings.autoCleanThreshold * 100))}
          <input
            type="range"
            min={40}
            max={100}
            step={5}
            value={Math.round(settings.autoCleanThreshold * 100)}
            onChange={(event) => updateSettings({ autoCleanThreshold: Number(event.currentTarget.value) / 100 })}
          />
        </label>
        <fieldset>
          {/* The same setting as the reader's legend: one switch per kind, wherever the reader turns it. */}
          <legend>{t('flagKindsLegend')}</legend>
          {FLAG_CATEGORIES.map((category) => (
            <label key={category}>
              <input
                type="checkbox"
                checked={!settings.hiddenFlagCategories.includes(category)}
                onChange={(event) => {
                  const show = event.currentTarget.checked;
                  updateSettings((current) => ({
                    hiddenFlagCategories: show
                      ? current.hiddenFlagCategories.filter((other) => other !== category)
                      : [...current.hiddenFlagCategories.filter((other) => other !== category), category],
                  }));
                }}
              />{' '}
              {categoryLabel(category)}
              {categoryTier(category) === 'model' && ` ${t('modelHintsNote')}`}
            </label>
          ))}
        </fieldset>
      </section>

      <SiteHistory />

      <ImportExport
        rules={rules}
        settings={settings}
        onApply={async (next, importedSettings) => {
          if (importedSettings) await saveSettings(importedSettings);
          await store(next);
        }}
      />
    </main>
  );
}
