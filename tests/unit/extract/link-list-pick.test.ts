// Fixtures written for this test (project's own, MIT), after a sports news page of the
// trafilatura evaluation set: its story sits in a wrapper whose class says "sidebar" (which
// Readability drops unread on its first try), under a "breaking news" ticker long enough
// to pass for an article.
import { describe, expect, it } from 'vitest';
import { extractPage } from '@/lib/analyze';
import { domFrom } from '../helpers';

function articleText(body: string): string {
  const dom = domFrom(`<!doctype html><html lang="de"><head><title>Urteil</title></head><body>${body}</body></html>`);
  return extractPage(dom.window.document, { window: dom.window as unknown as Window & typeof globalThis }).article.text;
}

const ticker = (count: number) =>
  `<div class="breaking"><span>BRANDAKTUELL /</span><ul>${Array.from(
    { length: count },
    (_, index) =>
      `<li><a href="/news/${index}">Meldung ${index}: Kampf um den Titel im Schwergewicht wird im Frühjahr in der Halle ausgetragen</a></li>`,
  ).join('')}</ul></div>`;

describe('a list of headlines picked instead of a short story', () => {
  it('reads the story, not the headlines above it', () => {
    const text = articleText(
      `${ticker(12)}<div class="page-wrapper blog-sidebar-right"><div class="page-content"><article><h1>Urteil</h1><div class="entry-content"><p>Die Boxerin sitzt seit Dezember in Untersuchungshaft. Nach über einem Jahr hat sie die Entlassung beantragt.</p><p>Das wurde abgelehnt, weil die Beweislage und eine mögliche Fluchtgefahr dagegen stehen, teilte das Gericht mit.</p></div></article></div></div>`,
    );
    expect(text).toContain('Das wurde abgelehnt');
    expect(text).not.toContain('Meldung 3');
  });

  it('keeps a real list of links when the page has no prose beside it', () => {
    const text = articleText(`${ticker(12)}<div class="page-content"><p>Impressum</p></div>`);
    expect(text).toContain('Meldung 3');
  });
});
