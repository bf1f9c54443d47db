/**
 * The article with its flags, as the popup and the reader tab show it: the
 * legend (categories on and off, saved in the settings), the list of flags,
 * keyboard moves between them (lib/reader/navigation.ts), and "Not a
 * mistake" (phrases dismissed per site, lib/reader/dismissed.ts).
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Flag, PageReport } from '@/lib/report';
import { categoryCounts } from '@/lib/reader/categories';
import { dismissedOn, flagKey, normalizePhrase, notDismissed, siteKeyOf, visibleFlags } from '@/lib/reader/dismissed';
import { FLAG_KEYS, flagMoveFor, isTypingTarget, keyLabel, stepFlag, type FlagMove } from '@/lib/reader/navigation';
import { t, tp, tx } from './i18n';
import { textDirection } from '@/lib/text/direction';
import { ArticleBody, type FocusRequest } from './ArticleBody';
import { DismissedList, FlagBar, FlagLegend, FlagList, type Undo } from './FlagTools';
import { useFlagPreferences, type FlagPreferences } from './useFlagPreferences';

/** Keeps the same array while the flags it holds are the same (storage echoes must not redraw the marks). */
function useStableFlags(flags: Flag[]): Flag[] {
  const signature = flags.map(flagKey).join('|');
  return useMemo(() => flags, [signature]);
}

export function FlagReader({ report, initialPreferences }: { report: PageReport; initialPreferences: FlagPreferences | null }) {
  const preferences = useFlagPreferences(initialPreferences);
  const site = siteKeyOf(report.url);
  const dismissedHere = dismissedOn(preferences.dismissed, site);
  const counted = useStableFlags(notDismissed(report.flags, dismissedHere));
  const shown = useStableFlags(visibleFlags(report.flags, { hiddenCategories: preferences.hiddenCategories, dismissed: dismissedHere }));
  const counts = useMemo(() => categoryCounts(counted), [counted]);

  const [currentKey, setCurrentKey] = useState<string | null>(null);
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(null);
  const [listOpen, setListOpen] = useState(false);
  const [undo, setUndo] = useState<Undo | null>(null);
  const listButton = useRef<HTMLButtonElement>(null);

  const currentIndex = shown.findIndex((flag) => flagKey(flag) === currentKey);
  const current = currentIndex >= 0 ? shown[currentIndex]! : null;
  // Keys pressed faster than the page redraws still move one flag each.
  const latestKey = useRef<string | null>(null);
  const setCurrent = (key: string | null) => {
    latestKey.current = key;
    setCurrentKey(key);
  };

  const goTo = (key: string) => {
    setCurrent(key);
    setFocusRequest((previous) => ({ key, seq: (previous?.seq ?? 0) + 1 }));
  };
  const move = (direction: FlagMove) => {
    const from = shown.findIndex((flag) => flagKey(flag) === latestKey.current);
    const index = stepFlag(from, shown.length, direction);
    if (index >= 0) goTo(flagKey(shown[index]!));
  };
  const dismiss = (flag: Flag, from: 'bar' | 'list') => {
    if (!site) return;
    const phrase = normalizePhrase(flag.text);
    const index = shown.indexOf(flag);
    const after = shown.slice(index + 1).find((other) => normalizePhrase(other.text) !== phrase);
    preferences.dismiss(site, flag.text);
    setUndo({ site, phrase: flag.text });
    if (from === 'bar' || flagKey(flag) === currentKey) {
      if (after) goTo(flagKey(after));
      else setCurrent(null);
    }
    if (from === 'list')
      // The item (and its button) goes away: the focus goes to the next one, or back to the list's button.
      requestAnimationFrame(() => {
        const next =
          after && document.querySelector<HTMLElement>(`#flag-list button.flag-jump[data-flag-key="${CSS.escape(flagKey(after))}"]`);
        (next || listButton.current)?.focus();
      });
  };

  // Keys: the latest handlers, read by one listener for the page's lifetime.
  const keys = useRef({ move, close: () => setCurrent(null), hasCurrent: false });
  keys.current = { move, close: () => setCurrent(null), hasCurrent: current !== null };
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const direction = flagMoveFor(event);
      if (direction) {
        event.preventDefault();
        keys.current.move(direction);
      } else if (event.key === 'Escape' && keys.current.hasCurrent && !isTypingTarget(event.target)) keys.current.close();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const hiddenCount = counted.length - shown.length;
  return (
    <>
      {report.flags.length > 0 && (
        <section class="flags" aria-label={t('flaggedPhrasings')}>
          {counted.length > 0 ? (
            <p class="flag-summary" data-testid="flag-summary">
              {tx(
                'flagSummary',
                `${tp('flagsFlagged', shown.length)}${hiddenCount > 0 ? ` ${tp('flagsTurnedOff', hiddenCount)}` : ''}`,
                <kbd>{keyLabel(FLAG_KEYS.next[0]!)}</kbd>,
                <kbd>{keyLabel(FLAG_KEYS.previous[0]!)}</kbd>,
              )}
            </p>
          ) : (
            <p class="flag-summary" data-testid="flag-summary">
              {t('allDismissed')}
            </p>
          )}
          <FlagLegend counts={counts} hidden={preferences.hiddenCategories} onToggle={preferences.setCategoryHidden} />
          {counted.length > 0 && (
            <div class="flag-tools">
              <button
                type="button"
                class="secondary small"
                ref={listButton}
                aria-expanded={listOpen}
                aria-controls="flag-list"
                onClick={() => setListOpen(!listOpen)}
              >
                {listOpen ? t('hideList') : t('listAllFlags', shown.length)}
              </button>
            </div>
          )}
          {listOpen && counted.length > 0 && (
            <FlagList
              flags={shown}
              hiddenCount={hiddenCount}
              currentKey={currentKey}
              onJump={goTo}
              onDismiss={site ? (flag) => dismiss(flag, 'list') : undefined}
            />
          )}
          {site && <DismissedList site={site} phrases={dismissedHere} onRestore={(phrase) => preferences.restore(site, phrase)} />}
          {preferences.error && (
            <p class="status error" role="alert">
              {preferences.error}
            </p>
          )}
        </section>
      )}
      <ArticleBody
        html={report.article.html}
        flags={shown}
        currentKey={current ? currentKey : null}
        onCurrent={setCurrent}
        focusRequest={focusRequest}
        lang={report.language ?? undefined}
        dir={textDirection(report.language, report.article.text)}
      />
      <FlagBar
        flag={current}
        position={currentIndex + 1}
        total={shown.length}
        undo={undo}
        site={site}
        onMove={move}
        onDismiss={(flag) => dismiss(flag, 'bar')}
        onClose={() => {
          setCurrent(null);
          setUndo(null);
        }}
        onUndo={() => {
          if (undo) preferences.restore(undo.site, undo.phrase);
          setUndo(null);
        }}
      />
    </>
  );
}
