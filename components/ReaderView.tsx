import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { PageReport, RemovedBlock } from '@/lib/report';
import type { CleanState, ReportVerdict } from '@/lib/messages';
import type { Wording } from '@/lib/wording';
import { openingRequests, request } from './api';
import { VerdictPanel } from './VerdictPanel';
import { PendingView, afterPaint } from './PendingView';
import { PartialStatus } from './PartialStatus';
import { ExportMenu } from './ExportMenu';
import { AppearanceMenu } from './AppearanceMenu';
import { AppearanceContext, useAppearance } from './appearance';
import { readingMinutes } from '@/lib/reader/appearance';
import { loadFlagPreferences, type FlagPreferences } from './useFlagPreferences';
import { requestSitePermission } from './options/permissions';
import { siteDomainOf } from '@/lib/rules/patterns';
import { createRule } from '@/lib/rules/model';
import { loadRules, saveRules } from '@/lib/rules/store';
import { recordSiteVisit } from '@/lib/history/store';
import { suggestsCleaningSite, type SiteSummary } from '@/lib/history/site-history';
import { formatLongDate, say, t, tp } from './i18n';
import { describeSite, kindLabel } from './words';
import { textDirection } from '@/lib/text/direction';
import { mark } from './timeline';
import { FlagReader } from './FlagReader';

/**
 * The article with its flags (FlagReader, DOMPurify) is in this chunk, not
 * one of its own: a second dynamic import, asked only once this code had run,
 * was what the article waited for in 43 of 60 cold popups (bench:perf).
 * The flag choices are asked as soon as this code has loaded (the report is
 * still being made then), so the article is drawn in the report's own task,
 * not a storage read later. The article reads the choices again once its
 * storage watches are on (useFlagPreferences), so a change made meanwhile is
 * not lost.
 */
mark('reader:code');
const earlyPreferences = loadFlagPreferences()
  .then((preferences) => {
    mark('reader:preferences');
    return preferences;
  })
  .catch(() => null);

type State =
  | { phase: 'loading' }
  | { phase: 'error'; message: string; lang?: 'en' }
  /** The verdict has come; the article and its flags are still being made. */
  | { phase: 'verdict'; verdict: ReportVerdict }
  | {
      phase: 'ready';
      tabId: number;
      report: PageReport;
      clean: CleanState | null;
      preferences: FlagPreferences | null;
      /** The verdict was on screen before the report came: the article need not wait for another frame. */
      verdictShown: boolean;
    };

function formatDate(value: string | null): string | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : formatLongDate(date);
}

/** After this long without a report, the reader says the page is long (?slowAfterMs=N for tests). */
function slowAfterMs(): number {
  const fromQuery = Number(new URLSearchParams(location.search).get('slowAfterMs'));
  return Number.isFinite(fromQuery) && fromQuery > 0 ? fromQuery : 2500;
}

/** The reader: verdict, clean article with flags, and the page's cleanup controls. */
/** `verdict`: the report's verdict when it was drawn before this code had loaded (entrypoints/popup/main.tsx). */
export function ReaderView({ mode, verdict }: { mode: 'popup' | 'tab'; verdict?: ReportVerdict | null }) {
  const [state, setState] = useState<State>(verdict ? { phase: 'verdict', verdict } : { phase: 'loading' });
  const [slow, setSlow] = useState(false);
  const [busy, setBusy] = useState(false);
  const [cleanError, setCleanError] = useState<string | null>(null);
  const [ruleMessage, setRuleMessage] = useState<string | null>(null);
  const [siteSummary, setSiteSummary] = useState<SiteSummary | null>(null);
  const [appearance, changeAppearance] = useAppearance();
  const [articleAfterFrame, setArticleAfterFrame] = useState(false);
  // Painted, not only rendered: a kept report comes whole, verdict and all, and its verdict must not wait for the article.
  const verdictPainted = useRef(!!verdict);

  // Drawn with the rest of the report when the verdict is already on screen; else in the frame after: the verdict comes first.
  const showArticle = articleAfterFrame || (state.phase === 'ready' && state.verdictShown);

  useEffect(() => {
    if (state.phase !== 'ready' || showArticle) return;
    let current = true;
    void afterPaint().then(() => current && setArticleAfterFrame(true));
    return () => void (current = false);
  }, [state.phase]);

  useEffect(() => {
    if (showArticle) mark('reader:article');
  }, [showArticle]);

  // A layout effect: run as this view is drawn, not after the next frame (a report already there is not kept waiting).
  useLayoutEffect(() => {
    void (async () => {
      const opening = await openingRequests();
      const tabId = opening.tabId;
      if (tabId === null || !opening.verdict || !opening.report || !opening.clean) return setState({ phase: 'error', message: t('noTab') });
      let whole = false;
      // Drawn at once, unless the whole report was there first (a report kept from before comes whole).
      void opening.verdict.then((arrived) => {
        if (arrived.ok && !whole) setState({ phase: 'verdict', verdict: arrived.value });
      });
      // The flag choices load beside the report, so that hidden and dismissed flags never flash up.
      const [report, preferences, clean] = await Promise.all([opening.report, earlyPreferences, opening.clean]);
      whole = true;
      if (!report.ok) return setState({ phase: 'error', ...sayError(report) });
      setState({
        phase: 'ready',
        tabId,
        report: report.value,
        clean: clean.ok ? clean.value : null,
        preferences,
        verdictShown: verdictPainted.current,
      });
      if (report.value.article.title) document.title = `${report.value.article.title} · Unspun`;
      // Only articles count towards what a site has served; the history is a nicety, so a storage failure stays quiet.
      if (report.value.article.text.trim())
        void recordSiteVisit(report.value.url, report.value.mt.verdict)
          .then(setSiteSummary)
          .catch(() => undefined);
    })();
  }, []);

  useEffect(() => {
    if (state.phase !== 'loading') mark(`reader:${state.phase}`);
    // The analysis waits for the verdict to be painted before it makes the article (it runs on this thread in Chrome).
    if (state.phase === 'verdict')
      void Promise.all([openingRequests(), afterPaint()]).then(([opening]) => {
        verdictPainted.current = true;
        opening.verdictDrawn();
      });
  }, [state.phase]);

  // The verdict before the article does not restart the wait.
  const waiting = state.phase === 'loading' || state.phase === 'verdict';
  useEffect(() => {
    if (!waiting) return;
    const timer = setTimeout(() => setSlow(true), slowAfterMs());
    return () => clearTimeout(timer);
  }, [waiting]);

  if (state.phase === 'verdict' || state.phase === 'loading')
    return <PendingView mode={mode} verdict={state.phase === 'verdict' ? state.verdict : null} slow={slow} />;
  if (state.phase === 'error') {
    return (
      <main class={`reader ${mode}`}>
        <p class="status error" role="alert" data-testid="error" lang={state.lang}>
          {state.message}
        </p>
      </main>
    );
  }

  const { report, tabId, clean } = state;
  const { article } = report;
  const date = formatDate(article.published);
  const toggleClean = async () => {
    setBusy(true);
    setCleanError(null);
    const response = await request({ type: clean?.cleaned ? 'restore-tab' : 'clean-tab', tabId });
    setBusy(false);
    if (response.ok) setState({ ...state, clean: response.value });
    else setCleanError(response.error);
  };
  const site = siteDomainOf(report.url);
  const siteNote = siteSummary && describeSite(siteSummary);
  const suggestClean = !!siteSummary && suggestsCleaningSite(siteSummary) && !ruleMessage;
  const alwaysClean = () => {
    if (!site) return;
    // The permission prompt must open inside the click: ask before anything else is awaited.
    const asked = requestSitePermission({ pattern: site });
    void asked.then(async (granted) => {
      const rules = await loadRules();
      const existing = rules.find((rule) => rule.pattern.trim().toLowerCase() === site);
      const rule = existing ? { ...existing, enabled: true, autoClean: true } : createRule(site, { note: t('ruleNoteFromPopup') });
      await saveRules(existing ? rules.map((other) => (other.id === rule.id ? rule : other)) : [...rules, rule]);
      setRuleMessage(granted ? t('ruleSavedAutomatic', site) : t('ruleSavedNoPermission', site));
      if (!clean?.cleaned) await toggleClean();
    });
  };
  const openTab = () => {
    void browser.tabs.create({ url: browser.runtime.getURL(`/reader.html?tabId=${tabId}`) });
    if (mode === 'popup') window.close();
  };

  const minutes = article.text.trim() ? readingMinutes(article.text) : null;
  return (
    <AppearanceContext.Provider value={appearance}>
      <main class={`reader ${mode}`}>
        <header class="page-head">
          {article.siteName && (
            <div class="site" data-testid="site">
              {article.siteName}
            </div>
          )}
          <h1
            data-testid="title"
            {...(article.title ? { lang: report.language ?? undefined, dir: textDirection(report.language, article.text) } : {})}
          >
            {article.title ?? t('untitledPage')}
          </h1>
          <div class="byline">
            {article.byline && <span data-testid="byline">{article.byline}</span>}
            {article.byline && date && ' · '}
            {date && <time dateTime={article.published ?? undefined}>{date}</time>}
            {minutes !== null && (article.byline || date) && ' · '}
            {minutes !== null && <span data-testid="reading-time">{t('minutesRead', minutes)}</span>}
          </div>
        </header>
        <VerdictPanel mt={report.mt} language={report.language} />
        {report.partial && <PartialStatus partial={report.partial} of="report" testId="partial" />}
        <div class="actions">
          <button type="button" onClick={toggleClean} disabled={busy || !clean} aria-pressed={clean?.cleaned ?? false}>
            {clean?.cleaned ? t('showOriginal') : t('cleanThisPage')}
          </button>
          {mode === 'popup' && (
            <button type="button" class="secondary" onClick={openTab}>
              {t('openInTab')}
            </button>
          )}
          {site && (
            <button type="button" class={suggestClean ? undefined : 'secondary'} onClick={alwaysClean} data-testid="always-clean">
              {t('alwaysCleanSite')}
            </button>
          )}
          {clean?.cleaned && (
            <span class="clean-count" role="status">
              {tp('blocksHidden', clean.hidden)}
            </span>
          )}
        </div>
        {clean?.cleaned && clean.partial && <PartialStatus partial={clean.partial} of="cleanup" testId="clean-partial" />}
        {siteNote && (
          <p class="status site-history" data-testid="site-history">
            {siteNote}
            {suggestClean && ` ${t('siteCanAutoClean')}`}
          </p>
        )}
        {cleanError && (
          <p class="status error" role="alert">
            {cleanError}
          </p>
        )}
        {ruleMessage && (
          <p class="status" role="status" data-testid="rule-message">
            {ruleMessage}
          </p>
        )}
        {article.text.trim() && (
          <div class="reader-tools">
            <AppearanceMenu appearance={appearance} onChange={changeAppearance} />
            <ExportMenu report={report} />
          </div>
        )}
        {!article.text.trim() ? (
          <p class="status">{t('noArticleText')}</p>
        ) : showArticle ? (
          <FlagReader report={report} initialPreferences={state.preferences} />
        ) : (
          <div class="article-pending" aria-busy="true" />
        )}
        {report.removed.length > 0 && (
          <details class="removed">
            <summary>{tp('blocksLeftOut', report.removed.length)}</summary>
            <ul>
              {report.removed.map((block, index) => (
                <li key={index}>
                  <span class="kind">{kindLabel(block.kind)}</span> {block.text || t('blockNoText')} <Why block={block} />
                </li>
              ))}
            </ul>
          </details>
        )}
      </main>
    </AppearanceContext.Provider>
  );
}

/** Why a block was left out, in the interface's language where it has the words. */
function Why({ block }: { block: RemovedBlock }) {
  const said = say(block.reasonWording, block.reason);
  return (
    <em class="why" lang={said.lang}>
      ({said.text})
    </em>
  );
}

/** A failure in the interface's language where lib gave it a message id; its English, marked so, otherwise. */
function sayError(failure: { error: string; errorWording?: Wording }): { message: string; lang?: 'en' } {
  if (!failure.errorWording) return { message: failure.error };
  const said = say(failure.errorWording, failure.error);
  return { message: said.text, lang: said.lang };
}
