/**
 * Golden tests: fixture pages in, expected reports out. The seed page is a
 * WordPress content-farm copy of a Polish article (tests/fixtures/seed); the
 * human pages are real articles from the Readability test suite
 * (tests/fixtures/human, Apache-2.0).
 */
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { analyzePage } from '@/lib/analyze';
import { cleanupPage } from '@/lib/boilerplate/cleanup';
import { restorePage, HIDDEN_ATTRIBUTE } from '@/lib/boilerplate/hidden';
import type { PageReport } from '@/lib/report';
import { domFrom, fixture, FIXTURES } from './helpers';

interface SeedExpectation {
  articleParagraphs: string[];
  boilerplateSnippets: string[];
}

interface ExpectedReport {
  url: string;
  mt: { verdict: string; sourceLanguage: string; signals: string[] };
  language: string;
  article: { title: string; byline: string; published: string; siteName: string };
  removedKinds: string[];
  flags: Array<{ text: string; category: string; suggestion?: string }>;
}

function analyzeFixture(path: string): PageReport {
  const dom = domFrom(fixture(path), `file://${FIXTURES}${path}`);
  return analyzePage(dom.window.document, { window: dom.window as unknown as Window & typeof globalThis });
}

describe('seed content-farm page', () => {
  const seed = JSON.parse(fixture('seed/expected.json')) as SeedExpectation;
  const expected = JSON.parse(fixture('seed/expected-report.json')) as ExpectedReport;
  const report = analyzeFixture('seed/kazakhstan-wordpress.html');

  it('is called machine-translated from Polish, for the expected reasons', () => {
    expect(report.mt.verdict).toBe(expected.mt.verdict);
    expect(report.mt.sourceLanguage).toBe(expected.mt.sourceLanguage);
    expect(report.mt.reasons.map((reason) => reason.signal).sort()).toEqual([...expected.mt.signals].sort());
    const weights = report.mt.reasons.map((reason) => reason.weight);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
    expect(report.language).toBe(expected.language);
  });

  it('takes its address and metadata from the page', () => {
    expect(report.url).toBe(expected.url);
    expect({
      title: report.article.title,
      byline: report.article.byline,
      published: report.article.published,
      siteName: report.article.siteName,
    }).toEqual(expected.article);
  });

  it('keeps every article paragraph and none of the boilerplate', () => {
    const paragraphs = report.article.text.split('\n\n');
    for (const paragraph of seed.articleParagraphs) expect(paragraphs).toContain(paragraph);
    for (const snippet of seed.boilerplateSnippets) expect(report.article.text).not.toContain(snippet);
  });

  it('names every kind of boilerplate it removed', () => {
    expect([...new Set(report.removed.map((block) => block.kind))].sort()).toEqual([...expected.removedKinds].sort());
    const promos = report.removed.filter((block) => block.kind === 'promo');
    expect(promos.map((block) => block.text)).toEqual([
      'Also read: “Terrible and disgraceful reaction.” Lavrov accuses the West',
      'Also read: Head of the Ministry of Foreign Affairs: The risk of war is now greater than ever before',
    ]);
    expect(report.removed.find((block) => block.kind === 'author-box')?.text).toContain('Videogames entered his life');
  });

  it('flags the odd phrasings at their exact place in the text', () => {
    expect(report.flags.map(({ text, category, suggestion }) => ({ text, category, suggestion }))).toEqual(expected.flags);
    for (const flag of report.flags) expect(report.article.text.slice(flag.start, flag.end)).toBe(flag.text);
  });

  it('sanitises the article HTML', () => {
    expect(report.article.html).not.toMatch(/<script|<form|<iframe|style=|onerror=/i);
    expect(report.article.html).toContain('<h2>Putin: We have accomplished our task</h2>');
  });

  it('does not change the page it analyses', () => {
    const dom = domFrom(fixture('seed/kazakhstan-wordpress.html'));
    const before = dom.window.document.documentElement.outerHTML;
    analyzePage(dom.window.document, { window: dom.window as unknown as Window & typeof globalThis });
    expect(dom.window.document.documentElement.outerHTML).toBe(before);
  });

  it('cleans the live page reversibly, hiding the boilerplate but no article text', () => {
    const dom = domFrom(fixture('seed/kazakhstan-wordpress.html'));
    const doc = dom.window.document;
    const before = doc.documentElement.outerHTML;
    const result = cleanupPage(doc);
    expect(result.hidden).toBeGreaterThan(0);
    const visibleText = (node: Node): string => {
      if (node.nodeType === 3) return (node as Text).data;
      if (node.nodeType !== 1) return '';
      const element = node as Element;
      if (element.hasAttribute(HIDDEN_ATTRIBUTE) || ['script', 'style'].includes(element.localName)) return '';
      return Array.from(element.childNodes).map(visibleText).join(' ');
    };
    const shown = visibleText(doc.body).replace(/\s+/g, ' ');
    for (const paragraph of seed.articleParagraphs) expect(shown).toContain(paragraph);
    for (const snippet of [
      'Also read',
      'Videogames entered his life',
      'Check Also',
      'Leave a Reply',
      'Subscribe to our newsletter',
      'Share on Facebook',
      'We use cookies',
    ]) {
      expect(shown).not.toContain(snippet);
    }
    restorePage(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('human-written pages', () => {
  const cases = readdirSync(`${FIXTURES}human`)
    .filter((name) => name.endsWith('.html'))
    .map((name) => name.replace(/\.html$/, ''));

  it('has at least five real pages to check', () => {
    expect(cases.length).toBeGreaterThanOrEqual(5);
  });

  for (const name of cases) {
    it(`${name} is not called machine-translated and keeps its title`, () => {
      const report = analyzeFixture(`human/${name}.html`);
      const metadata = JSON.parse(fixture(`human/${name}.metadata.json`)) as { title: string; lang: string | null };
      expect(report.mt.verdict).toBe('human');
      expect(report.flags).toEqual([]);
      expect(report.article.text.length).toBeGreaterThan(1000);
      if (metadata.lang) expect(report.language).toBe(metadata.lang.slice(0, 2).toLowerCase());
      expect(metadata.title.toLowerCase()).toContain((report.article.title ?? '').toLowerCase().slice(0, 20));
    });
  }
});
