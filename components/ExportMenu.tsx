import { useState } from 'preact/hooks';
import type { PageReport } from '@/lib/report';
import { articleHtml, articleMarkdown, articlePlainText, type ExportInput } from '@/lib/export/article';
import { verdictHeadline } from './VerdictPanel';
import { saveFile } from './download';

/** A file name from the title: letters, digits and hyphens, at most 60 characters. */
function fileName(title: string | null, extension: string): string {
  const stem = (title ?? 'article')
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .toLowerCase();
  return `${stem || 'article'}.${extension}`;
}

/** Copy or save the article as Markdown, plain text or HTML, with its header and, if asked, the flags as footnotes. */
export function ExportMenu({ report }: { report: PageReport }) {
  const [withFlags, setWithFlags] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const input: ExportInput = { report, verdict: verdictHeadline(report.mt), flags: withFlags ? report.flags : [] };
  const copy = async (what: string, text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(`Copied as ${what}.`);
    } catch (error) {
      setStatus(`Could not copy: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  return (
    <details class="export" data-testid="export">
      <summary>Export</summary>
      <label>
        <input type="checkbox" checked={withFlags} onChange={(event) => setWithFlags(event.currentTarget.checked)} /> Flags as footnotes
      </label>
      <div class="export-buttons">
        <button type="button" class="secondary" onClick={() => void copy('Markdown', articleMarkdown(input, window))}>
          Copy as Markdown
        </button>
        <button type="button" class="secondary" onClick={() => void copy('plain text', articlePlainText(input))}>
          Copy as text
        </button>
        <button
          type="button"
          class="secondary"
          onClick={() => saveFile(fileName(report.article.title, 'md'), articleMarkdown(input, window), 'text/markdown')}
        >
          Save .md
        </button>
        <button
          type="button"
          class="secondary"
          onClick={() => saveFile(fileName(report.article.title, 'html'), articleHtml(input, window), 'text/html')}
        >
          Save .html
        </button>
      </div>
      {status && (
        <p class="status" role="status">
          {status}
        </p>
      )}
    </details>
  );
}
