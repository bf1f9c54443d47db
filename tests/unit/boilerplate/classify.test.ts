import { describe, expect, it } from 'vitest';
import { findBoilerplate, describeMatch } from '@/lib/boilerplate/classify';
import { articlePage, documentFrom } from '../helpers';

const PROMO = '<p id="promo"><strong>Also read:</strong> <a href="/x/">Council approves the budget</a></p>';
const AROUND = '<div id="box" class="box"><p>Weather: sunny, 21°C</p></div><nav id="menu"><a href="/">Home</a></nav>';

function idsOf(doc: Document, options: Parameters<typeof findBoilerplate>[1] = {}): Map<string, string> {
  return new Map(findBoilerplate(doc, options).map((match) => [match.element.id, match.kind]));
}

describe('findBoilerplate', () => {
  it('finds blocks without changing the document', () => {
    const doc = documentFrom(articlePage(PROMO, AROUND));
    const before = doc.documentElement.outerHTML;
    const found = idsOf(doc);
    expect(found.get('promo')).toBe('promo');
    expect(found.get('menu')).toBe('navigation');
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('hides extra blocks named by removeSelectors, as "site-rule" blocks', () => {
    const doc = documentFrom(articlePage('', AROUND));
    expect(idsOf(doc).has('box')).toBe(false);
    const match = findBoilerplate(doc, { removeSelectors: ['.box'] }).find((m) => m.element.id === 'box');
    expect(match?.kind).toBe('site-rule');
    expect(match?.reason).toContain('site rule');
  });

  it('lets a classifier name a block that a removeSelector also matches', () => {
    const doc = documentFrom(articlePage('', AROUND));
    expect(idsOf(doc, { removeSelectors: ['#menu'] }).get('menu')).toBe('navigation');
  });

  it('ignores an invalid removeSelector instead of throwing', () => {
    const doc = documentFrom(articlePage('', AROUND));
    expect(() => findBoilerplate(doc, { removeSelectors: ['div[', '.box'] })).not.toThrow();
    expect(idsOf(doc, { removeSelectors: ['div[', '.box'] }).get('box')).toBe('site-rule');
  });

  it('never returns what keepSelectors protect, over classifiers and removeSelectors', () => {
    const doc = documentFrom(articlePage(PROMO, AROUND));
    const found = idsOf(doc, { keepSelectors: ['#promo', '#menu', '.box'], removeSelectors: ['.box'] });
    expect(found.has('promo')).toBe(false);
    expect(found.has('menu')).toBe(false);
    expect(found.has('box')).toBe(false);
  });

  it('does not hide a block that contains a kept element', () => {
    const page = articlePage('', '<footer id="foot"><p id="credit">Photo: Jane Doe</p></footer>');
    const doc = documentFrom(page);
    expect(idsOf(doc).get('foot')).toBe('navigation');
    expect(idsOf(doc, { keepSelectors: ['#credit'] }).has('foot')).toBe(false);
  });

  it('never returns the article or its ancestors, even when a rule names them', () => {
    const doc = documentFrom(articlePage(PROMO, AROUND));
    const found = findBoilerplate(doc, { removeSelectors: ['main', 'article', '.entry-content', 'body'] });
    const article = doc.querySelector('.entry-content')!;
    for (const match of found) expect(match.element.contains(article)).toBe(false);
  });

  it('does not return a block inside the article that holds most of its text', () => {
    const paragraphs = Array.from(
      { length: 4 },
      (_, i) =>
        `<p>Paragraph ${i + 1} explains at length what the council decided about the bridge and why residents objected to the plan.</p>`,
    ).join('');
    const doc = documentFrom(
      `<html><body><article><div class="entry-content"><div id="wrap" class="wrap">${paragraphs}</div><p>Short coda after the wrapper, with a few more words in it.</p></div></article></body></html>`,
    );
    expect(idsOf(doc, { removeSelectors: ['.wrap'] }).has('wrap')).toBe(false);
  });

  it('stops at the first block claimed and does not list its children', () => {
    const doc = documentFrom(articlePage('', '<footer id="foot"><nav id="inner"><a href="/about/">About</a></nav></footer>'));
    const found = idsOf(doc);
    expect(found.get('foot')).toBe('navigation');
    expect(found.has('inner')).toBe(false);
  });

  it('describes a match with its collapsed text, cut at 300 characters', () => {
    const long = 'word '.repeat(100);
    const doc = documentFrom(articlePage('', `<footer id="foot">  Contact   us\n <p>${long}</p></footer>`));
    const match = findBoilerplate(doc).find((m) => m.element.id === 'foot')!;
    const block = describeMatch(match);
    expect(block.kind).toBe('navigation');
    expect(block.text.startsWith('Contact us word')).toBe(true);
    expect(block.text).toHaveLength(300);
    expect(block.text.endsWith('…')).toBe(true);
  });
});
