import { describe, expect, it } from 'vitest';
import { ReportCache } from '@/entrypoints/background/report-cache';
import type { PageSnapshot } from '@/lib/dom/snapshot';
import type { PageReport } from '@/lib/report';

const snapshot = (body: string, url = 'https://news.example/a'): PageSnapshot => ({
  url,
  contentType: 'text/html',
  htmlAttributes: [['lang', 'en']],
  head: '<title>A</title>',
  body,
  noscripts: [],
});
const report = (title: string) => ({ article: { title } }) as unknown as PageReport;
const inputs = { rule: null, settings: { flagCategories: ['grammar'] } };

describe('ReportCache (a popup opened again on the same page)', () => {
  it('answers with the earlier report while the page, its rule and the settings are as they were', () => {
    const cache = new ReportCache();
    cache.set(1, 't1', snapshot('<body><p>Text</p></body>'), inputs, report('First'));
    expect(cache.get(1, snapshot('<body><p>Text</p></body>'), { ...inputs })?.article.title).toBe('First');
  });

  it('analyses again when the page changed, moved, or the rule or settings did', () => {
    const cache = new ReportCache();
    cache.set(1, 't1', snapshot('<body><p>Text</p></body>'), inputs, report('First'));
    expect(cache.get(1, snapshot('<body><p>Text, then a late comment</p></body>'), inputs)).toBeNull();
    expect(cache.get(1, snapshot('<body><p>Text</p></body>', 'https://news.example/b'), inputs)).toBeNull();
    expect(cache.get(1, snapshot('<body><p>Text</p></body>'), { ...inputs, rule: { sourceLanguage: 'pl' } })).toBeNull();
    expect(cache.get(1, snapshot('<body><p>Text</p></body>'), { ...inputs, settings: { flagCategories: [] } })).toBeNull();
    expect(cache.get(2, snapshot('<body><p>Text</p></body>'), inputs)).toBeNull();
  });

  it('forgets a tab that navigated or closed, and keeps only the most recent few tabs', () => {
    const cache = new ReportCache();
    const page = snapshot('<body><p>Text</p></body>');
    cache.set(1, 't1', page, inputs, report('One'));
    cache.forget(1);
    expect(cache.get(1, page, inputs)).toBeNull();
    for (const tab of [1, 2, 3, 4, 5]) cache.set(tab, `t${tab}`, page, inputs, report(`Tab ${tab}`));
    expect(cache.get(1, page, inputs)).toBeNull();
    expect(cache.get(5, page, inputs)?.article.title).toBe('Tab 5');
    expect(cache.get(2, page, inputs)?.article.title).toBe('Tab 2');
  });

  it('hands back the kept snapshot for the token of an unchanged page, and nothing for another token or tab', () => {
    const cache = new ReportCache();
    const page = snapshot('<body><p>Text</p></body>');
    cache.set(1, 't1', page, inputs, report('First'));
    expect(cache.token(1)).toBe('t1');
    expect(cache.snapshot(1, 't1')).toBe(page);
    expect(cache.get(1, cache.snapshot(1, 't1')!, inputs)?.article.title).toBe('First');
    expect(cache.snapshot(1, 't0')).toBeNull();
    expect(cache.snapshot(2, 't1')).toBeNull();
    expect(cache.token(2)).toBeUndefined();
  });

  it('keeps a cleanup’s snapshot for the first popup, which is analysed from it once and then answered from its report', () => {
    const cache = new ReportCache();
    const page = snapshot('<body><p>Text</p></body>');
    cache.set(1, 't1', page, inputs, report('Before the late comments'));
    cache.keep(1, 't2', page);
    expect(cache.token(1)).toBe('t2');
    expect(cache.snapshot(1, 't2')).toBe(page);
    // No report yet for this snapshot: the first popup analyses it.
    expect(cache.get(1, page, inputs)).toBeNull();
    cache.set(1, 't2', page, inputs, report('Reported'));
    expect(cache.get(1, page, inputs)?.article.title).toBe('Reported');
  });
});
