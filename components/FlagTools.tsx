/**
 * The reader's flag controls: the legend (one switch per category present),
 * the list of all flags, the bar of the current flag, and the phrases
 * dismissed on the site. They only render what ReaderView computes with
 * lib/reader/*; every text they show is rendered as text.
 */
import type { Flag, FlagCategory } from '@/lib/report';
import type { CategoryCount } from '@/lib/reader/categories';
import { categoryStyleVars, categoryTier, suggestionsOf } from '@/lib/reader/categories';
import { FLAG_TIERS } from '@/lib/report';
import { flagKey } from '@/lib/reader/dismissed';
import { say, t, tp, tx } from './i18n';
import { alternativeParts, categoryLabel, confidenceText, flagKeysText, tierLabel } from './words';

function Swatch({ category }: { category: string }) {
  return <span class="flag-swatch" style={categoryStyleVars(category)} aria-hidden="true" />;
}

function legendTitle(shown: boolean, model: boolean, name: string): string {
  const lower = name.toLocaleLowerCase();
  if (model) return shown ? t('legendHideModel', lower) : t('legendShowModel', lower);
  return shown ? t('legendHide', lower) : t('legendShow', lower);
}

/** One switch per category present: swatch, name, count; pressed while the category is shown. */
export function FlagLegend({
  counts,
  hidden,
  onToggle,
}: {
  counts: CategoryCount[];
  hidden: readonly FlagCategory[];
  onToggle: (category: FlagCategory, hide: boolean) => void;
}) {
  if (counts.length === 0) return null;
  return (
    <div class="flag-legend" role="group" aria-labelledby="flag-legend-title" data-testid="flag-legend">
      <span class="flag-legend-title" id="flag-legend-title">
        {t('legendTitle')}
      </span>
      {FLAG_TIERS.map((tier) => {
        const inTier = counts.filter(({ category }) => categoryTier(category) === tier);
        if (inTier.length === 0) return null;
        return (
          <ul
            key={tier}
            class={`flag-legend-tier tier-${tier}`}
            data-tier={tier}
            aria-label={tierLabel(tier)}
            data-label={tier === 'model' ? t('modelHintsLabel') : undefined}
          >
            {inTier.map(({ category, count }) => {
              const shown = !hidden.includes(category);
              return (
                <li key={category}>
                  <button
                    type="button"
                    class={`flag-legend-item${shown ? '' : ' off'}`}
                    data-category={category}
                    data-tier={tier}
                    aria-pressed={shown}
                    title={legendTitle(shown, tier === 'model', categoryLabel(category))}
                    onClick={() => onToggle(category, shown)}
                  >
                    <Swatch category={category} />
                    <span class="flag-legend-name">{categoryLabel(category)}</span>{' '}
                    <span class="flag-legend-count">
                      {count}
                      <span class="visually-hidden"> {tp('flagWord', count)}</span>
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
        );
      })}
    </div>
  );
}

/** "Suggestion: a or b": a block in the tooltip, a line in the list; nothing when there is none. */
/** A flag's explanation in the interface's language; lib's English (marked so) where it has no message for it. */
export function FlagMessage({ flag, class: className, element }: { flag: Flag; class: string; element: 'div' | 'span' }) {
  const said = say(flag.messageWording, flag.message);
  const Element = element;
  return (
    <Element class={className} lang={said.lang}>
      {said.text}
    </Element>
  );
}

export function Suggestions({ flag, block = false }: { flag: Flag; block?: boolean }) {
  const suggestions = suggestionsOf(flag);
  if (suggestions.length === 0) return null;
  const content = (
    <>
      {tx(
        'suggestion',
        alternativeParts(suggestions).map((part, index) => (part.element ? <strong key={index}>{part.value}</strong> : part.value)),
      )}
    </>
  );
  return block ? <div class="flag-suggestion">{content}</div> : <span class="flag-item-suggestion">{content}</span>;
}

/** Every visible flag in text order: a click goes to it in the article. */
export function FlagList({
  flags,
  hiddenCount,
  currentKey,
  onJump,
  onDismiss,
}: {
  flags: Flag[];
  hiddenCount: number;
  currentKey: string | null;
  onJump: (key: string) => void;
  onDismiss?: (flag: Flag) => void;
}) {
  return (
    <div class="flag-list" id="flag-list" data-testid="flag-list">
      {flags.length === 0 ? (
        <p class="status">{t('noFlagsToShow')}</p>
      ) : (
        <ol>
          {flags.map((flag) => {
            const key = flagKey(flag);
            return (
              <li key={key} class={key === currentKey ? 'current' : undefined}>
                <button type="button" class="flag-jump" data-flag-key={key} onClick={() => onJump(key)}>
                  <span class="flag-item-head">
                    <Swatch category={flag.category} />
                    <q class="flag-item-text">{flag.text}</q>
                    <span class="flag-item-category">{categoryLabel(flag.category)}</span>
                  </span>
                  <FlagMessage flag={flag} class="flag-item-message" element="span" />
                  {confidenceText(flag) && <span class="flag-item-confidence">{confidenceText(flag)}</span>}
                  <Suggestions flag={flag} />
                </button>
                {onDismiss && (
                  <button
                    type="button"
                    class="secondary small"
                    aria-label={t('notAMistakeLabel', flag.text)}
                    onClick={() => onDismiss(flag)}
                  >
                    {t('notAMistake')}
                  </button>
                )}
              </li>
            );
          })}
        </ol>
      )}
      {hiddenCount > 0 && <p class="status">{tp('moreFlagsOff', hiddenCount)}</p>}
    </div>
  );
}

export interface Undo {
  phrase: string;
  site: string;
}

/** Sticky at the bottom: where the current flag is, moves, "Not a mistake", and the undo of the last dismissal. */
export function FlagBar({
  flag,
  position,
  total,
  undo,
  site,
  onMove,
  onDismiss,
  onClose,
  onUndo,
}: {
  flag: Flag | null;
  position: number;
  total: number;
  undo: Undo | null;
  site: string | null;
  onMove: (move: 'next' | 'previous') => void;
  onDismiss: (flag: Flag) => void;
  onClose: () => void;
  onUndo: () => void;
}) {
  if (!flag && !undo) return null;
  return (
    <div class="flag-bar" role="region" aria-label={t('currentFlag')} data-testid="flag-bar">
      {undo && (
        <p class="flag-bar-undo" role="status">
          {undo.site === 'file:' ? t('undoDismissLocal', undo.phrase) : t('undoDismissSite', undo.phrase, undo.site)}{' '}
          <button type="button" class="link" onClick={onUndo}>
            {t('undo')}
          </button>
        </p>
      )}
      {flag && (
        <div class="flag-bar-row">
          <span class="flag-bar-what" data-testid="flag-bar-what">
            <Swatch category={flag.category} />
            <q>{flag.text}</q> <span class="flag-bar-category">{categoryLabel(flag.category)}</span>{' '}
            <span class="flag-bar-position">{t('flagPosition', position, total)}</span>
          </span>
          <span class="flag-bar-buttons">
            <button
              type="button"
              class="secondary small"
              onClick={() => onMove('previous')}
              title={t('previousFlagTitle', flagKeysText('previous'))}
            >
              {t('previousFlag')}
            </button>
            <button type="button" class="secondary small" onClick={() => onMove('next')} title={t('nextFlagTitle', flagKeysText('next'))}>
              {t('nextFlag')}
            </button>
            {site && (
              <button
                type="button"
                class="small"
                data-testid="dismiss-current"
                title={t('stopFlaggingTitle')}
                onClick={() => onDismiss(flag)}
              >
                {t('notAMistake')}
              </button>
            )}
            <button type="button" class="secondary small" aria-label={t('close')} title={t('closeTitle')} onClick={onClose}>
              ×
            </button>
          </span>
        </div>
      )}
    </div>
  );
}

/** The phrases dismissed on the site, each of which can be flagged again. */
export function DismissedList({ site, phrases, onRestore }: { site: string; phrases: string[]; onRestore: (phrase: string) => void }) {
  if (phrases.length === 0) return null;
  return (
    <details class="dismissed" data-testid="dismissed">
      <summary>{site === 'file:' ? tp('dismissedLocal', phrases.length) : tp('dismissedOnSite', phrases.length, site)}</summary>
      <ul>
        {[...phrases].reverse().map((phrase) => (
          <li key={phrase}>
            <q>{phrase}</q>{' '}
            <button type="button" class="link" aria-label={t('flagAgainLabel', phrase)} onClick={() => onRestore(phrase)}>
              {t('flagAgain')}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
