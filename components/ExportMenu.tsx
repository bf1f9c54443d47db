import { useState } from 'preact/hooks';
import type { Flag, MtAssessment, PageReport } from '@/lib/report';
import type { ExportInput, ExportWords } from '@/lib/export/article';
import { suggestionsOf } from '@/lib/reader/categories';
import { verdictSummary } from './VerdictPanel';
import { saveFile } from './download';
import { formatLongDate, say, t, uiLocale } from './i18n';
import { alternatives } from './words';

/**
 * The export code (Turndown for Markdown among it) is loaded on the first
 * click, not with the popup: the popup's own scripts are on the way to its
 * first paint, and most openings export nothing.
 */
const exporter = () => import('@/lib/export/article');

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

/** The verdict as the export's header gives it: the panel's words and the score. */
export function exportVerdict(mt: MtAssessment): string {
  return t('exportVerdict', verdictSummary(mt), Math.round(mt.score * 100));
}

/** The header's and notes' words in the interface's language; an explanation lib has no message for stays English. */
export function exportWords(): ExportWords {
  return {
    language: uiLocale(),
    by: (byline) => t('exportBy', byline),
    date: (published) => {
      const date = new Date(published);
      return Number.isNaN(date.getTime()) ? published : formatLongDate(date);
    },
    source: (url) => t('exportSource', url),
    verdict: (verdict) => t('exportVerdictLine', verdict),
    untitled: t('untitledPage'),
    flagged: t('exportFlagged'),
    note: (flag: Flag) => {
      const message = say(flag.messageWording, flag.message).text.trim();
      const suggestions = suggestionsOf(flag);
      return suggestions.length ? `${message} ${t('suggestion', alternatives(suggestions))}.` : message;
    },
  };
}

/** Copy or save the article as Markdown, plain text or HTML, with its header and, if asked, the flags as footnotes. */
export function ExportMenu({ report }: { report: PageReport }) {
  const [withFlags, setWithFlags] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const input: ExportInput = {
    report,
    verdict: exportVerdict(report.mt),
    flags: withFlags ? report.flags : [],
    words: exportWords(),
  };
  const copy = async (done: string, text: () => Promise<string>) => {
    try {
      await navigator.clipboard.writeText(await text());
      setStatus(done);
    } catch (error) {
      setStatus(t('copyFailed', error instanceof Error ? error.message : String(error)));
    }
  };
  const save = async (extension: string, type: string, text: () => Promise<string>) => {
    try {
      saveFile(fileName(report.article.title, extension), await text(), type);
    } catch (error) {
      setStatus(t('saveFailed', error instanceof Error ? error.message : String(error)));
    }
  };
  const markdown = async () => (await exporter()).articleMarkdown(input, window);
  return (
    <details class="export" data-testid="export">
      <summary>{t('export')}</summary>
      <label>
        <input type="checkbox" checked={withFlags} onChange={(event) => setWithFlags(event.currentTarget.checked)} />{' '}
        {t('flagsAsFootnotes')}
      </label>
      <div class="export-buttons">
        <button type="button" class="secondary" onClick={() => void copy(t('copiedMarkdown'), markdown)}>
          {t('copyMarkdown')}
        </button>
        <button
          type="button"
          class="secondary"
          onClick={() => void copy(t('copiedText'), async () => (await exporter()).articlePlainText(input))}
        >
          {t('copyText')}
        </button>
        <button type="button" class="secondary" onClick={() => void save('md', 'text/markdown', markdown)}>
          {t('saveMd')}
        </button>
        <button
          type="button"
          class="secondary"
          onClick={() => void save('html', 'text/html', async () => (await exporter()).articleHtml(input, window))}
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
