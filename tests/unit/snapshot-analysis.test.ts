import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { runAnalysisTask, type ParseMemo } from '@/lib/snapshot-analysis';
import { takeSnapshot } from '@/lib/dom/snapshot';
import { EXTENSION_BUDGET } from '@/lib/analysis-budget';
import { applyHideList } from '@/lib/boilerplate/hide-list';
import { restorePage } from '@/lib/boilerplate/hidden';

const html =
  '<!doctype html><html lang="en"><head><title>Harbour</title></head><body><article><h1>Harbour budget</h1>' +
  '<p>The council said on Tuesday that the harbour would reopen next spring, after the repairs to the old pier were finished.</p>'.repeat(
    6,
  ) +
  '</article><div class="related-posts"><h3>Related posts</h3><ul><li><a href="/a">Another story</a></li></ul></div></body></html>';

describe('runAnalysisTask with a parse memo (the popup on a page just cleaned)', () => {
  it('reports from the page the cleanup parsed, with the same report as from a fresh parse', () => {
    const { window } = new JSDOM('');
    const parser = new window.DOMParser();
    const snapshot = takeSnapshot(new JSDOM(html, { url: 'https://news.example/a' }).window.document);
    const memo: ParseMemo = { last: null };
    const cleanup = runAnalysisTask({ task: 'cleanup', snapshot, rule: null }, parser, window as never, memo);
    expect(cleanup.ok && cleanup.value.items.length).toBeGreaterThan(0);
    const parsedByCleanup = memo.last!.doc;
    // The report's snapshot comes as a copy (a structured clone): equal, not the same object.
    const report = runAnalysisTask(
      { task: 'report', snapshot: structuredClone(snapshot), rule: null, settings: {} },
      parser,
      window as never,
      memo,
    );
    expect(memo.last!.doc).toBe(parsedByCleanup);
    const fresh = runAnalysisTask({ task: 'report', snapshot, rule: null, settings: {} }, parser, window as never);
    expect(report).toEqual(fresh);
    // A different page is parsed afresh.
    const other = { ...snapshot, body: snapshot.body.replace('Harbour budget', 'Bridge budget') };
    runAnalysisTask({ task: 'cleanup', snapshot: other, rule: null }, parser, window as never, memo);
    expect(memo.last!.doc).not.toBe(parsedByCleanup);
  });
});

describe('the cleanup within its time (an enormous page, a slow machine)', () => {
  const sections = Array.from(
    { length: 300 },
    (_, index) =>
      `<section><h2>Part ${index}</h2><p>The council said on Tuesday that the harbour would reopen, part ${index}.</p>` +
      `<div class="related-posts"><h3>Related posts</h3><ul><li><a href="/r/${index}">Another report ${index}</a></li></ul></div></section>`,
  ).join('');
  const page = `<!doctype html><html lang="en"><head><title>Harbour</title></head><body><main><article><h1>Harbour</h1>${sections}</article></main></body></html>`;

  it('hides what the whole cleanup hides up to where its time ran out, no more, says so, and is undone exactly', async () => {
    const { window } = new JSDOM('');
    const parser = new window.DOMParser();
    const live = new JSDOM(page, { url: 'https://news.example/a' }).window.document;
    const original = live.documentElement.outerHTML;
    const snapshot = takeSnapshot(live);
    const cleanup = (now: () => number) => {
      EXTENSION_BUDGET.now = now;
      try {
        return runAnalysisTask({ task: 'cleanup', snapshot, rule: null }, parser, window as never);
      } finally {
        delete EXTENSION_BUDGET.now;
      }
    };
    // A clock that stands still: the whole page, however loaded the machine running the test.
    const whole = cleanup(() => 0);
    if (!whole.ok) throw new Error(whole.error);
    expect(whole.value.items.length).toBeGreaterThanOrEqual(300);
    expect(whole.value.partial).toBeUndefined();
    // A clock that moves 250 ms each time it is read: the cleanup's 3.5 s run out after 14 readings, partway down the page.
    let now = 0;
    const late = cleanup(() => (now += 250));
    if (!late.ok) throw new Error(late.error);
    expect(late.value.items.length).toBeGreaterThan(0);
    expect(late.value.items.length).toBeLessThan(whole.value.items.length);
    // Exactly the whole cleanup's first items: nothing it would not hide, nothing out of order.
    expect(late.value.items).toEqual(whole.value.items.slice(0, late.value.items.length));
    expect(late.value.partial?.reasonsWording?.map((wording) => wording.id)).toEqual(['budget_cleanupLate']);
    expect(late.value.partial?.reasons[0]).toMatch(
      /^Boilerplate was looked for only in the first [\d,]+ elements of the page \(of [\d,]+\): the cleanup is due within 5 s\./,
    );
    expect((await applyHideList(live, late.value, { pause: async () => undefined })).hidden).toBe(late.value.items.length);
    restorePage(live);
    expect(live.documentElement.outerHTML).toBe(original);
  });
});
