/**
 * Site rules and global settings: what the user sets on the options page,
 * stored with a schema version (lib/rules/store.ts) and exported as JSON
 * (lib/rules/transfer.ts).
 */
import type { FlagCategory } from '../report';
import { FLAG_CATEGORIES } from '../report';

export interface SiteRule {
  id: string;
  /** A match pattern (`*://*.example.com/*`) or a plain domain (`example.com`, subdomains included). */
  pattern: string;
  enabled: boolean;
  /** Clean matching pages on their own, without a click. */
  autoClean: boolean;
  /** Extra selectors to hide (CSS, or uBlock-style procedural: `:has-text()`, `:upward()`, `:remove()`). */
  removeSelectors: string[];
  /** Selectors never hidden; they win over the built-in detection and removeSelectors. */
  keepSelectors: string[];
  /** The language this site translates from (ISO 639-1), a hint for the detector. */
  sourceLanguage: string | null;
  note: string;
}

export interface Settings {
  /** Clean any analysed page whose machine-translation score reaches `autoCleanThreshold`. */
  autoCleanAboveThreshold: boolean;
  autoCleanThreshold: number;
  /** Show the verdict on the toolbar icon. */
  badge: boolean;
  /** Flag categories looked for (the others are not analysed at all). */
  flagCategories: FlagCategory[];
  /** Flag categories the reader turned off in its legend: found and counted, not highlighted. */
  hiddenFlagCategories: FlagCategory[];
}

export const DEFAULT_SETTINGS: Settings = {
  autoCleanAboveThreshold: false,
  autoCleanThreshold: 0.7,
  badge: true,
  flagCategories: [...FLAG_CATEGORIES],
  hiddenFlagCategories: [],
};

export function newRuleId(): string {
  const random = globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
  return `rule-${random}`;
}

export function createRule(pattern: string, overrides: Partial<SiteRule> = {}): SiteRule {
  return {
    id: newRuleId(),
    pattern,
    enabled: true,
    autoClean: true,
    removeSelectors: [],
    keepSelectors: [],
    sourceLanguage: null,
    note: '',
    ...overrides,
  };
}
