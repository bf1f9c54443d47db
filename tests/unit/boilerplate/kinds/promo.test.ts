import { describe, expect, it } from 'vitest';
import { classify, PROSE } from './find';

describe('promo boxes', () => {
  it.each([
    ['English', '<p id="t"><strong>Also read:</strong> <a href="/2024/04/30/budget/">Council approves the budget</a></p>'],
    ['Polish', '<p id="t"><strong>Czytaj także:</strong> <a href="/2024/04/30/budzet/">Rada miasta przyjęła budżet</a></p>'],
    ['German', '<div id="t"><span>Lesen Sie auch</span> <a href="/2024/04/30/haushalt/">Stadtrat beschließt den Haushalt</a></div>'],
    ['Russian', '<div id="t">Читайте также: <a href="/2024/04/30/budget/">Городской совет принял бюджет</a></div>'],
  ])('finds a %s "read also" box inside the article', (_language, box) => {
    const result = classify(box);
    expect(result.kindOf('t')).toBe('promo');
    expect(result.touchesArticle()).toBe(false);
  });

  it('finds a box by its class even without a known heading', () => {
    const result = classify('<aside id="t" class="inline-related"><a href="/2024/04/30/x/">Bridge closures: what we know</a></aside>');
    expect(result.kindOf('t')).toBe('promo');
  });

  it('leaves a prose paragraph that starts with "See also" and has no links', () => {
    const result = classify(`<p id="t">See also the report by the regional auditor, which found that ${PROSE}</p>`);
    expect(result.kindOf('t')).toBeNull();
    expect(result.matches).toHaveLength(0);
  });

  it('leaves a prose paragraph that starts with "Read more" and has one short link', () => {
    const result = classify(`<p id="t">Read more carefully, the <a href="/audit.pdf">audit</a> says that ${PROSE}</p>`);
    expect(result.kindOf('t')).toBeNull();
  });

  // Shapes seen on Spanish-language news sites (written for this test, MIT).
  it.each([
    [
      'a heading',
      '<h3 id="t">MIRA:&nbsp;<a href="/articulo/madre-acerca-captura-hijo">Madre se acerca a conocer los motivos de captura de su hijo</a></h3>',
    ],
    [
      'a small heading',
      '<h6 id="t"><strong>Mire:&nbsp;</strong><a href="/fama/cantante-positivo">El cantante da positivo a COVID-19</a></h6>',
    ],
    [
      'a quotation block',
      '<blockquote id="t"><b>PUEDES VER: </b><a href="/datos/que-es-la-sunedu">¿Qué es la Sunedu y para qué sirve?</a></blockquote>',
    ],
  ])('finds an in-text promo set as %s', (_shape, box) => {
    const result = classify(box);
    expect(result.kindOf('t')).toBe('promo');
    expect(result.touchesArticle()).toBe(false);
  });

  it('leaves a section heading that links a name starting like a promo label', () => {
    const result = classify(`<h3 id="t"><a href="/people/mira-sorvino">Mira Sorvino</a> returns to the stage</h3><p>${PROSE}</p>`);
    expect(result.kindOf('t')).toBeNull();
  });
});
