import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { articleHtml, articleMarkdown, articlePlainText, type ExportInput } from '@/lib/export/article';
import type { Flag } from '@/lib/report';

const window = new JSDOM('').window as unknown as Window & typeof globalThis;
const text = 'President Kasym-Żomart Tokayev asked for help.\n\nThe troops went home.';
const flag: Flag = {
  start: 10,
  end: 22,
  text: 'Kasym-Żomart',
  ruleId: 'transliteration',
  category: 'transliteration',
  message: 'A Polish spelling of a Kazakh name.',
  suggestion: 'Kassym-Jomart',
};
const input: ExportInput = {
  report: {
    url: 'https://farm.example/kazakhstan/',
    article: {
      title: 'Peacekeeping [ends]',
      byline: 'Banner Leon',
      published: '2022-01-13',
      siteName: 'World News Daily',
      text,
      html: '<p>President <strong>Kasym-Żomart</strong> Tokayev asked for help.</p><p>The troops went <a href="https://x.example/home" onclick="steal()">home</a>.<img src="x" onerror="steal()"></p><script>steal()</script>',
    },
    flags: [flag],
  },
  verdict: 'Machine-translated from Polish',
};

describe('exporting the article', () => {
  it('as Markdown: header with byline, date, site, source and verdict, the article, nothing active', () => {
    const markdown = articleMarkdown(input, window);
    expect(markdown.split('\n').slice(0, 7)).toEqual([
      '# Peacekeeping \\[ends\\]',
      '',
      '*By Banner Leon*  ',
      '*2022-01-13*  ',
      '*World News Daily*  ',
      '*Source: https://farm.example/kazakhstan/*  ',
      '*Unspun: Machine-translated from Polish*  ',
    ]);
    expect(markdown).toContain('President **Kasym-Żomart** Tokayev asked for help.');
    expect(markdown).toContain('The troops went [home](https://x.example/home).');
    expect(markdown).not.toMatch(/steal|onclick|onerror|script/);
    expect(markdown).not.toContain('[^1]');
  });

  it('with the flags as footnotes, marked where the flagged words are', () => {
    const markdown = articleMarkdown({ ...input, flags: [flag] }, window);
    expect(markdown).toContain('Kasym-Żomart[^1]');
    expect(markdown.trimEnd().split('\n').at(-1)).toBe(
      '[^1]: “Kasym-Żomart”: A Polish spelling of a Kazakh name. Suggestion: Kassym-Jomart.',
    );
  });

  it('as plain text, flags listed at the end when asked', () => {
    expect(articlePlainText(input)).toBe(
      'Peacekeeping [ends]\n\nBy Banner Leon\n2022-01-13\nWorld News Daily\nSource: https://farm.example/kazakhstan/\nUnspun: Machine-translated from Polish\n\n' +
        `${text}\n`,
    );
    expect(articlePlainText({ ...input, flags: [flag] })).toMatch(/Flagged:\n\[1\] “Kasym-Żomart”: A Polish spelling/);
  });

  it('as a standalone HTML page that runs nothing and escapes our own header', () => {
    const html = articleHtml(
      { ...input, report: { ...input.report, article: { ...input.report.article, byline: '<img src=x onerror=steal()>' } } },
      window,
    );
    const doc = new JSDOM(html).window.document;
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toContain("default-src 'none'");
    expect(doc.querySelector('h1')?.textContent).toBe('Peacekeeping [ends]');
    expect(doc.querySelector('.details')?.textContent).toContain('By <img src=x onerror=steal()>');
    expect(doc.querySelectorAll('script, [onclick], [onerror]')).toHaveLength(0);
    expect(doc.querySelector('article a')?.getAttribute('href')).toBe('https://x.example/home');
  });
});
