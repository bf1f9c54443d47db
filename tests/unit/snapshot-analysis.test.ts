import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { runAnalysisTask, type ParseMemo } from '@/lib/snapshot-analysis';
import { takeSnapshot } from '@/lib/dom/snapshot';

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
