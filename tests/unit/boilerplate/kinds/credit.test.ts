import { describe, expect, it } from 'vitest';
import { analyzePage } from '@/lib/analyze';
import { cleanupPage } from '@/lib/boilerplate/cleanup';
import { HIDDEN_ATTRIBUTE } from '@/lib/boilerplate/hidden';
import { articlePage, domFrom } from '../../helpers';
import { classify, PROSE } from './find';

function articleText(inside: string): string {
  const dom = domFrom(articlePage(inside));
  return analyzePage(dom.window.document, { window: dom.window as unknown as Window & typeof globalThis }).article.text;
}

describe('photo credits', () => {
  it.each([
    ['German', 'Foto: dpa'],
    ['German, photographer', 'Foto: Sascha Klahn'],
    ['German, image source', 'Bildquelle: picture alliance / Jens Büttner'],
    ['French', 'Crédits photos : Bestimage'],
    ['English', 'Photo: Jane Doe for The Example Times'],
    ['English, credit', 'Credit: Alamy Stock Photo'],
    ['Spanish', 'Fuente: EFE'],
    ['Russian', 'Фото: Иван Петров'],
  ])('finds a %s credit line "%s"', (_language, line) => {
    const result = classify(`<p id="t">${line}</p>`);
    expect(result.kindOf('t')).toBe('credit');
    expect(result.touchesArticle()).toBe(false);
  });

  it.each([['Getty Images'], ['© Getty Images'], ['Reuters/Jane Doe'], ['AFP'], ['imago images / Future Image']])(
    'finds the agency credit "%s"',
    (line) => {
      expect(classify(`<span id="t">${line}</span>`).kindOf('t')).toBe('credit');
    },
  );

  // One registry: the labels and agencies of lib/data/boilerplate-phrases/*.json, the same the reader's caption cutter reads.
  it.each([
    ['Polish source', 'Źródło: GUS'],
    ['Dutch', 'Bron: ANP'],
    ['Turkish', 'Kaynak: Anadolu Ajansı'],
    ['English, "Photo by"', 'Photo by Jane Doe on Unsplash'],
    ['German, label before a bar', 'Foto | Jan Kowalski'],
    ['Polish agency', 'PAP/Leszek Szymański'],
    ['Italian agency', 'ANSA'],
    ['agency in capitals', 'REUTERS/Jane Doe'],
  ])('finds a credit line from the phrase files: %s "%s"', (_what, line) => {
    expect(classify(`<p id="t">${line}</p>`).kindOf('t')).toBe('credit');
  });

  it('leaves a copyright notice to its own kind and a German "Wenn" line alone', () => {
    expect(classify('<p id="t">© 2024 Example Verlag GmbH</p>').kindOf('t')).toBe('legal');
    expect(classify('<p id="t">Copyright 2024 Example Verlag</p>').kindOf('t')).toBe('legal');
    expect(classify('<p id="t">Wenn alles klappt</p>').kindOf('t')).toBeNull();
    expect(classify('<p id="t">Photo by the river</p>').kindOf('t')).toBeNull();
  });

  it('finds a Polish "Fot. Jan Kowalski" credit', () => {
    expect(classify('<p id="t">Fot. Jan Kowalski</p>').kindOf('t')).toBe('credit');
  });

  it('finds a credit by class, whatever it says', () => {
    expect(classify('<span id="t" class="media-credit">Jane Doe</span>').kindOf('t')).toBe('credit');
    expect(classify('<div id="t" class="wp-caption-credit">Jane Doe / The Example Times</div>').kindOf('t')).toBe('credit');
  });

  it('takes only the credit out of a figure caption, not the caption', () => {
    const caption = 'Workers on the old bridge, which the council voted to close for repairs on Tuesday evening. ';
    const result = classify(
      `<figure id="figure"><img src="/bridge.jpg" alt=""><figcaption id="caption">${caption}<span id="t">Foto: Sascha Klahn</span></figcaption></figure>`,
    );
    expect(result.kindOf('t')).toBe('credit');
    expect(result.kindOf('figure')).toBeNull();
    expect(result.kindOf('caption')).toBeNull();
  });

  it('takes the credit line, not a picture set beside it in the same small block', () => {
    // A picture two levels down counts as much as one directly inside: the block is no credit line.
    const result = classify('<div id="t"><a href="/big.jpg"><img src="/bridge.jpg" alt=""></a><span id="c">Foto: dpa</span></div>');
    expect(result.kindOf('t')).toBeNull();
    expect(result.kindOf('c')).toBe('credit');
  });

  it('keeps a figure whose short caption ends in an agency credit', () => {
    const result = classify(
      '<figure id="figure"><img src="/bridge.jpg" alt=""><figcaption>The old bridge. <span id="t">Foto: dpa</span></figcaption></figure>',
    );
    expect(result.kindOf('figure')).toBeNull();
    expect(result.kindOf('t')).toBe('credit');
  });

  it('leaves a paragraph reporting what Reuters or AFP said', () => {
    for (const agency of ['Reuters', 'AFP']) {
      const result = classify(`<p id="t">${agency} reported on Tuesday that ${PROSE}</p>`);
      expect(result.kindOf('t')).toBeNull();
      expect(result.matches).toHaveLength(0);
    }
  });

  it('leaves a short one-sentence paragraph quoting an agency', () => {
    expect(classify('<p id="t">Reuters reported that the talks had failed.</p>').kindOf('t')).toBeNull();
  });

  it('leaves paragraphs that open with "Photo" but are no credit', () => {
    const long = classify(`<p id="t">Photo opportunities were rare, as ${PROSE}</p>`);
    expect(long.kindOf('t')).toBeNull();
    expect(long.matches).toHaveLength(0);
    expect(classify('<p id="t">Photo opportunities were rare.</p>').kindOf('t')).toBeNull();
    expect(classify('<p id="t">Source code for the app is online.</p>').kindOf('t')).toBeNull();
  });

  it('leaves a long block even when its class says credit', () => {
    expect(classify(`<div id="t" class="credits"><p>The film, whose ${PROSE}</p></div>`).kindOf('t')).toBeNull();
  });

  it('stays on the page under the default cleanup, and is hidden only when asked', () => {
    const result = classify('<p id="t">Foto: dpa</p><p id="u">Crédits photos : Bestimage</p>');
    expect(result.kindOf('t')).toBe('credit');
    expect(result.kindOf('u')).toBe('credit');
    const cleaned = cleanupPage(result.doc);
    expect(cleaned.hidden).toBe(0);
    expect(result.doc.getElementById('t')!.hasAttribute(HIDDEN_ATTRIBUTE)).toBe(false);
    expect(result.doc.getElementById('u')!.hasAttribute(HIDDEN_ATTRIBUTE)).toBe(false);
    cleanupPage(result.doc, { kinds: ['credit'] });
    expect(result.doc.getElementById('t')!.getAttribute(HIDDEN_ATTRIBUTE)).toBe('credit');
  });

  it('is left out of the analysed article text, which keeps the story and the caption', () => {
    const text = articleText(
      '<figure><img src="/bridge.jpg" alt=""><figcaption>Workers on the old bridge, which the council voted to close for repairs on Tuesday evening. <span>Foto: Sascha Klahn</span></figcaption></figure><p>Getty Images</p>',
    );
    expect(text).toContain('Paragraph 4 of the story');
    expect(text).toContain('Workers on the old bridge');
    expect(text).not.toContain('Sascha Klahn');
    expect(text).not.toContain('Getty Images');
  });
});
