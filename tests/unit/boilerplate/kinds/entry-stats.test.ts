// Fixtures written for this test (project's own, MIT), after a development-half page of the trafilatura
// evaluation set laid out in tables by its site builder (schleifen.ucoz.de).
import { describe, expect, it } from 'vitest';
import { classify, PROSE } from './find';

const STARS = '<ul class="stars"><li><a href="#">1</a></li><li><a href="#">2</a></li><li><a href="#">3</a></li></ul>';

describe("an entry's statistics line", () => {
  it('finds the counters in a layout table cell under the entry, beside its rating widget', () => {
    const result = classify(
      '',
      `<table><tr><td id="t">${STARS}<!-- s -->Aufrufe<!-- /s -->: 1120 | Hinzugefügt von: <a href="/u/1">Posh</a> | Tags: <a href="/t/a">Denken</a>, <a href="/t/b">Bilder</a> | Rating: <span>0.0</span>/<span>0</span></td></tr></table>`,
    );
    expect(result.kindOf('t')).toBe('article-meta');
    expect(result.touchesArticle()).toBe(false);
  });

  it('finds a comment counter alone in a cell, and an English line of counters', () => {
    const result = classify(
      '',
      `<table><tr><td id="t">Kommentare insgesamt: <b>0</b></td><td></td></tr></table><div id="u">Views: 312 · Comments: 4</div>`,
    );
    expect(result.kindOf('t')).toBe('article-meta');
    expect(result.kindOf('u')).toBe('article-meta');
  });

  it('leaves a data table of the article, counters and credits alike', () => {
    const result = classify(
      `<table><tr><th>Video</th><th>Views</th></tr><tr><td id="a">Launch</td><td>Views: 1200</td></tr><tr><td id="c">Reuters</td><td>900</td></tr></table>`,
    );
    // A cell is asked only by kinds that read a whole line of counters: a cell naming an agency stays.
    expect(result.kindOf('c')).toBeNull();
    expect(result.kindOf('a')).toBeNull();
  });

  it('leaves a paragraph of the story that gives counts in a sentence', () => {
    const result = classify(`<p id="t">Views: 1,200 in the first hour, the channel said, and ${PROSE}</p>`);
    expect(result.kindOf('t')).toBeNull();
  });
});

describe('a time or date set beside the title', () => {
  it("finds the entry's time floated beside its title", () => {
    const result = classify(`<div class="eTitle"><div id="t" style="float:right">3:59 PM</div>Briefe</div>`);
    expect(result.kindOf('t')).toBe('article-meta');
  });

  it("leaves a timetable's times and a live ticker's timestamp over its entry", () => {
    const result = classify(
      `<table><tr><th>Abfahrt</th><th>Ziel</th></tr><tr><td id="t">15:59</td><td>Berlin</td></tr></table><div class="entry"><div id="u">16:05</div><p>${PROSE}</p></div>`,
    );
    expect(result.kindOf('t')).toBeNull();
    expect(result.kindOf('u')).toBeNull();
  });
});
