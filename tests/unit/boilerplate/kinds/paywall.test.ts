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

describe('paywalls', () => {
  it.each([
    [
      'German',
      'paywall',
      '<h3>Möchten Sie weiterlesen?</h3><p>Testen Sie unser Digital-Abo einen Monat kostenlos.</p><a href="/abo/">Jetzt testen</a>',
    ],
    ['English', 'piano-offer', '<p>Already a subscriber? <a href="/login/">Log in</a></p><p>Get unlimited access for $1.</p>'],
    ['French', 'article-paywall', '<p>Cet article est réservé aux abonnés.</p><a href="/abonnement/">Je m’abonne</a>'],
    ['Piano container', 'tp-container', ''],
    ['German plus teaser', 'plus-teaser', '<p>Lesen Sie jetzt weiter mit Plus.</p>'],
  ])('finds a %s box with class "%s"', (_what, className, inner) => {
    const result = classify(`<div id="t" class="${className}">${inner}</div>`);
    expect(result.kindOf('t')).toBe('paywall');
    expect(result.touchesArticle()).toBe(false);
  });

  it('finds a login wall by id', () => {
    expect(
      classify('<section id="t"><div id="regwall"><p>Register to keep reading.</p></div></section>').matches.map((m) => m.kind),
    ).toEqual(['paywall']);
  });

  it('leaves a paragraph about paywalls', () => {
    const result = classify(`<p id="t">The paper put its archive behind a paywall last year, and ${PROSE}</p>`);
    expect(result.kindOf('t')).toBeNull();
    expect(result.matches).toHaveLength(0);
  });

  it('leaves a layout wrapper that only says the page has a paywall', () => {
    const result = classify(`<div id="t" class="has-paywall"><p>Meanwhile ${PROSE}</p></div>`);
    expect(result.kindOf('t')).toBeNull();
  });

  it('leaves a long block of article text inside a "paywall" wrapper', () => {
    const premium = Array.from({ length: 10 }, (_, index) => `<p>Part ${index + 1}: ${PROSE}</p>`).join('');
    const result = classify(`<div id="t" class="paywall">${premium}</div>`);
    expect(result.kindOf('t')).toBeNull();
  });

  it('stays on the page under the default cleanup, and is hidden only when asked', () => {
    const result = classify('<div id="t" class="paywall"><p>Möchten Sie weiterlesen?</p></div>');
    expect(result.kindOf('t')).toBe('paywall');
    expect(cleanupPage(result.doc).hidden).toBe(0);
    expect(result.doc.getElementById('t')!.hasAttribute(HIDDEN_ATTRIBUTE)).toBe(false);
    cleanupPage(result.doc, { kinds: ['paywall'] });
    expect(result.doc.getElementById('t')!.getAttribute(HIDDEN_ATTRIBUTE)).toBe('paywall');
  });

  it('is left out of the analysed article text', () => {
    const text = articleText('<div class="piano"><p>Already a subscriber? Log in to keep reading.</p></div>');
    expect(text).toContain('Paragraph 4 of the story');
    expect(text).not.toContain('Already a subscriber');
  });
});
