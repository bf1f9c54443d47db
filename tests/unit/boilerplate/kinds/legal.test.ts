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

describe('copyright and reprint notices', () => {
  it.each([
    ['German', '© 2024 Example GmbH. Alle Rechte vorbehalten.'],
    ['German, reprint', 'Nachdruck nur mit Genehmigung. Alle Rechte vorbehalten.'],
    ['English, property', 'This article is the copyrighted property of Example Media Ltd and may not be republished.'],
    [
      'English, agency',
      'Copyright 2024 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.',
    ],
    ['French', 'Le Monde. Tous droits réservés. Reproduction interdite sans autorisation.'],
    ['Spanish', 'Ejemplo S.A. Todos los derechos reservados.'],
    ['Polish', '(c) 2024 Przykład Sp. z o.o.'],
  ])('finds a %s notice "%s"', (_language, notice) => {
    const result = classify(`<p id="t">${notice}</p>`);
    expect(result.kindOf('t')).toBe('legal');
    expect(result.touchesArticle()).toBe(false);
  });

  it('finds a notice in a <div> or <span> inside the article', () => {
    expect(classify('<div id="t">© 2024 Example GmbH</div>').kindOf('t')).toBe('legal');
    expect(classify('<span id="t">Copyright © 2024 Example Media Ltd.</span>').kindOf('t')).toBe('legal');
  });

  it('finds a notice in a bare <small> element', () => {
    expect(classify('<small id="t">© 2024 Example GmbH. Alle Rechte vorbehalten.</small>').kindOf('t')).toBe('legal');
  });

  it('lets a site footer that holds the copyright line be site navigation', () => {
    const result = classify(
      '',
      '<footer id="t"><a href="/imprint/">Imprint</a> <a href="/privacy/">Privacy</a> © 2024 Example GmbH</footer>',
    );
    expect(result.kindOf('t')).toBe('navigation');
  });

  it('leaves an article paragraph about copyright law', () => {
    const result = classify(`<p id="t">The copyright holder sued the platform for hosting the films without permission, and ${PROSE}</p>`);
    expect(result.kindOf('t')).toBeNull();
    expect(result.matches).toHaveLength(0);
  });

  it('leaves an article paragraph opening with the word "Copyright"', () => {
    const result = classify(
      '<p id="t">Copyright lawyers say the ruling, which the court in Luxembourg published on Tuesday, will force platforms to check every upload before it goes online.</p>',
    );
    expect(result.kindOf('t')).toBeNull();
  });

  it('leaves a long block that ends with a notice', () => {
    const result = classify(`<div id="t"><p>First, ${PROSE}</p><p>Then ${PROSE} All rights reserved.</p></div>`);
    expect(result.kindOf('t')).toBeNull();
  });

  it('stays on the page under the default cleanup, and is hidden only when asked', () => {
    const result = classify('<p id="t">© 2024 Example GmbH. Alle Rechte vorbehalten.</p>');
    expect(result.kindOf('t')).toBe('legal');
    expect(cleanupPage(result.doc).hidden).toBe(0);
    expect(result.doc.getElementById('t')!.hasAttribute(HIDDEN_ATTRIBUTE)).toBe(false);
    cleanupPage(result.doc, { kinds: ['legal'] });
    expect(result.doc.getElementById('t')!.getAttribute(HIDDEN_ATTRIBUTE)).toBe('legal');
  });

  it('is left out of the analysed article text', () => {
    const text = articleText('<p>This article is the copyrighted property of Example Media Ltd and may not be republished.</p>');
    expect(text).toContain('Paragraph 4 of the story');
    expect(text).not.toContain('copyrighted property');
  });
});
