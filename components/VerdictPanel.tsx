import type { MtAssessment } from '@/lib/report';
import { languageName } from '@/lib/language/profiles';

const LABELS = {
  'machine-translated': 'Machine-translated',
  uncertain: 'Possibly machine-translated',
  human: 'No sign of machine translation',
} as const;

/** The verdict in a few words, as the reader's header and exports say it. */
export function verdictHeadline(mt: MtAssessment): string {
  const from = mt.sourceLanguage && mt.verdict !== 'human' ? `, probably from ${languageName(mt.sourceLanguage)}` : '';
  return `${LABELS[mt.verdict]}${from} (score ${Math.round(mt.score * 100)}%)`;
}

export function VerdictPanel({ mt, language }: { mt: MtAssessment; language: string | null }) {
  const percent = Math.round(mt.score * 100);
  return (
    <section class={`verdict verdict-${mt.verdict}`} aria-label="Machine-translation verdict" data-testid="verdict">
      <div class="verdict-head">
        <strong class="verdict-label">{LABELS[mt.verdict]}</strong>
        <span class="verdict-score">{percent}%</span>
      </div>
      <div
        class="score-bar"
        role="meter"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-label="Machine-translation score"
      >
        <div class="score-fill" style={{ width: `${percent}%` }} />
      </div>
      {mt.sourceLanguage && (
        <p class="source-language" data-testid="source-language">
          Probably translated from <strong>{languageName(mt.sourceLanguage)}</strong>
        </p>
      )}
      {!mt.sourceLanguage && mt.verdict !== 'human' && language === 'en' && (
        <p class="source-language" data-testid="source-language">
          Original language: unknown (the evidence does not point to one language)
        </p>
      )}
      {!mt.sourceLanguage && language && language !== 'en' && <p class="source-language">Text language: {languageName(language)}</p>}
      {mt.reasons.length > 0 && (
        <ul class="reasons">
          {mt.reasons.map((reason) => (
            <li key={reason.signal}>{reason.detail}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
