import type { MtAssessment, Verdict, VerdictKind } from '@/lib/report';
import { englishLanguageName as languageName } from '@/lib/language/english-name';
import { languageLabel, say, t, tx, type MessageKey } from './i18n';

const VERDICT_KEYS: Record<Verdict, MessageKey> = {
  'machine-translated': 'verdictMachineTranslated',
  uncertain: 'verdictUncertain',
  human: 'verdictHuman',
};

/** A language's name in the interface's language. */
const nameOf = (code: string) => languageLabel(code, languageName(code));

/** The worded verdict in the interface's language: from the verdict kind when the report has one, else from the verdict. */
export function verdictSummary(mt: MtAssessment): string {
  const kind: VerdictKind | undefined = mt.verdictKind;
  const from = mt.sourceLanguage;
  switch (kind) {
    case 'machine-translated':
      return from ? t('verdictMachineTranslatedFrom', nameOf(from)) : t('verdictMachineTranslated');
    case 'human-translation':
      return from ? t('verdictHumanTranslationFrom', nameOf(from)) : t('verdictHumanTranslation');
    case 'possibly-machine-translated':
      return t('verdictUncertain');
    case 'few-signs':
      return t('verdictFewSigns');
    case 'no-sign':
      return t('verdictHuman');
    default:
      return t(VERDICT_KEYS[mt.verdict]);
  }
}

/** Text model probability from which the popup says the English "reads like machine translation" (the signal speaks from 0.55, faintly). */
const READS_LIKE_MT = 0.75;

function translationAnswer(mt: MtAssessment): string {
  const translation = mt.translation;
  if (!translation) return mt.sourceLanguage ? t('answerProbablyFrom', nameOf(mt.sourceLanguage)) : t('answerNotKnown');
  if (translation.likely)
    return translation.sourceLanguage ? t('answerProbablyFrom', nameOf(translation.sourceLanguage)) : t('answerProbablyUnclear');
  if (mt.reasons.length > 0) return t('verdictFewSigns');
  return t('answerNoSignOfIt');
}

function machineAnswer(mt: MtAssessment): string {
  const machine = mt.machine;
  if (!machine) return t('answerNotKnown');
  if (machine.score >= 0.25) return t('answerMachineMarks');
  if (machine.readsAsMachine && mt.verdict === 'machine-translated') return t('answerMachineReads');
  if (machine.textModel === null) return t('answerTooLittle');
  if (machine.textModel >= READS_LIKE_MT) return t('answerPerhapsMachine');
  return t('answerReadsHuman');
}

export function VerdictPanel({ mt, language }: { mt: MtAssessment; language: string | null }) {
  const percent = Math.round(mt.score * 100);
  return (
    <section class={`verdict verdict-${mt.verdict}`} aria-label={t('verdictAria')} data-testid="verdict">
      <div class="verdict-head">
        <strong class="verdict-label" data-testid="verdict-label">
          {verdictSummary(mt)}
        </strong>
        <span class="verdict-score">{percent}%</span>
      </div>
      <div class="score-bar" role="meter" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} aria-label={t('scoreAria')}>
        <div class="score-fill" style={{ width: `${percent}%` }} />
      </div>
      {mt.translation && mt.machine && language === 'en' && (
        <dl class="answers" data-testid="answers">
          <dt>{t('questionTranslated')}</dt>
          <dd>{translationAnswer(mt)}</dd>
          <dt>{t('questionMachine')}</dt>
          <dd>{machineAnswer(mt)}</dd>
        </dl>
      )}
      {mt.sourceLanguage && (
        <p class="source-language" data-testid="source-language">
          {tx('probablyTranslatedFrom', <strong>{nameOf(mt.sourceLanguage)}</strong>)}
        </p>
      )}
      {!mt.sourceLanguage && mt.verdict !== 'human' && language === 'en' && (
        <p class="source-language" data-testid="source-language">
          {t('originalLanguageUnknown')}
        </p>
      )}
      {!mt.sourceLanguage && language && language !== 'en' && <p class="source-language">{t('textLanguage', nameOf(language))}</p>}
      {mt.reasons.length > 0 && (
        <ul class="reasons" data-testid="reasons">
          {mt.reasons.map((reason) => {
            const said = say(reason.detailWording, reason.detail);
            return (
              <li key={reason.signal} lang={said.lang}>
                {said.text}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
