import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { reportInStages } from '@/lib/report-stages';
import { runAnalysisTask } from '@/lib/snapshot-analysis';
import { takeSnapshot } from '@/lib/dom/snapshot';

// Written for this test (the project's own text).
const html =
  '<!doctype html><html lang="en"><head><title>Harbour</title></head><body><article><h1>Harbour budget</h1>' +
  '<p>The council said on Tuesday that the harbour would reopen next spring, after the repairs to the old pier were finished.</p>'.repeat(
    6,
  ) +
  '</article><div class="related-posts"><h3>Related posts</h3><ul><li><a href="/a">Another story</a></li></ul></div></body></html>';

describe('reportInStages (the popup draws the verdict before the article)', () => {
  it('gives first the verdict the whole report will show, then the same report as the one-step analysis', () => {
    const { window } = new JSDOM('');
    const parser = new window.DOMParser();
    const snapshot = takeSnapshot(new JSDOM(html, { url: 'https://news.example/a' }).window.document);
    const task = { task: 'report' as const, snapshot, rule: null, settings: {} };
    const staged = reportInStages(task, parser, window as never);
    if (!staged.ok) throw new Error(staged.error);
    const { verdict } = staged.value;
    const report = staged.value.finish();
    expect(verdict).toEqual({ url: report.url, mt: report.mt, language: report.language });
    expect(report.article.text).toContain('harbour would reopen');
    const whole = runAnalysisTask(task, parser, window as never);
    expect({ ok: true, value: report }).toEqual(whole);
  });

  it('says why a page cannot be analysed instead of giving a verdict', () => {
    const { window } = new JSDOM('');
    const snapshot = takeSnapshot(new JSDOM(html, { url: 'https://news.example/a' }).window.document);
    const staged = reportInStages(
      { task: 'report', snapshot: { ...snapshot, contentType: 'application/pdf' }, rule: null, settings: {} },
      new window.DOMParser(),
      window as never,
    );
    expect(staged.ok).toBe(false);
  });
});
