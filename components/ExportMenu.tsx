import { useState } from 'preact/hooks';
import type { PageReport } from '@/lib/report';
import { articleHtml, articleMarkdown, articlePlainText, type ExportInput } from '@/lib/export/article';
import { verdictHeadline } from './VerdictPanel';
import { saveFile } from './download';
import { t } from './i18n';

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
  const copy = async (done: string, text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(done);
    } catch (error) {
      setStatus(t('copyFailed', error instanceof Error ? error.message : String(error)));
    }
  };
  return (
    <details class="export" data-testid="export">
      <summary>{t('export')}</summary>
      <label>
        <input type="checkbox" checked={withFlags} onChange={(event) => setWithFlags(event.currentTarget.checked)} />{' '}
        {t('flagsAsFootnotes')}
      </label>
      <div class="export-buttons">
        <button type="button" class="secondary" onClick={() => void copy(t('copiedMarkdown'), articleMarkdown(input, window))}>
          {t('copyMarkdown')}
        </button>
        <button type="button" class="secondary" onClick={() => void copy(t('copiedText'), articlePlainText(input))}>
          {t('copyText')}
        </button>
        <button
          type="button"
          class="secondary"
          onClick={() => saveFile(fileName(report.article.title, 'md'), articleMarkdown(input, window), 'text/markdown')}
        >
          {t('saveMd')}
        </button>
        <button
          type="button"
          class="secondary"
          onClick={() => saveFile(fileName(report.article.title, 'html'), articleHtml(input, window), 'text/html')}
        >
          {t('saveHtml')}
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
