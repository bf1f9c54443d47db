import type { PartialReport } from '@/lib/analysis-budget';
import { say, t } from './i18n';

/**
 * Why a report or a cleanup covers only part of the page (lib/analysis-budget.ts),
 * each reason in the interface's language from its wording; a report without
 * wordings (an older one) keeps lib's English, marked as English.
 */
export function PartialStatus({ partial, of, testId }: { partial: PartialReport; of: 'report' | 'cleanup'; testId: string }) {
  const worded = partial.reasonsWording?.length === partial.reasons.length ? partial.reasonsWording : null;
  return (
    <p class="status" role="status" data-testid={testId}>
      <strong>{of === 'report' ? t('reportPartial') : t('cleanupPartial')}</strong>
      {partial.reasons.map((english, index) => {
        const said = say(worded?.[index], english);
        return (
          <span key={index} lang={said.lang}>
            {' '}
            {said.text}
          </span>
        );
      })}
    </p>
  );
}
