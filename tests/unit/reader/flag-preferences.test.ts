import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { useFlagPreferences } from '@/components/useFlagPreferences';
import { DEFAULT_SETTINGS } from '@/lib/rules/model';
import { loadSettings } from '@/lib/rules/store';
import { loadDismissed } from '@/lib/reader/dismissed-store';

type Preferences = ReturnType<typeof useFlagPreferences>;

/** The hook in a page that loaded nothing hidden and nothing dismissed. */
function mount(): { current: () => Preferences; root: HTMLElement } {
  let latest: Preferences | null = null;
  const Probe = () => {
    latest = useFlagPreferences({ hiddenCategories: [], dismissed: {} });
    return null;
  };
  const root = document.createElement('div');
  act(() => render(h(Probe, {}), root));
  return { current: () => latest!, root };
}

const settled = () => act(() => new Promise((resolve) => setTimeout(resolve, 20)));

describe('useFlagPreferences', () => {
  let root: HTMLElement | null = null;
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => {
    if (root) render(null, root);
    root = null;
  });

  it('saves one category against the stored list, keeping another page’s change', async () => {
    const page = mount();
    root = page.root;
    // Another page (the options page or the popup) turns a category off as this one is clicked,
    // before the storage watch has told this page.
    const other = fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, badge: false, hiddenFlagCategories: ['calque'] } });
    act(() => page.current().setCategoryHidden('grammar', true));
    await other;
    await settled();
    expect(await loadSettings()).toMatchObject({ badge: false, hiddenFlagCategories: ['calque', 'grammar'] });
    act(() => page.current().setCategoryHidden('calque', false));
    await settled();
    expect((await loadSettings()).hiddenFlagCategories).toEqual(['grammar']);
    expect(page.current().hiddenCategories).toEqual(['grammar']);
    expect(page.current().error).toBeNull();
  });

  it('keeps another page’s dismissal when this one dismisses', async () => {
    const page = mount();
    root = page.root;
    const other = fakeBrowser.storage.local.set({ dismissedFlags: { 'a.example': ['from the popup'] } });
    act(() => page.current().dismiss('a.example', 'From the tab'));
    await other;
    await settled();
    expect(await loadDismissed()).toEqual({ 'a.example': ['from the popup', 'from the tab'] });
    expect(page.current().dismissed).toEqual({ 'a.example': ['from the popup', 'from the tab'] });
  });

  it('shows a choice made in another page after the reader read its choices but before its article was drawn', async () => {
    // The reader reads the choices as soon as its code has loaded (components/ReaderView.tsx), long before the
    // article is drawn: a category turned off in the options page in between is stored, and no watch saw it.
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, hiddenFlagCategories: ['calque'] } });
    await fakeBrowser.storage.local.set({ dismissedFlags: { 'a.example': ['from the options'] } });
    const page = mount();
    root = page.root;
    await settled();
    expect(page.current().hiddenCategories).toEqual(['calque']);
    expect(page.current().dismissed).toEqual({ 'a.example': ['from the options'] });
  });
});
