import type { MtAssessment } from '@/lib/report';
import { languageName } from '@/lib/language/profiles';

/** For reports made before the verdict had words of its own (mt.summary). */
const LABELS = {
  'machine-translated': 'Machine-translated',
  uncertain: 'Possibly machine-translated',
  human: 'No sign of translation',
} as const;

/** The verdict in a few words, as the reader's header and exports say it. */
export function verdictHeadline(mt: MtAssessment): string {
  const from = mt.sourceLanguage && mt.verdict !== 'human' ? `, probably from ${languageName(mt.sourceLanguage)}` : '';
  return `${mt.summary ?? `${LABELS[mt.verdict]}${from}`} (score ${Math.round(mt.score * 100)}%)`;
}

/** Text model probability from which the popup says the English "reads like machine translation" (the signal speaks from 0.55, faintly). */
const READS_LIKE_MT = 0.75;

function translationAnswer(mt: MtAssessment): string {
  const translation = mt.translation;
  if (!translation) return mt.sourceLanguage ? `Probably, from ${languageName(mt.sourceLanguage)}` : 'Not known';
  const from = translation.sourceLanguage ? `, from ${languageName(translation.sourceLanguage)}` : '; the original language is unclear';
  if (translation.likely) return `Probably${from}`;
  if (mt.reasons.length > 0) return 'A few signs, not enough to tell';
  return 'No sign of it';
}

function machineAnswer(mt: MtAssessment): string {
  const machine = mt.machine;
  if (!machine) return 'Not known';
  if (machine.score >= 0.25) return 'Yes: the page shows signs that only machine translation leaves';
  if (machine.readsAsMachine && mt.verdict === 'machine-translated')
    return 'Yes: the English reads like a machine’s translation, not a person’s';
  if (machine.textModel === null) return 'Too little English text to judge how it reads';
  if (machine.textModel >= READS_LIKE_MT) return 'Perhaps: the English reads like machine translation';
  return 'No sign: the English reads like a person’s';
}

export function VerdictPanel({ mt, language }: { mt: MtAssessment; language: string | null }) {
  const percent = Math.round(mt.score * 100);
  return (
    <section class={`verdict verdict-${mt.verdict}`} aria-label="Machine-translation verdict" data-testid="verdict">
      <div class="verdict-head">
        <strong class="verdict-label">{mt.summary ?? LABELS[mt.verdict]}</strong>
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
      {mt.translation && mt.machine && language === 'en' && (
        <dl class="answers" data-testid="answers">
          <dt>Translated?</dt>
          <dd>{translationAnswer(mt)}</dd>
          <dt>By a machine?</dt>
          <dd>{machineAnswer(mt)}</dd>
        </dl>
      )}
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
