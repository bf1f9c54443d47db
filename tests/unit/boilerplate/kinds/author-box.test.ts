import { describe, expect, it } from 'vitest';
import { classify, PROSE } from './find';

const BIO = 'has covered city politics and transport for the paper since 2015 and previously reported from Brussels.';

describe('author boxes', () => {
  it.each([
    ['English', 'About the author'],
    ['German', 'Über den Autor'],
    ['Polish', 'O autorze'],
    ['Russian', 'Об авторе'],
  ])('finds a %s "%s" box after the article', (_language, heading) => {
    const result = classify('', `<div id="t"><h4>${heading}</h4><p>Jane Doe ${BIO}</p></div>`);
    expect(result.kindOf('t')).toBe('author-box');
    expect(result.touchesArticle()).toBe(false);
  });

  it('finds a Simple Author Box plugin block by class', () => {
    expect(classify('', `<div id="t" class="saboxplugin-wrap"><p>Jane Doe ${BIO}</p></div>`).kindOf('t')).toBe('author-box');
  });

  it('finds a box headed "About <Name>"', () => {
    expect(classify('', `<div id="t"><h3>About Jane Doe</h3><p>She ${BIO}</p></div>`).kindOf('t')).toBe('author-box');
  });

  // After cnet.de (development half of the trafilatura evaluation set): the label is a block of its own, not a heading.
  it('finds a box opened by an "AUTOR" label block above the name and bio', () => {
    const result = classify(
      `<div id="t"><div class="header">AUTOR</div><h3>Dr. Jan Kowalski</h3><p>ist Gründungspartner einer Kanzlei in Berlin. Zu seinen Tätigkeitsfeldern zählen Bankrecht und Internetrecht.</p></div>`,
    );
    expect(result.kindOf('t')).toBe('author-box');
    expect(result.touchesArticle()).toBe(false);
  });

  it('leaves a block that opens with a label of another kind', () => {
    const result = classify(`<div id="t"><div class="header">Hintergrund</div><p>Jane Doe ${BIO} ${PROSE}</p></div>`);
    expect(result.kindOf('t')).toBeNull();
  });

  it('leaves the article paragraph that mentions the author in passing', () => {
    const result = classify(`<p id="t">The reporter who wrote about the author of the plan says ${PROSE}</p>`);
    expect(result.kindOf('t')).toBeNull();
    expect(result.matches).toHaveLength(0);
  });

  // "Author" opening prose is not an author box's heading.
  it('leaves an article paragraph that starts with the word "Author"', () => {
    const result = classify(`<p id="t">Author Salman Rushdie said on Tuesday that ${PROSE}</p>`);
    expect(result.kindOf('t')).toBeNull();
  });
});
