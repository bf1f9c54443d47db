/**
 * Where rules and settings live: @wxt-dev/storage items with a schema
 * version. Rules go to the sync area so they follow the user between
 * browsers; when they outgrow its quota they move to the local area, and the
 * options page says so. Used by the extension only (it needs `browser`).
 */
import { storage } from '@wxt-dev/storage';
import type { Settings, SiteRule } from './model';
import { DEFAULT_SETTINGS } from './model';
import { FLAG_CATEGORIES, type FlagCategory } from '../report';
import { patternMatches } from './patterns';

/** Bump with a migration in `MIGRATIONS` whenever the stored shape changes. */
export const RULES_SCHEMA_VERSION = 1;

/**
 * Fills what an older or hand-edited value lacks, so a stored rule never
 * breaks the extension after an update.
 */
export function normalizeRule(value: Partial<SiteRule> & { pattern?: unknown }, index: number): SiteRule | null {
  if (!value || typeof value.pattern !== 'string') return null;
  // A hand-edited value may hold one selector per line in a string: keep it.
  const strings = (list: unknown) =>
    typeof list === 'string'
      ? list
          .split('\n')
          .map((item) => item.trim())
          .filter(Boolean)
      : Array.isArray(list)
        ? list.filter((item): item is string => typeof item === 'string')
        : [];
  return {
    id: typeof value.id === 'string' && value.id ? value.id : `rule-restored-${index}`,
    pattern: value.pattern,
    enabled: value.enabled !== false,
    autoClean: value.autoClean !== false,
    removeSelectors: strings(value.removeSelectors),
    keepSelectors: strings(value.keepSelectors),
    sourceLanguage: typeof value.sourceLanguage === 'string' && /^[a-z]{2}$/.test(value.sourceLanguage) ? value.sourceLanguage : null,
    note: typeof value.note === 'string' ? value.note : '',
  };
}

/** What a stored rules value holds: the rules that read, and the entries that are not rules at all. */
export interface RulesRead {
  rules: SiteRule[];
  /** Damaged or foreign entries, exactly as stored: set aside, never dropped (see loadRules). */
  unreadable: unknown[];
}

export function readRules(value: unknown): RulesRead {
  if (value === undefined || value === null) return { rules: [], unreadable: [] };
  if (!Array.isArray(value)) return { rules: [], unreadable: [value] };
  const rules: SiteRule[] = [];
  const unreadable: unknown[] = [];
  value.forEach((entry, index) => {
    const rule = normalizeRule(entry as Partial<SiteRule>, index);
    if (rule) rules.push(rule);
    else unreadable.push(entry);
  });
  return { rules, unreadable };
}

export function normalizeRules(value: unknown): SiteRule[] {
  return readRules(value).rules;
}

/** The known categories of a stored list, each once; null when it is not a list. */
function categoryList(value: unknown): FlagCategory[] | null {
  if (!Array.isArray(value)) return null;
  const known: readonly unknown[] = FLAG_CATEGORIES;
  return [...new Set(value.filter((category): category is FlagCategory => known.includes(category)))];
}

/** The settings a stored value holds, and the names of those that were damaged and are back to their defaults. */
export function readSettings(value: unknown): { settings: Settings; reset: (keyof Settings)[] } {
  const settings = normalizeSettings(value);
  if (value === undefined || value === null) return { settings, reset: [] };
  if (typeof value !== 'object' || Array.isArray(value)) return { settings, reset: Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[] };
  const stored = value as Partial<Record<keyof Settings, unknown>>;
  const valid: Record<keyof Settings, (field: unknown) => boolean> = {
    autoCleanAboveThreshold: (field) => typeof field === 'boolean',
    autoCleanThreshold: (field) => typeof field === 'number' && Number.isFinite(field),
    badge: (field) => typeof field === 'boolean',
    flagCategories: Array.isArray,
    hiddenFlagCategories: Array.isArray,
  };
  const reset = (Object.keys(valid) as (keyof Settings)[]).filter((key) => key in stored && !valid[key](stored[key]));
  return { settings, reset };
}

export function normalizeSettings(value: unknown): Settings {
  const stored = (value && typeof value === 'object' && !Array.isArray(value) ? value : {}) as Partial<Record<keyof Settings, unknown>>;
  const categories = categoryList(stored.flagCategories) ?? [...DEFAULT_SETTINGS.flagCategories];
  const threshold =
    typeof stored.autoCleanThreshold === 'number' && Number.isFinite(stored.autoCleanThreshold)
      ? Math.min(1, Math.max(0, stored.autoCleanThreshold))
      : DEFAULT_SETTINGS.autoCleanThreshold;
  return {
    autoCleanAboveThreshold: stored.autoCleanAboveThreshold === true,
    autoCleanThreshold: threshold,
    badge: stored.badge !== false,
    flagCategories: categories,
    hiddenFlagCategories: categoryList(stored.hiddenFlagCategories) ?? [],
  };
}

/** Migrations by target version; v1 is the first stored shape. */
const MIGRATIONS: Record<number, (value: unknown) => unknown> = {};

export const rulesSyncItem = storage.defineItem<SiteRule[]>('sync:rules', {
  fallback: [],
  version: RULES_SCHEMA_VERSION,
  migrations: MIGRATIONS,
});
export const rulesLocalItem = storage.defineItem<SiteRule[]>('local:rules', {
  fallback: [],
  version: RULES_SCHEMA_VERSION,
  migrations: MIGRATIONS,
});
/** Which area holds the rules: sync until they outgrow it. */
export const rulesAreaItem = storage.defineItem<'sync' | 'local'>('local:rulesArea', { fallback: 'sync' });
export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: RULES_SCHEMA_VERSION,
  migrations: MIGRATIONS,
});

/**
 * What the registered content script must know before the page is parsed,
 * in one read: the sites it cleans with their rules' style sheets
 * (lib/rules/rule-css.ts), and whether every page is analysed. Written by
 * the background with each registration (entrypoints/background/auto-clean.ts).
 */
export interface AutoCleanSetup {
  sites: Array<{ pattern: string; css: string }>;
  everyPage: boolean;
}
export const autoCleanSetupItem = storage.defineItem<AutoCleanSetup>('local:autoCleanSetup', { fallback: { sites: [], everyPage: false } });

/** chrome.storage.sync's per-item limit (QUOTA_BYTES_PER_ITEM), key included. */
const SYNC_ITEM_QUOTA = 8192;

/**
 * Stored entries that could not be read as rules, kept here before the next
 * save writes the readable rules alone: a damaged entry is set aside, never
 * lost, and the options page offers it for download.
 */
export const unreadableRulesItem = storage.defineItem<unknown[]>('local:unreadableRules', { fallback: [] });
/** Enough for any real damage; a runaway writer cannot fill the device. */
const MAX_UNREADABLE = 200;

export async function loadRules(): Promise<SiteRule[]> {
  const area = await rulesAreaItem.getValue();
  const { rules, unreadable } = readRules(await (area === 'local' ? rulesLocalItem : rulesSyncItem).getValue());
  if (unreadable.length) await setAside(unreadable);
  return rules;
}

/** The user saw the damaged entries and let them go: storage keeps the readable rules alone. */
export async function discardUnreadableRules(): Promise<void> {
  await saveRules(await loadRules());
  await unreadableRulesItem.removeValue();
}

async function setAside(entries: unknown[]): Promise<void> {
  await exclusively('unreadable-rules', async () => {
    const kept = await unreadableRulesItem.getValue();
    const known = new Set(kept.map((entry) => JSON.stringify(entry)));
    const added = entries.filter((entry) => !known.has(JSON.stringify(entry)));
    if (added.length) await unreadableRulesItem.setValue([...kept, ...added].slice(-MAX_UNREADABLE));
  });
}

export interface SaveOutcome {
  area: 'sync' | 'local';
  /** Why the rules are not synced, for the options page. */
  notice?: string;
}

function isQuotaError(error: unknown): boolean {
  return /quota|QUOTA_BYTES|MAX_WRITE_OPERATIONS|too large/i.test(error instanceof Error ? error.message : String(error));
}

/** Saves to sync when the rules fit, else to local; never loses the write. */
export async function saveRules(rules: SiteRule[]): Promise<SaveOutcome> {
  const size = new TextEncoder().encode(`rules${JSON.stringify(rules)}`).length;
  let notice: string | undefined;
  if (size <= SYNC_ITEM_QUOTA) {
    try {
      await rulesSyncItem.setValue(rules);
      await rulesAreaItem.setValue('sync');
      await rulesLocalItem.removeValue();
      return { area: 'sync' };
    } catch (error) {
      if (!isQuotaError(error)) throw error;
      notice = 'Your rules exceed the browser’s sync storage, so they are kept on this device only.';
    }
  } else {
    notice = `Your rules take ${Math.ceil(size / 1024)} kB, more than the ${SYNC_ITEM_QUOTA / 1024} kB the browser syncs, so they are kept on this device only.`;
  }
  await rulesLocalItem.setValue(rules);
  await rulesAreaItem.setValue('local');
  await rulesSyncItem.removeValue().catch(() => undefined);
  return { area: 'local', notice };
}

export async function loadSettings(): Promise<Settings> {
  return normalizeSettings(await settingsItem.getValue());
}

/** The fallback queues of exclusively, by name. */
const localQueues = new Map<string, Promise<unknown>>();

/**
 * Runs `task` alone among the extension's pages for `name`: the popup, the
 * reader tab and the options page share one origin, so a Web Lock orders
 * their read-modify-writes (storage has no transaction of its own). Where
 * there are no Web Locks (unit tests), a queue orders this context's tasks.
 */
export async function exclusively<T>(name: string, task: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as (Navigator & { locks?: LockManager }) | undefined)?.locks;
  // (The lock's promise settles with the task's result; lib.dom types it as a promise of a promise.)
  if (locks) return await locks.request(`unspun:${name}`, task);
  const run = (localQueues.get(name) ?? Promise.resolve()).then(task);
  localQueues.set(
    name,
    run.catch(() => undefined),
  );
  return run;
}

/** Writes the whole settings (the options page's form); prefer updateSettings for one change. */
export async function saveSettings(settings: Settings): Promise<void> {
  await exclusively('settings', () => settingsItem.setValue(normalizeSettings(settings)));
}

/**
 * Applies `change` to the settings stored now (not to a copy this page read
 * earlier), so that another page's change saved meanwhile is kept. Returns
 * what was saved.
 */
export function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  return exclusively('settings', async () => {
    const next = normalizeSettings(change(await loadSettings()));
    await settingsItem.setValue(next);
    return next;
  });
}

/**
 * What the enabled rules covering `url` ask for, together: a domain's rule
 * and a subdomain's (an imported `~shop.example.com` exception keeps on the
 * subdomain what the domain's rule hides) both apply. Null when none covers it.
 */
export function ruleFor(rules: readonly SiteRule[], url: string): SiteRule | null {
  const matching = rules.filter((rule) => rule.enabled && patternMatches(rule.pattern, url));
  const [first, ...others] = matching;
  if (!first) return null;
  if (others.length === 0) return first;
  const unique = (lists: string[][]) => [...new Set(lists.flat())];
  return {
    ...first,
    autoClean: matching.some((rule) => rule.autoClean),
    removeSelectors: unique(matching.map((rule) => rule.removeSelectors)),
    keepSelectors: unique(matching.map((rule) => rule.keepSelectors)),
    sourceLanguage: matching.find((rule) => rule.sourceLanguage)?.sourceLanguage ?? null,
  };
}

/** Calls back whenever rules (in either area) or settings change. */
export function watchRulesAndSettings(callback: () => void): () => void {
  const stops = [
    rulesSyncItem.watch(callback),
    rulesLocalItem.watch(callback),
    rulesAreaItem.watch(callback),
    settingsItem.watch(callback),
  ];
  return () => stops.forEach((stop) => stop());
}
