import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createRule, DEFAULT_SETTINGS } from '@/lib/rules/model';
import {
  discardUnreadableRules,
  loadRules,
  loadSettings,
  normalizeRules,
  normalizeSettings,
  ruleFor,
  rulesAreaItem,
  saveRules,
  readSettings,
  saveSettings,
  unreadableRulesItem,
  updateSettings,
} from '@/lib/rules/store';
import type { FlagCategory } from '@/lib/report';

describe('rule storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('saves rules to the sync area and reads them back', async () => {
    const rules = [createRule('example.com', { removeSelectors: ['.promo'] })];
    expect(await saveRules(rules)).toEqual({ area: 'sync' });
    expect(await loadRules()).toEqual(rules);
    expect(await fakeBrowser.storage.sync.get('rules')).toEqual({ rules });
  });

  it('keeps rules that outgrow sync on this device, says so, and loses nothing', async () => {
    const rules = Array.from({ length: 60 }, (_, index) =>
      createRule(`site${index}.example`, { removeSelectors: ['.a-rather-long-selector-name > .child'] }),
    );
    const outcome = await saveRules(rules);
    expect(outcome.area).toBe('local');
    expect(outcome.notice).toMatch(/kept on this device only/);
    expect(await rulesAreaItem.getValue()).toBe('local');
    expect(await loadRules()).toEqual(rules);
  });

  it('falls back to local when the sync area refuses the write for its quota', async () => {
    const spy = vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const rules = [createRule('example.com')];
    const outcome = await saveRules(rules);
    expect(outcome.area).toBe('local');
    expect(await loadRules()).toEqual(rules);
    spy.mockRestore();
  });

  it('reads rules written by an older or hand-edited version without breaking', async () => {
    await fakeBrowser.storage.sync.set({ rules: [{ pattern: 'old.example', removeSelectors: '.x' }, { nonsense: true }, null] });
    const [rule, ...rest] = await loadRules();
    expect(rest).toEqual([]);
    expect(rule).toMatchObject({
      pattern: 'old.example',
      enabled: true,
      autoClean: true,
      removeSelectors: ['.x'],
      keepSelectors: [],
      sourceLanguage: null,
    });
    expect(normalizeRules('not a list')).toEqual([]);
  });

  it('keeps settings, filling what is missing and clamping what is out of range', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    await saveSettings({ ...DEFAULT_SETTINGS, badge: false, autoCleanThreshold: 3 });
    expect(await loadSettings()).toMatchObject({ badge: false, autoCleanThreshold: 1 });
  });

  it('keeps the flag categories the reader turned off', async () => {
    expect(DEFAULT_SETTINGS.hiddenFlagCategories).toEqual([]);
    await saveSettings({ ...DEFAULT_SETTINGS, hiddenFlagCategories: ['transliteration', 'grammar'] });
    expect((await loadSettings()).hiddenFlagCategories).toEqual(['transliteration', 'grammar']);
  });

  it('reads settings stored before the reader could turn categories off', async () => {
    const older = { autoCleanAboveThreshold: true, autoCleanThreshold: 0.6, badge: false, flagCategories: ['calque'] };
    await fakeBrowser.storage.sync.set({ settings: older });
    expect(await loadSettings()).toEqual({ ...older, hiddenFlagCategories: [] });
  });

  it('drops what a corrupt value holds instead of the categories', () => {
    expect(normalizeSettings({ hiddenFlagCategories: 'transliteration' }).hiddenFlagCategories).toEqual([]);
    expect(normalizeSettings({ hiddenFlagCategories: null }).hiddenFlagCategories).toEqual([]);
    expect(
      normalizeSettings({ hiddenFlagCategories: ['grammar', 'rudeness', 7, null, 'grammar', { category: 'calque' }, 'calque'] })
        .hiddenFlagCategories,
    ).toEqual(['grammar', 'calque']);
    for (const value of [null, undefined, 'settings', 42, ['grammar'], { autoCleanThreshold: Number.NaN }])
      expect(normalizeSettings(value), String(value)).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings({ flagCategories: ['calque', 'calque', 'nope'] }).flagCategories).toEqual(['calque']);
  });
});

describe('updateSettings', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.unstubAllGlobals());

  const hide = (category: FlagCategory) =>
    updateSettings((settings) => ({ ...settings, hiddenFlagCategories: [...settings.hiddenFlagCategories, category] }));

  it('keeps both of two interleaved updates', async () => {
    const [first, second] = await Promise.all([hide('grammar'), updateSettings((settings) => ({ ...settings, badge: false }))]);
    expect(first.hiddenFlagCategories).toEqual(['grammar']);
    expect(second).toMatchObject({ badge: false, hiddenFlagCategories: ['grammar'] });
    expect(await loadSettings()).toMatchObject({ badge: false, hiddenFlagCategories: ['grammar'] });
    await Promise.all([hide('calque'), hide('punctuation')]);
    expect((await loadSettings()).hiddenFlagCategories).toEqual(['grammar', 'calque', 'punctuation']);
  });

  it('changes what is stored at write time, not what this page read before', async () => {
    const before = await loadSettings();
    // Another page (the options page) saves meanwhile.
    await saveSettings({ ...before, badge: false, hiddenFlagCategories: ['calque'] });
    expect(await hide('grammar')).toEqual({ ...before, badge: false, hiddenFlagCategories: ['calque', 'grammar'] });
  });

  it('normalises what it writes, and a failed update does not stop the next one', async () => {
    await expect(
      updateSettings(() => {
        throw new Error('broken');
      }),
    ).rejects.toThrow('broken');
    expect(await updateSettings((settings) => ({ ...settings, autoCleanThreshold: 7 }))).toMatchObject({ autoCleanThreshold: 1 });
  });

  it('takes the extension pages’ shared Web Lock when there is one', async () => {
    const names: string[] = [];
    let tail: Promise<unknown> = Promise.resolve();
    const request = (name: string, callback: () => Promise<unknown>) => {
      names.push(name);
      const run = tail.then(callback);
      tail = run.catch(() => undefined);
      return run;
    };
    vi.stubGlobal('navigator', { locks: { request } });
    await Promise.all([hide('grammar'), hide('calque'), saveSettings({ ...DEFAULT_SETTINGS, badge: false })]);
    expect(names).toEqual(['unspun:settings', 'unspun:settings', 'unspun:settings']);
    expect(await loadSettings()).toMatchObject({ badge: false, hiddenFlagCategories: [] });
    await Promise.all([hide('grammar'), hide('calque')]);
    expect((await loadSettings()).hiddenFlagCategories).toEqual(['grammar', 'calque']);
  });
});

describe('ruleFor', () => {
  const domain = createRule('example.com', { removeSelectors: ['.ad'], sourceLanguage: 'pl' });
  const shop = createRule('shop.example.com', { autoClean: false, keepSelectors: ['.ad.product'] });
  const off = createRule('example.com', { enabled: false, removeSelectors: ['.off'] });

  it('applies every enabled rule covering the page together', () => {
    const rule = ruleFor([domain, shop, off], 'https://shop.example.com/item');
    expect(rule).toMatchObject({ autoClean: true, removeSelectors: ['.ad'], keepSelectors: ['.ad.product'], sourceLanguage: 'pl' });
  });

  it('returns the one rule when one covers the page, and null when none does', () => {
    expect(ruleFor([domain, shop, off], 'https://example.com/')).toEqual(domain);
    expect(ruleFor([domain, shop, off], 'https://example.org/')).toBeNull();
  });
});

describe('damaged or tampered storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps the rules that read, and sets the damaged entries aside instead of dropping them', async () => {
    const good = createRule('example.com', { removeSelectors: ['.promo'] });
    const damaged = [42, { pattern: 7 }, 'not a rule', null];
    await fakeBrowser.storage.sync.set({ rules: [damaged[0], good, ...damaged.slice(1)] });
    expect(await loadRules()).toEqual([good]);
    expect(await unreadableRulesItem.getValue()).toEqual(damaged);
    // The next save writes the readable rules alone; the damaged entries are still there to download.
    await saveRules([good, createRule('other.example')]);
    expect(await unreadableRulesItem.getValue()).toEqual(damaged);
    // Loading again does not file the same entries twice.
    await fakeBrowser.storage.sync.set({ rules: [good, 42] });
    await loadRules();
    expect(await unreadableRulesItem.getValue()).toEqual(damaged);
  });

  it('discarding the damaged entries leaves storage with the readable rules alone', async () => {
    const good = createRule('example.com');
    await fakeBrowser.storage.sync.set({ rules: [good, 'tampered'] });
    await loadRules();
    await discardUnreadableRules();
    expect(await fakeBrowser.storage.sync.get('rules')).toEqual({ rules: [good] });
    expect(await unreadableRulesItem.getValue()).toEqual([]);
    expect(await loadRules()).toEqual([good]);
  });

  it('a rules value that is not a list at all is set aside whole', async () => {
    await fakeBrowser.storage.sync.set({ rules: { pattern: 'example.com' } });
    expect(await loadRules()).toEqual([]);
    expect(await unreadableRulesItem.getValue()).toEqual([{ pattern: 'example.com' }]);
  });

  it('names the settings that were damaged, resets only those, and keeps the others', () => {
    const { settings, reset } = readSettings({
      badge: 'yes',
      autoCleanThreshold: Number.NaN,
      autoCleanAboveThreshold: true,
      flagCategories: 'grammar',
    });
    expect(reset.sort()).toEqual(['autoCleanThreshold', 'badge', 'flagCategories']);
    expect(settings.autoCleanAboveThreshold).toBe(true);
    expect(settings.badge).toBe(DEFAULT_SETTINGS.badge);
    expect(settings.flagCategories).toEqual(DEFAULT_SETTINGS.flagCategories);
    expect(readSettings(undefined).reset).toEqual([]);
    expect(readSettings('garbage').reset).toHaveLength(Object.keys(DEFAULT_SETTINGS).length);
    expect(readSettings(DEFAULT_SETTINGS)).toEqual({ settings: DEFAULT_SETTINGS, reset: [] });
  });
});
