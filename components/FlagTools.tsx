/**
 * The reader's flag controls: the legend (one switch per category present),
 * the list of all flags, the bar of the current flag, and the phrases
 * dismissed on the site. They only render what ReaderView computes with
 * lib/reader/*; every text they show is rendered as text.
 */
import type { Flag, FlagCategory } from '@/lib/report';
import type { CategoryCount } from '@/lib/reader/categories';
import { categoryName, categoryStyleVars, categoryTier, confidenceNote, suggestionsOf, TIER_NAMES } from '@/lib/reader/categories';
import { FLAG_TIERS } from '@/lib/report';
import { flagKey } from '@/lib/reader/dismissed';
import { flagKeysText } from '@/lib/reader/navigation';

function Swatch({ category }: { category: string }) {
  return <span class="flag-swatch" style={categoryStyleVars(category)} aria-hidden="true" />;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

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
        Flags by kind (click to hide or show):
      </span>
      {FLAG_TIERS.map((tier) => {
        const inTier = counts.filter(({ category }) => categoryTier(category) === tier);
        if (inTier.length === 0) return null;
        return (
          <ul key={tier} class={`flag-legend-tier tier-${tier}`} data-tier={tier} aria-label={TIER_NAMES[tier]}>
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
                    title={`${shown ? 'Hide' : 'Show'} the ${categoryName(category).toLowerCase()} flags${tier === 'model' ? ' (model hints)' : ''}`}
                    onClick={() => onToggle(category, shown)}
                  >
                    <Swatch category={category} />
                    <span class="flag-legend-name">{categoryName(category)}</span>{' '}
                    <span class="flag-legend-count">
                      {count}
                      <span class="visually-hidden">{count === 1 ? ' flag' : ' flags'}</span>
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
export function Suggestions({ flag, block = false }: { flag: Flag; block?: boolean }) {
  const suggestions = suggestionsOf(flag);
  if (suggestions.length === 0) return null;
  const content = (
    <>
      Suggestion:{' '}
      {suggestions.map((suggestion, index) => (
        <span key={suggestion}>
          {index > 0 && ' or '}
          <strong>{suggestion}</strong>
        </span>
      ))}
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
        <p class="status">No flags to show.</p>
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
                    <span class="flag-item-category">{categoryName(flag.category)}</span>
                  </span>
                  <span class="flag-item-message">{flag.message}</span>
                  {confidenceNote(flag) && <span class="flag-item-confidence">{confidenceNote(flag)}</span>}
                  <Suggestions flag={flag} />
                </button>
                {onDismiss && (
                  <button
                    type="button"
                    class="secondary small"
                    aria-label={`Not a mistake: “${flag.text}”`}
                    onClick={() => onDismiss(flag)}
                  >
                    Not a mistake
                  </button>
                )}
              </li>
            );
          })}
        </ol>
      )}
      {hiddenCount > 0 && <p class="status">{plural(hiddenCount, 'more flag')} in the kinds turned off above.</p>}
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
    <div class="flag-bar" role="region" aria-label="Current flag" data-testid="flag-bar">
      {undo && (
        <p class="flag-bar-undo" role="status">
          “{undo.phrase}” will not be flagged on {undo.site === 'file:' ? 'local files' : undo.site} again.{' '}
          <button type="button" class="link" onClick={onUndo}>
            Undo
          </button>
        </p>
      )}
      {flag && (
        <div class="flag-bar-row">
          <span class="flag-bar-what" data-testid="flag-bar-what">
            <Swatch category={flag.category} />
            <q>{flag.text}</q> <span class="flag-bar-category">{categoryName(flag.category)}</span>{' '}
            <span class="flag-bar-position">
              {position} of {total}
            </span>
          </span>
          <span class="flag-bar-buttons">
            <button
              type="button"
              class="secondary small"
              onClick={() => onMove('previous')}
              title={`Previous flag (${flagKeysText('previous')})`}
            >
              ↑ Previous
            </button>
            <button type="button" class="secondary small" onClick={() => onMove('next')} title={`Next flag (${flagKeysText('next')})`}>
              Next ↓
            </button>
            {site && (
              <button
                type="button"
                class="small"
                data-testid="dismiss-current"
                title="Stop flagging this phrase on this site"
                onClick={() => onDismiss(flag)}
              >
                Not a mistake
              </button>
            )}
            <button type="button" class="secondary small" aria-label="Close" title="Close (Esc)" onClick={onClose}>
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
  const where = site === 'file:' ? 'for local files' : `on ${site}`;
  return (
    <details class="dismissed" data-testid="dismissed">
      <summary>
        {plural(phrases.length, 'phrase')} marked “not a mistake” {where}
      </summary>
      <ul>
        {[...phrases].reverse().map((phrase) => (
          <li key={phrase}>
            <q>{phrase}</q>{' '}
            <button type="button" class="link" aria-label={`Flag “${phrase}” again`} onClick={() => onRestore(phrase)}>
              Flag again
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
