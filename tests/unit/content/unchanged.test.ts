import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { snapshotMark } from '@/entrypoints/content/unchanged';
import { addRuleStyle, hideElement, restorePage } from '@/lib/boilerplate/hidden';

const page = () =>
  new JSDOM('<!doctype html><html><body><article><p>Harbour budget</p></article></body></html>', { url: 'https://news.example/a' });

describe('snapshotMark (a popup opened again on an unchanged page skips the snapshot)', () => {
  it('says unchanged for the last snapshot’s token while nothing on the page changed', () => {
    const doc = page().window.document;
    const mark = snapshotMark(doc);
    expect(mark.unchanged(undefined)).toBe(false);
    const token = mark.mark();
    expect(mark.unchanged(token)).toBe(true);
    expect(mark.unchanged('another')).toBe(false);
    const next = mark.mark();
    expect(mark.unchanged(token)).toBe(false);
    expect(mark.unchanged(next)).toBe(true);
  });

  it('says changed after an added element, an attribute, edited text, or a new address', () => {
    const doc = page().window.document;
    const mark = snapshotMark(doc);
    const changes: Array<() => void> = [
      () => doc.body.append(doc.createElement('aside')),
      () => doc.querySelector('article')!.setAttribute('class', 'related'),
      () => doc.querySelector('article')!.setAttribute('data-unspun-note', 'the page’s own'),
      () => doc.head.append(Object.assign(doc.createElement('style'), { id: 'page-style' })),
      () => ((doc.querySelector('p')!.firstChild as Text).data = 'Harbour budget cut'),
    ];
    for (const change of changes) {
      const token = mark.mark();
      change();
      expect(mark.unchanged(token)).toBe(false);
    }
    let address = 'https://news.example/a';
    const moved = snapshotMark(doc, () => address);
    const token = moved.mark();
    address = 'https://news.example/b';
    expect(moved.unchanged(token)).toBe(false);
  });

  it('does not count our own cleanup: the snapshot taken before the page was cleaned still stands for it', async () => {
    const doc = page().window.document;
    doc.body.insertAdjacentHTML('beforeend', '<div class="related-posts"><a href="/b">More</a></div>');
    const mark = snapshotMark(doc);
    const token = mark.mark();
    hideElement(doc.querySelector('.related-posts')!, 'related');
    addRuleStyle(doc, '.ad { display: none !important }');
    await Promise.resolve();
    expect(mark.unchanged(token)).toBe(true);
    restorePage(doc);
    expect(mark.unchanged(token)).toBe(true);
    doc.querySelector('p')!.append(' and more');
    expect(mark.unchanged(token)).toBe(false);
  });
});
