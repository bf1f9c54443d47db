// Fixtures written for this test (project's own, MIT), modelled on the "Kontakt:" and
// "Weitere Informationen:" blocks and platform embed markup of real pages.
import { describe, expect, it } from 'vitest';
import { analyzePage } from '@/lib/analyze';
import { cleanupPage } from '@/lib/boilerplate/cleanup';
import { HIDDEN_ATTRIBUTE } from '@/lib/boilerplate/hidden';
import { articlePage, domFrom } from '../../helpers';
import { classify, PROSE } from './find';

function analyzed(inside: string) {
  const dom = domFrom(articlePage(inside));
  return analyzePage(dom.window.document, { window: dom.window as unknown as Window & typeof globalThis });
}

describe('contact and "more information" blocks', () => {
  it.each([
    ['German', '<p id="t">Kontakt: Stadtwerke Musterstadt, Tel. 0123 456789, info@stadtwerke.example</p>'],
    [
      'German, more information',
      '<div id="t"><strong>Weitere Informationen:</strong> <a href="https://example.org/x">www.example.org</a></div>',
    ],
    ['English', '<p id="t">Media contact: Jane Doe, press@example.com, +44 20 7946 0000</p>'],
    ['French', '<p id="t">Plus d’informations : <a href="https://example.fr">example.fr</a></p>'],
  ])('leaves a %s block out of the reader, with its kind', (_language, block) => {
    expect(classify(block).kindOf('t')).toBe('contact');
    const report = analyzed(block);
    expect(report.removed.some((removed) => removed.kind === 'contact')).toBe(true);
    expect(report.article.text).not.toMatch(/Tel\. 0123|press@example|www\.example\.org|example\.fr/);
  });

  it('keeps a paragraph of the story that opens with the word', () => {
    const line = `<p id="t">Kontakt zu den Entführern hatte die Familie erst nach drei Wochen, ${PROSE}</p>`;
    expect(classify(line).kindOf('t')).toBeNull();
    expect(analyzed(line).article.text).toContain('Kontakt zu den Entführern');
  });

  it('does not hide the block in the page itself', () => {
    const dom = domFrom(articlePage('<p id="t">Kontakt: info@stadtwerke.example, Tel. 0123 456789</p>'));
    cleanupPage(dom.window.document);
    expect(dom.window.document.getElementById('t')!.hasAttribute(HIDDEN_ATTRIBUTE)).toBe(false);
  });
});

describe('embedded social posts', () => {
  const tweet =
    '<blockquote id="t" class="twitter-tweet"><p lang="en">Huge queues at the bridge this morning, nobody told us it would close</p>— Some Person (@someone) <a href="https://twitter.com/someone/status/1">May 1, 2024</a></blockquote>';

  it('takes an embedded post out of the reader as "embed"', () => {
    expect(classify(tweet).kindOf('t')).toBe('embed');
    const report = analyzed(tweet);
    expect(report.removed.some((removed) => removed.kind === 'embed')).toBe(true);
    expect(report.article.text).not.toContain('Huge queues at the bridge');
  });

  it('keeps an ordinary quotation', () => {
    const quote = `<blockquote id="t"><p>${PROSE}</p></blockquote>`;
    expect(classify(quote).kindOf('t')).toBeNull();
  });
});
