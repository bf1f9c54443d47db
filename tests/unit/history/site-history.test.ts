import { describe, expect, it } from 'vitest';
import {
  historySize,
  MAX_SITES,
  MAX_VISITS_PER_SITE,
  pageKey,
  readHistory,
  recordVisit,
  siteSummary,
  suggestsCleaningSite,
  type SiteHistory,
} from '@/lib/history/site-history';

const visit = (url: string, verdict: 'machine-translated' | 'uncertain' | 'human', at = 1) => ({ page: pageKey(url)!, verdict, at });

describe('site history', () => {
  it('counts an article once however often it is opened, with its latest verdict', () => {
    let history: SiteHistory = {};
    history = recordVisit(history, 'farm.example', visit('https://farm.example/a/', 'uncertain', 1));
    history = recordVisit(history, 'farm.example', visit('https://farm.example/a/?utm_source=x#comments', 'machine-translated', 2));
    history = recordVisit(history, 'farm.example', visit('https://farm.example/b/', 'human', 3));
    expect(siteSummary(history, 'farm.example')).toEqual({ opened: 2, machine: 1 });
  });

  it('puts cleaning forward when most of at least two articles looked machine-translated', () => {
    expect(suggestsCleaningSite({ opened: 4, machine: 3 })).toBe(true);
    expect(suggestsCleaningSite({ opened: 4, machine: 2 })).toBe(false);
    expect(suggestsCleaningSite({ opened: 1, machine: 1 })).toBe(false);
  });

  it('keeps no address: only a fingerprint of it', () => {
    const history = recordVisit({}, 'farm.example', visit('https://farm.example/secret-story/', 'human'));
    expect(JSON.stringify(history)).not.toContain('secret-story');
  });

  it('is capped per site and in sites, dropping the oldest first', () => {
    let history: SiteHistory = {};
    for (let index = 0; index < MAX_VISITS_PER_SITE + 5; index++)
      history = recordVisit(history, 'farm.example', visit(`https://farm.example/${index}/`, 'human', index));
    expect(history['farm.example']).toHaveLength(MAX_VISITS_PER_SITE);
    expect(history['farm.example']![0]!.page).toBe(pageKey('https://farm.example/5/'));

    for (let index = 0; index < MAX_SITES + 3; index++)
      history = recordVisit(history, `site${index}.example`, visit(`https://site${index}.example/`, 'human', 1000 + index));
    expect(historySize(history).sites).toBe(MAX_SITES);
    // The site visited longest ago went first.
    expect(history['farm.example']).toBeUndefined();
    expect(history[`site${MAX_SITES + 2}.example`]).toBeDefined();
  });

  it('reads a damaged stored value without throwing, keeping the visits that read', () => {
    expect(readHistory('nonsense')).toEqual({});
    expect(readHistory([1, 2])).toEqual({});
    const good = visit('https://farm.example/a/', 'machine-translated');
    expect(readHistory({ 'farm.example': [good, { page: 1 }, null, { ...good, verdict: 'maybe' }], 'other.example': 'x' })).toEqual({
      'farm.example': [good],
    });
  });

  it('has no key for pages that are not on the web', () => {
    expect(pageKey('chrome://extensions/')).toBeNull();
    expect(pageKey('not a url')).toBeNull();
  });
});
