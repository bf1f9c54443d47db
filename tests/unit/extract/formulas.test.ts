// Fixture written for this test (project's own, MIT), after the markup MathJax 3 writes
// around each formula (a wrapper whose class names include "CtxtMenu", a visual copy
// hidden from screen readers, and the MathML itself).
import { describe, expect, it } from 'vitest';
import { extractPage } from '@/lib/analyze';
import { domFrom } from '../helpers';

const sentence = (topic: string) =>
  `The ${topic} was worked through step by step in the lecture on Tuesday, and the students wrote every line of it down before the next example.`;

const formula = (name: string) =>
  `<mjx-container class="MathJax CtxtMenu_Attached_0" jax="CHTML" display="true"><mjx-math class="MJX-TEX" aria-hidden="true"><mjx-mi class="mjx-i"></mjx-mi></mjx-math><mjx-assistive-mml display="block"><math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><mi>${name}</mi><mo>=</mo><msup><mi>m</mi><mn>2</mn></msup></math></mjx-assistive-mml></mjx-container>`;

function extract(body: string) {
  const dom = domFrom(`<!doctype html><html lang="en"><head><title>Formulas</title></head><body>${body}</body></html>`);
  return extractPage(dom.window.document, { window: dom.window as unknown as Window & typeof globalThis }).article;
}

describe('formulas in the article', () => {
  it('keeps the formulas a MathJax page renders between its paragraphs', () => {
    const article = extract(
      `<nav class="menu"><a href="/">Home</a> <a href="/archive">Archive</a> <a href="/about">About this site</a></nav><h1>Formulas</h1><p>${sentence('first identity')}</p>${formula('energy')}<p>${sentence('second identity')}</p>${formula('momentum')}<p>${sentence('third identity')}</p><p>${sentence('fourth identity')}</p>`,
    );
    expect(article.text).toContain('first identity');
    expect(article.text).toMatch(/energy\s*=\s*m\s*2/);
    expect(article.text).toMatch(/momentum\s*=\s*m\s*2/);
    expect(article.html).toContain('<math');
    expect(article.text).not.toContain('About this site');
  });
});
