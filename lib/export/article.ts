/**
 * The reader's article as a file or the clipboard: Markdown (turndown), plain
 * text, or a standalone HTML page, each with title, byline, date, source URL
 * and the verdict, and optionally the flags as footnotes. Pure: the report
 * and a window in, strings out. The header's and footnotes' words are the
 * caller's (the reader gives its interface's language); English by default.
 */
import TurndownService from 'turndown';
import type { Flag, PageReport } from '../report';
import { sanitizeHtml, sanitizeToFragment, type WindowLike } from '../extract/sanitize';

export interface ExportInput {
  report: Pick<PageReport, 'url' | 'article' | 'flags'>;
  /** The verdict in the reader's own words ("Machine-translated from Polish"). */
  verdict: string;
  /** Add the flags (those the reader shows) as footnotes. */
  flags?: readonly Flag[];
  /** The words around the article; English when not given. */
  words?: ExportWords;
}

/** The words an export adds to the article, in one language. */
export interface ExportWords {
  /** Their language (the HTML page's header and notes say it). */
  language: string;
  by(byline: string): string;
  /** The publication date as the reader writes it. */
  date(published: string): string;
  source(url: string): string;
  verdict(verdict: string): string;
  untitled: string;
  /** The heading of the flags' list. */
  flagged: string;
  /** A flag's note: its explanation and suggestion (the flagged words are put before it). */
  note(flag: Flag): string;
}

export const ENGLISH_WORDS: ExportWords = {
  language: 'en',
  by: (byline) => `By ${byline}`,
  date: (published) => published,
  source: (url) => `Source: ${url}`,
  verdict: (verdict) => `Unspun: ${verdict}`,
  untitled: 'Untitled article',
  flagged: 'Flagged',
  note: (flag) => `${flag.message}${flag.suggestion ? ` Suggestion: ${flag.suggestion}.` : ''}`,
};

interface Header {
  title: string;
  details: string[];
}

function header({ report, verdict, words = ENGLISH_WORDS }: ExportInput): Header {
  const { article } = report;
  const details = [
    article.byline ? words.by(article.byline) : null,
    article.published ? words.date(article.published) : null,
    article.siteName,
    report.url ? words.source(report.url) : null,
    words.verdict(verdict),
  ].filter((line): line is string => Boolean(line));
  return { title: article.title ?? words.untitled, details };
}

const footnoteText = (flag: Flag, words: ExportWords = ENGLISH_WORDS) => `“${flag.text}”: ${words.note(flag)}`;

/** Markdown-escapes text that turndown did not write (title, byline...). */
const escapeMarkdown = (text: string) => text.replace(/([\\`*_[\]#<>|])/g, '\\$1');

export function articleMarkdown(input: ExportInput, window: WindowLike): string {
  const { title, details } = header(input);
  const turndown = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-', emDelimiter: '*' });
  const container = (window as unknown as Window).document.createElement('div');
  container.append(sanitizeToFragment(input.report.article.html, window));
  let body = turndown.turndown(container);
  const notes: string[] = [];
  let from = 0;
  // Each flag's footnote mark goes after the first occurrence of its words from the previous mark on, as the text reads.
  for (const flag of [...(input.flags ?? [])].sort((a, b) => a.start - b.start)) {
    const at = body.indexOf(flag.text, from);
    if (at < 0) continue;
    const mark = `[^${notes.length + 1}]`;
    body = body.slice(0, at + flag.text.length) + mark + body.slice(at + flag.text.length);
    from = at + flag.text.length + mark.length;
    notes.push(`${mark}: ${footnoteText(flag, input.words)}`);
  }
  const lines = [`# ${escapeMarkdown(title)}`, '', ...details.map((line) => `*${escapeMarkdown(line)}*  `), '', body];
  if (notes.length) lines.push('', ...notes);
  return `${lines.join('\n').trimEnd()}\n`;
}

export function articlePlainText(input: ExportInput): string {
  const { title, details } = header(input);
  const lines = [title, '', ...details, '', input.report.article.text.trim()];
  const flags = input.flags ?? [];
  const words = input.words ?? ENGLISH_WORDS;
  if (flags.length) lines.push('', `${words.flagged}:`, ...flags.map((flag, index) => `[${index + 1}] ${footnoteText(flag, words)}`));
  return `${lines.join('\n')}\n`;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * A page that opens anywhere: the sanitised article, our header, and a policy
 * that lets nothing in it run or load but images, whatever slipped through.
 */
export function articleHtml(input: ExportInput, window: WindowLike): string {
  const { title, details } = header(input);
  const words = input.words ?? ENGLISH_WORDS;
  const flags = input.flags ?? [];
  // The page is the article's (English); the header's and notes' words are the reader's.
  const lang = words.language === 'en' ? '' : ` lang="${escapeHtml(words.language)}"`;
  const notes = flags.length
    ? `<section${lang}><h2>${escapeHtml(words.flagged)}</h2><ol>${flags.map((flag) => `<li>${escapeHtml(footnoteText(flag, words))}</li>`).join('')}</ol></section>`
    : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src * data:; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>body{max-width:42em;margin:2em auto;padding:0 1em;font:18px/1.6 Georgia,serif;color:#222}img{max-width:100%;height:auto}.details{color:#555;font-size:15px}</style>
</head>
<body>
<article>
<h1>${escapeHtml(title)}</h1>
<p class="details"${lang}>${details.map(escapeHtml).join('<br>')}</p>
${sanitizeHtml(input.report.article.html, window)}
</article>
${notes}
</body>
</html>
`;
}
