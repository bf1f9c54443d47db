import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { analyzePage } from '@/lib/analyze';
import { AnalysisClock } from '@/lib/analysis-budget';
import {
  copyForAnalysis,
  EXTENSION_BUDGET,
  limitElements,
  limitReader,
  limitText,
  limitTextNodes,
  snapshotLimits,
  type AnalysisBudget,
} from '@/lib/analysis-budget';
import { inEnglish } from '@/lib/wording-english';
import { fixture } from './helpers';

const budget = (changes: Partial<AnalysisBudget> = {}): AnalysisBudget => ({
  ms: 60_000,
  maxTextChars: 1e9,
  maxElements: 1e9,
  maxReaderElements: 1e9,
  ...changes,
});

describe('analysis budget', () => {
  it('reads only the first elements of an enormous page, in document order, and says so', () => {
    const html = `<main>${Array.from({ length: 60 }, (_, index) => `<section><h2>Part ${index}</h2><p>Text ${index} <b>bold</b></p></section>`).join('')}</main><footer><p>End</p></footer>`;
    const doc = new JSDOM(`<!doctype html><body>${html}</body>`).window.document;
    const whole = new JSDOM(`<!doctype html><body>${html}</body>`).window.document;
    const total = whole.body.getElementsByTagName('*').length;
    expect(inEnglish(limitElements(doc, budget({ maxElements: 100 }))!)).toBe(
      `The page is very large: only its first 100 elements (of ${total}) were read.`,
    );
    // The elements kept are the live page's first 100, at the same positions (hide lists address elements by position).
    expect(Array.from(doc.body.getElementsByTagName('*'), (element) => element.localName)).toEqual(
      Array.from(whole.body.getElementsByTagName('*'), (element) => element.localName).slice(0, 100),
    );
    expect(doc.body.textContent).not.toContain('End');
    expect(limitElements(whole, budget({ maxElements: total }))).toBeNull();
    expect(whole.body.getElementsByTagName('*').length).toBe(total);
  });

  it('cuts a text node of many megabytes to the budget, and says so', () => {
    const doc = new JSDOM('<!doctype html><body><article><p>Harbour budget</p></article><div></div></body>').window.document;
    doc.querySelector('div')!.append(doc.createTextNode('x'.repeat(5000)));
    expect(inEnglish(limitTextNodes(doc, budget({ maxTextChars: 1000 }))!)).toBe(
      'The page holds a text of 5,000 characters in one piece: only its first 1,000 were read.',
    );
    expect(doc.querySelector('div')!.textContent).toBe('x'.repeat(1000));
    expect(doc.querySelector('p')!.textContent).toBe('Harbour budget');
    expect(limitTextNodes(doc, budget({ maxTextChars: 1000 }))).toBeNull();
  });

  it('cuts a very long text and says how much was read', () => {
    const cut = limitText('a'.repeat(1500), budget({ maxTextChars: 1000 }));
    expect(cut.text).toBe('a'.repeat(1000));
    expect(inEnglish(cut.reason!)).toBe(
      'The article is very long: only its first 1,000 characters (of 1,500) were checked for machine translation and odd phrasings.',
    );
    expect(limitText('short', budget({ maxTextChars: 1000 }))).toEqual({ text: 'short', reason: null });
    expect(limitText('a'.repeat(1500), undefined).reason).toBeNull();
  });

  it('answers with a partial report, saying why, when the time runs out, instead of going on to the flags', () => {
    const dom = new JSDOM(fixture('seed/kazakhstan-wordpress.html'), { url: 'https://news.example/story/' });
    const complete = analyzePage(dom.window.document, { window: dom.window as never, budget: budget() });
    expect(complete.partial).toBeUndefined();
    expect(complete.flags.length).toBeGreaterThan(0);
    // A slow stage, as on an enormous page or a loaded machine: the clock moves on only when that stage ends.
    const slowAt = (slow: string) => {
      let clock = 0;
      return budget({ ms: 1000, now: () => clock, onStage: (stage) => void (stage === slow && (clock += 2000)) });
    };
    const lateFlags = analyzePage(dom.window.document, { window: dom.window as never, budget: slowAt('sanitize') });
    expect(lateFlags.partial?.reasons).toEqual(['Odd phrasings were not looked for: reading the page took longer than 1 s.']);
    expect(lateFlags.flags).toEqual([]);
    expect(lateFlags.mt.verdict).toBe(complete.mt.verdict);
    expect(lateFlags.article.text).toBe(complete.article.text);
  });

  it('leaves Readability out when the time ran out before the reader, and shows the article as found', () => {
    const dom = new JSDOM(fixture('seed/kazakhstan-wordpress.html'), { url: 'https://news.example/story/' });
    const complete = analyzePage(dom.window.document, { window: dom.window as never, budget: budget() });
    let clock = 0;
    const late = analyzePage(dom.window.document, {
      window: dom.window as never,
      budget: budget({ ms: 1000, now: () => clock, onStage: (stage) => void (stage === 'boilerplate' && (clock += 2000)) }),
    });
    expect(late.partial?.reasons).toEqual([
      "The reader shows the page's main part as found, not tidied: reading the page took longer than 1 s.",
      'Odd phrasings were not looked for: reading the page took longer than 1 s.',
    ]);
    expect(late.mt).toEqual(complete.mt);
    // The article's own paragraphs are all there, in the same order.
    const paragraphs = complete.article.text.split('\n\n').filter((paragraph) => paragraph.length > 80);
    expect(paragraphs.length).toBeGreaterThan(3);
    let at = -1;
    for (const paragraph of paragraphs) {
      const next = late.article.text.indexOf(paragraph, at + 1);
      expect(next).toBeGreaterThan(at);
      at = next;
    }
    expect(late.article.html).not.toMatch(/<script|onerror=/i);
  });

  it('gives the reader only the beginning of an enormous page, in document order, and says so', () => {
    const paragraphs = Array.from({ length: 40 }, (_, index) => `<p>Paragraph ${index} <b>of</b> the harbour story.</p>`).join('');
    const page = () => new JSDOM(`<!doctype html><body><article>${paragraphs}</article><footer>End</footer></body>`).window.document;
    const byElements = page();
    expect(inEnglish(limitReader(byElements, budget({ maxReaderElements: 21 }))!)).toBe(
      'The page is very long: the reader shows it only as far as its first 21 elements (of 82).',
    );
    expect(byElements.body.getElementsByTagName('*').length).toBe(21);
    expect(byElements.body.textContent).toMatch(/Paragraph 9 of the harbour story\.$/);
    const byText = page();
    const total = byText.body.textContent!.length;
    expect(inEnglish(limitReader(byText, budget({ maxTextChars: 100 }))!)).toBe(
      `The page is very long: the reader shows it only as far as its first 100 characters (of ${total.toLocaleString('en')}).`,
    );
    expect(byText.body.textContent).toBe(page().body.textContent!.slice(0, 100));
    expect(limitReader(page(), budget())).toBeNull();
  });

  it('analyses only the beginning of an enormous page, leaving the page itself whole, and says so first', () => {
    const paragraphs = Array.from(
      { length: 60 },
      (_, index) => `<p>Paragraph ${index}: the council said on Tuesday that the harbour would reopen next spring.</p>`,
    ).join('');
    const dom = new JSDOM(
      `<!doctype html><html lang="en"><body><main><article><h1>Harbour</h1>${paragraphs}</article></main></body></html>`,
      {
        url: 'https://news.example/story/',
      },
    );
    const before = dom.window.document.body.outerHTML;
    const report = analyzePage(dom.window.document, {
      window: dom.window as never,
      budget: budget({ maxAnalysisElements: 30, maxAnalysisChars: 1e9 }),
    });
    expect(report.partial?.reasons[0]).toBe('The page is very long: it was analysed only as far as its first 30 elements (of 63).');
    expect(report.article.text).toContain('Paragraph 26:');
    expect(report.article.text).not.toContain('Paragraph 28:');
    expect(dom.window.document.body.outerHTML).toBe(before);
    const byText = analyzePage(dom.window.document, {
      window: dom.window as never,
      budget: budget({ maxAnalysisElements: 1e9, maxAnalysisChars: 1000 }),
    });
    expect(byText.partial?.reasons[0]).toMatch(
      /^The page is very long: it was analysed only as far as its first 1,000 characters \(of 5,\d{3}\)\.$/,
    );
    expect(byText.article.text).toContain('Paragraph 9:');
    expect(byText.article.text).not.toContain('Paragraph 12:');
  });

  it('reads an ordinary page whole under the extension budget', () => {
    const dom = new JSDOM(fixture('seed/kazakhstan-wordpress.html'), { url: 'https://news.example/story/' });
    const whole = analyzePage(dom.window.document, { window: dom.window as never });
    const budgeted = analyzePage(dom.window.document, { window: dom.window as never, budget: { ...EXTENSION_BUDGET, ms: 1e9 } });
    expect(budgeted.partial).toBeUndefined();
    expect(budgeted).toEqual(whole);
  });

  it(
    'copies only the part of an enormous page the analysis reads: the same copy as a whole clone cut afterwards',
    { timeout: 120_000 },
    () => {
      interface Node {
        tag: string;
        text: string;
        children: Node[];
      }
      const nodeOf = (depth: number): fc.Arbitrary<Node> =>
        fc.record({
          tag: fc.constantFrom('div', 'p', 'b', 'ul', 'li', 'table', 'td', 'template', 'svg', 'noscript'),
          text: fc.constantFrom('', 'Harbour ', '<not a tag> '),
          children: depth === 0 ? fc.constant([]) : fc.array(nodeOf(depth - 1), { maxLength: 3 }),
        });
      const parser = new new JSDOM().window.DOMParser();
      const markup = (node: Node): string => `<${node.tag}>${node.text}${node.children.map(markup).join('')}</${node.tag}>`;
      fc.assert(
        fc.property(fc.array(nodeOf(4), { minLength: 1, maxLength: 5 }), fc.nat(120), (nodes, max) => {
          const html = `<!doctype html><html><head><title>T</title></head><body>${nodes.map(markup).join('')}<!-- end --></body><!-- after --></html>`;
          const doc = parser.parseFromString(html, 'text/html');
          const expected = doc.cloneNode(true) as Document;
          limitElements(expected, budget({ maxElements: max }));
          const { clone, copiedOf } = copyForAnalysis(doc, budget({ maxAnalysisElements: max, maxAnalysisChars: 1e9 }));
          expect(clone.documentElement.outerHTML).toBe(expected.documentElement.outerHTML);
          expect(clone.childNodes.length).toBe(expected.childNodes.length);
          const total = doc.body.getElementsByTagName('*').length;
          expect(copiedOf).toBe(total > max ? total : null);
          expect(clone.body.getElementsByTagName('*').length).toBe(Math.min(max, total));
        }),
        { numRuns: 200 },
      );
    },
  );

  it("takes for a report's snapshot only what the analysis reads, and for a cleanup's only what the cleanup reads", () => {
    expect(snapshotLimits('report')).toEqual({
      maxElements: EXTENSION_BUDGET.maxAnalysisElements,
      maxTextChars: EXTENSION_BUDGET.maxTextChars,
    });
    const cleanup = { maxElements: EXTENSION_BUDGET.maxCleanupElements, maxTextChars: EXTENSION_BUDGET.maxTextChars };
    expect(snapshotLimits('auto')).toEqual(cleanup);
    expect(snapshotLimits('clean')).toEqual(cleanup);
    // The cleanup's snapshot is never larger than the report's: the popup on a page cleaned on its own reports from it.
    expect(EXTENSION_BUDGET.maxCleanupElements).toBeLessThanOrEqual(EXTENSION_BUDGET.maxAnalysisElements!);
    // A budget without a cleanup cap takes maxElements for a cleanup, and the report stops where its analysis does.
    const wider = { ...EXTENSION_BUDGET, maxElements: 80_000, maxCleanupElements: undefined };
    expect(snapshotLimits('auto', wider).maxElements).toBe(80_000);
    expect(snapshotLimits('report', wider).maxElements).toBe(EXTENSION_BUDGET.maxAnalysisElements);
  });

  describe('in a hurry (a slow parse of an enormous page, a loaded machine)', () => {
    const paragraphs = Array.from(
      { length: 60 },
      (_, index) => `<p>Paragraph ${index}: the council said on Tuesday that the harbour would reopen next spring.</p>`,
    ).join('');
    const html = `<!doctype html><html lang="en"><head><title>Harbour</title></head><body><main><article><h1>Harbour</h1>${paragraphs}</article></main></body></html>`;
    const hurried = (jumpAt: string | null, readerShare = 0.4) => {
      let clock = 0;
      const hurryBudget = budget({
        ms: 5000,
        maxAnalysisElements: 1e9,
        maxAnalysisChars: 1e9,
        hurry: { share: 0.4, readerShare, elements: 20, chars: 1e9 },
        now: () => clock,
        onStage: (stage) => void (stage === jumpAt && (clock += 2500)),
      });
      const started = new AnalysisClock(hurryBudget);
      // The snapshot's parse, timed by the host before analyzePage starts: slow when nothing else is.
      if (jumpAt === null) clock += 2500;
      return { budget: hurryBudget, clock: started };
    };

    it('reads only the beginning of the page once the parse took most of the time, says why, and still answers', () => {
      const dom = new JSDOM(html, { url: 'https://news.example/story/' });
      const before = dom.window.document.body.outerHTML;
      const complete = analyzePage(dom.window.document, { window: dom.window as never });
      const report = analyzePage(dom.window.document, { window: dom.window as never, ...hurried(null, 0.6) });
      expect(report.partial?.reasons).toEqual([
        'The page was analysed only as far as its first 20 elements (of 63): reading the page was slow, and the report is due within 5 s.',
      ]);
      expect(report.article.text).toContain('Paragraph 16:');
      expect(report.article.text).not.toContain('Paragraph 17:');
      expect(report.mt.verdict).toBe(complete.mt.verdict);
      expect(report.flags).toEqual(complete.flags.filter((flag) => flag.end <= report.article.text.length));
      expect(dom.window.document.body.outerHTML).toBe(before);
    });

    it('shows less in the reader when the hurry begins after the page was read: the verdict is the whole page’s', () => {
      const dom = new JSDOM(html, { url: 'https://news.example/story/' });
      const complete = analyzePage(dom.window.document, { window: dom.window as never });
      const report = analyzePage(dom.window.document, { window: dom.window as never, ...hurried('detection') });
      expect(report.partial?.reasons).toEqual([
        'The reader shows the page only as far as its first 20 elements (of 63): reading the page was slow, and the report is due within 5 s.',
        "The reader shows the page's main part as found, not tidied: reading the page was slow.",
      ]);
      expect(report.mt).toEqual(complete.mt);
      expect(report.article.text).not.toContain('Paragraph 17:');
    });

    it('never hurries an ordinary page analysed in time', () => {
      const dom = new JSDOM(html, { url: 'https://news.example/story/' });
      const { budget: inTime } = hurried('no such stage');
      expect(analyzePage(dom.window.document, { window: dom.window as never, budget: inTime }).partial).toBeUndefined();
    });
  });
});
