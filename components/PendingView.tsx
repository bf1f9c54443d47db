import type { ReportVerdict } from '@/lib/messages';
import { VerdictPanel } from './VerdictPanel';
import { t } from './i18n';

/**
 * The reader before its report is whole: "reading the page", then the
 * verdict above it once that has come. The popup draws this before the rest
 * of the reader's code has loaded (entrypoints/popup/main.tsx), and the
 * reader the same while it waits, so the two look alike.
 */
export function PendingView({ mode, verdict, slow }: { mode: 'popup' | 'tab'; verdict: ReportVerdict | null; slow: boolean }) {
  return (
    <main class={`reader ${mode}`}>
      {verdict && <VerdictPanel mt={verdict.mt} language={verdict.language} />}
      <p class="status" role="status" data-testid="loading">
        {t('readingPage')}
        {slow && ` ${t('readingPageSlow')}`}
      </p>
    </main>
  );
}

/** After the next frame is painted (or a little later, in a tab that is not drawn: no frames come there). */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
}
