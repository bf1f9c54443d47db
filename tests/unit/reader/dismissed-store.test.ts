import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { dismissPhrase, loadDismissed, restorePhrase, updateDismissed, watchDismissed } from '@/lib/reader/dismissed-store';
import type { DismissedPhrases } from '@/lib/reader/dismissed';

describe('dismissed phrases in storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps them per site in the local area', async () => {
    expect(await loadDismissed()).toEqual({});
    await dismissPhrase('127.0.0.1', 'Shoygu');
    await dismissPhrase('127.0.0.1', 'Kasym-Żomart');
    await dismissPhrase('news.example', 'Shoygu');
    expect(await loadDismissed()).toEqual({ '127.0.0.1': ['shoygu', 'kasym-żomart'], 'news.example': ['shoygu'] });
    expect(await fakeBrowser.storage.local.get('dismissedFlags')).toEqual({
      dismissedFlags: { '127.0.0.1': ['shoygu', 'kasym-żomart'], 'news.example': ['shoygu'] },
    });
  });

  it('flags a phrase again on request', async () => {
    await dismissPhrase('127.0.0.1', 'Shoygu');
    await dismissPhrase('127.0.0.1', 'Kasym-Żomart');
    expect(await restorePhrase('127.0.0.1', 'SHOYGU')).toEqual({ '127.0.0.1': ['kasym-żomart'] });
    expect(await loadDismissed()).toEqual({ '127.0.0.1': ['kasym-żomart'] });
  });

  it('reads a corrupt stored value leniently', async () => {
    await fakeBrowser.storage.local.set({ dismissedFlags: { 'a.example': 'shoygu', 'b.example': ['Ok', 3] } });
    expect(await loadDismissed()).toEqual({ 'b.example': ['ok'] });
    await fakeBrowser.storage.local.set({ dismissedFlags: 'nonsense' });
    expect(await loadDismissed()).toEqual({});
    expect(await dismissPhrase('a.example', 'x')).toEqual({ 'a.example': ['x'] });
  });

  it('keeps every one of interleaved dismissals and restores', async () => {
    await dismissPhrase('a.example', 'old');
    await Promise.all([
      dismissPhrase('a.example', 'X'),
      dismissPhrase('b.example', 'Y'),
      restorePhrase('a.example', 'old'),
      dismissPhrase('a.example', 'Z'),
    ]);
    expect(await loadDismissed()).toEqual({ 'a.example': ['x', 'z'], 'b.example': ['y'] });
  });

  it('changes what is stored at write time, so another page’s dismissal stays', async () => {
    // Another page (the popup) dismisses while this one (the reader tab) is open.
    await fakeBrowser.storage.local.set({ dismissedFlags: { 'a.example': ['from the popup'] } });
    expect(await dismissPhrase('a.example', 'from the tab')).toEqual({ 'a.example': ['from the popup', 'from the tab'] });
    expect(await updateDismissed((current) => ({ ...current, 'b.example': ['Kept', 4 as unknown as string] }))).toEqual({
      'a.example': ['from the popup', 'from the tab'],
      'b.example': ['kept'],
    });
  });

  it('tells the other extension pages', async () => {
    const seen: DismissedPhrases[] = [];
    const stop = watchDismissed((value) => seen.push(value));
    await dismissPhrase('a.example', 'X');
    stop();
    await dismissPhrase('a.example', 'y');
    expect(seen).toEqual([{ 'a.example': ['x'] }]);
  });
});
