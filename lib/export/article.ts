/**
 * The reader's article as a file or the clipboard: Markdown (turndown), plain
 * text, or a standalone HTML page, each with title, byline, date, source URL
 * and the verdict, and optionally the flags as footnotes. Pure: the report
 * and a window in, strings out.
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
}

interface Header {
  title: string;
  details: string[];
}

function header({ report, verdict }: ExportInput): Header {
  const { article } = report;
  const details = [
    article.byline ? `By ${article.byline}` : null,
    article.published,
    article.siteName,
    report.url ? `Source: ${report.url}` : null,
    `Unspun: ${verdict}`,
  ].filter((line): line is string => Boolean(line));
  return { title: article.title ?? 'Untitled article', details };
}

const footnoteText = (flag: Flag) => `“${flag.text}”: ${flag.message}${flag.suggestion ? ` Suggestion: ${flag.suggestion}.` : ''}`;

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
    notes.push(`${mark}: ${footnoteText(flag)}`);
  }
  const lines = [`# ${escapeMarkdown(title)}`, '', ...details.map((line) => `*${escapeMarkdown(line)}*  `), '', body];
  if (notes.length) lines.push('', ...notes);
  return `${lines.join('\n').trimEnd()}\n`;
}

export function articlePlainText(input: ExportInput): string {
  const { title, details } = header(input);
  const lines = [title, '', ...details, '', input.report.article.text.trim()];
  const flags = input.flags ?? [];
  if (flags.length) lines.push('', 'Flagged:', ...flags.map((flag, index) => `[${index + 1}] ${footnoteText(flag)}`));
  return `${lines.join('\n')}\n`;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * A page that opens anywhere: the sanitised article, our header, and a policy
 * that lets nothing in it run or load but images, whatever slipped through.
 */
export function articleHtml(input: ExportInput, window: WindowLike): string {
  const { title, details } = header(input);
  const flags = input.flags ?? [];
  const notes = flags.length
    ? `<section><h2>Flagged</h2><ol>${flags.map((flag) => `<li>${escapeHtml(footnoteText(flag))}</li>`).join('')}</ol></section>`
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
<p class="details">${details.map(escapeHtml).join('<br>')}</p>
${sanitizeHtml(input.report.article.html, window)}
</article>
${notes}
</body>
</html>
`;
}
