/**
 * Injects the small content script into a tab on request (activeTab +
 * scripting, no host permissions), relays typed messages, hands the page
 * snapshots it sends to the analysis host (entrypoints/background/analysis.ts)
 * and keeps the badge in step with the verdict of each analysed tab.
 */
import type {
  AnalysisVerdict,
  ContentRequest,
  ContentResponses,
  PageRequest,
  PageResponses,
  ReportPortMessage,
  ReportPortRequest,
  Result,
  SnapshotPortMessage,
  TabRequest,
  TabResponses,
} from '@/lib/messages';
import { REPORT_PORT, SNAPSHOT_PORT } from '@/lib/messages';
import type { PageSnapshot } from '@/lib/dom/snapshot';
import type { SiteRuleInput } from '@/lib/analyze';
import type { Settings, SiteRule } from '@/lib/rules/model';
import { checkPattern } from '@/lib/rules/patterns';
import { loadRules, loadSettings, ruleFor } from '@/lib/rules/store';
import { startAutoClean } from './auto-clean';
import { analyse, openAnalysisHost, receiveVerdict, type OnVerdict } from './analysis';
import { ReportCache } from './report-cache';
import { failure, isNoReceiver } from '@/lib/messages';
import type { PageReport, Verdict } from '@/lib/report';
import { badgeFor } from '@/lib/badge';
import { t } from '@/components/i18n';

import type { PublicPath } from 'wxt/browser';
import { runCommand, startCommands, type CommandName } from './commands';
import { mark } from '@/components/timeline';

declare const __UNSPUN_E2E__: boolean;

type ScriptPath = Extract<PublicPath, `${string}.js`>;
const CONTENT_SCRIPT: ScriptPath = '/content-scripts/content.js';

/** What of a site rule the analysis reads. */
function ruleInput(rule: SiteRule | null): SiteRuleInput | null {
  return rule && { removeSelectors: rule.removeSelectors, keepSelectors: rule.keepSelectors, sourceLanguage: rule.sourceLanguage };
}

const BROWSER_PAGE = () => t('errorBrowserPage');
const isBrowserPage = (url: string | undefined): boolean =>
  /^(chrome|edge|about|moz-extension|chrome-extension|view-source|devtools|resource):/.test(url ?? '');
const isPdfAddress = (url: string | undefined): boolean => {
  try {
    return /\.pdf$/i.test(new URL(url ?? '').pathname);
  } catch {
    return false;
  }
};

function explainInjectionError(error: unknown, url: string | undefined): string {
  const message = error instanceof Error ? error.message : String(error);
  // Without the "tabs" permission the URL is often unknown; Chrome's message names the scheme.
  if (
    isBrowserPage(url) ||
    /Cannot access an? (chrome|edge|about|devtools|chrome-extension)[^ ]* URL|chrome:\/\/|chrome-extension:\/\//i.test(message)
  ) {
    return BROWSER_PAGE();
  }
  if (/gallery cannot be scripted|web ?store/i.test(message)) return t('errorProtectedPage');
  // Firefox shows PDFs in its own viewer, which no extension may script whatever its permissions: it says
  // "Missing host permission for the tab", and clicking the toolbar button would not help.
  if (isPdfAddress(url) && /permission/i.test(message)) return t('errorPdfViewer');
  if (/must request permission|Cannot access contents|permission/i.test(message)) {
    return t('errorClickFirst');
  }
  return t('errorNotAnalysed', message);
}

/** A failure no one foresaw: the browser's or engine's own words (often English), in the interface's sentence. */
function unexpected(error: unknown): { ok: false; error: string } {
  return { ok: false, error: t('errorUnexpected', failure(error).error) };
}

async function inject(tabId: number, files: ScriptPath[]): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files });
}

async function ask<T extends TabRequest>(tabId: number, request: T, files: ScriptPath[]): Promise<TabResponses[T['type']]> {
  const send = async () => {
    const response = (await browser.tabs.sendMessage(tabId, request)) as TabResponses[T['type']] | undefined;
    return response ?? { ok: false as const, error: t('errorPageNoAnswer') };
  };
  // Where the content script runs already (a site it cleans, an earlier click), asking costs no injection.
  try {
    return await send();
  } catch {
    // Not there yet: inject it below.
  }
  let url: string | undefined;
  try {
    url = (await browser.tabs.get(tabId)).url;
    // Firefox "injects" into its own about: pages without running anything (and without an error).
    if (isBrowserPage(url)) return { ok: false, error: BROWSER_PAGE() };
    await inject(tabId, files);
  } catch (error) {
    return { ok: false, error: explainInjectionError(error, url) };
  }
  try {
    return await send();
  } catch (error) {
    // That silent non-injection, where the tab's URL is unknown (no access to the tab): nothing listens.
    if (url === undefined && /Receiving end does not exist/i.test(String(error))) return { ok: false, error: BROWSER_PAGE() };
    return isNoReceiver(error) ? { ok: false, error: t('errorPageNoAnswer') } : unexpected(error);
  }
}

async function setBadge(tabId: number, verdict: Verdict | null): Promise<void> {
  const badge = badgeFor(verdict && (await loadSettings()).badge ? verdict : null);
  await browser.action.setBadgeText({ tabId, text: badge.text });
  await browser.action.setBadgeBackgroundColor({ tabId, color: badge.color });
  await browser.action.setTitle({ tabId, title: t(badge.title) });
}

async function handle(request: PageRequest): Promise<PageResponses[PageRequest['type']]> {
  switch (request.type) {
    case 'clean-tab':
      return ask(request.tabId, { type: 'unspun:clean' }, [CONTENT_SCRIPT]);
    case 'restore-tab':
      return ask(request.tabId, { type: 'unspun:restore' }, [CONTENT_SCRIPT]);
    case 'clean-state':
      return ask(request.tabId, { type: 'unspun:clean-state' }, [CONTENT_SCRIPT]);
    case 'count-selectors':
      return previewSelectors(request);
  }
}

/**
 * The popup's report on a tab: a fresh snapshot analysed, or the kept report
 * when the page has not changed since it was made (the content script says
 * so without taking a snapshot) and the rule and settings are the same.
 * `onVerdict` gets a fresh analysis's verdict before the whole report is ready.
 */
async function reportTab(tabId: number, known = reports.token(tabId), onVerdict?: OnVerdict): Promise<Result<PageReport>> {
  mark('background:asked');
  const arrived = new Promise<PageSnapshot>((resolve) => reportSnapshots.set(tabId, resolve));
  const [asked, rules, settings] = await Promise.all([
    ask(tabId, { type: 'unspun:snapshot', known }, [CONTENT_SCRIPT]),
    loadRules(),
    loadSettings(),
    openAnalysisHost().catch(() => undefined),
  ]);
  mark('background:page answered');
  if (!asked.ok || asked.value.unchanged) reportSnapshots.delete(tabId);
  if (!asked.ok) return asked;
  let snapshot: PageSnapshot;
  if (asked.value.unchanged) {
    const kept = reports.snapshot(tabId, asked.value.token);
    // Forgotten in between (the tab navigated): ask for a snapshot after all.
    if (!kept) return known === undefined ? { ok: false, error: t('errorNoSnapshot') } : reportTab(tabId, undefined, onVerdict);
    snapshot = kept;
  } else {
    // The content script answers once its snapshot has arrived on the port.
    snapshot = await arrived;
  }
  const inputs = { rule: ruleInput(ruleFor(rules, snapshot.url)), settings: { flagCategories: settings.flagCategories } };
  const kept = reports.get(tabId, snapshot, inputs);
  if (kept) {
    reports.set(tabId, asked.value.token, snapshot, inputs, kept);
    void setBadge(tabId, kept.mt.verdict).catch(() => undefined);
    return { ok: true, value: kept };
  }
  mark('background:analyse');
  const response = await analyse({ task: 'report', snapshot, ...inputs }, onVerdict);
  mark('background:analysed');
  if (response.ok) {
    reports.set(tabId, asked.value.token, snapshot, inputs, response.value);
    await setBadge(tabId, response.value.mt.verdict).catch(() => undefined);
  }
  return response;
}

/** Counts a rule's selectors on an open tab of its site (readable once its permission is granted). */
async function previewSelectors(request: Extract<PageRequest, { type: 'count-selectors' }>): Promise<PageResponses['count-selectors']> {
  const check = checkPattern(request.pattern);
  const none = { ok: true as const, value: { page: null, counts: [] } };
  if (!check.ok || !(await browser.permissions.contains({ origins: check.matchPatterns }))) return none;
  const [tab] = await browser.tabs.query({ url: check.matchPatterns });
  if (tab?.id === undefined) return none;
  const counts = await ask(
    tab.id,
    { type: 'unspun:count-selectors', removeSelectors: request.removeSelectors, keepSelectors: request.keepSelectors },
    [CONTENT_SCRIPT],
  );
  if (!counts.ok) return counts;
  return { ok: true, value: { page: { title: tab.title ?? tab.url ?? '', url: tab.url ?? '' }, counts: counts.value } };
}

/** A popup's (or reader tab's) report on its port: the verdict first when the analysis has it, then the report. */
function answerReport(port: Browser.runtime.Port): void {
  let open = true;
  port.onDisconnect.addListener(() => {
    open = false;
    // Nobody to draw it: the rest of the report is made at once.
    drawn?.();
  });
  /** Tells the analysis that the verdict is on screen (once). */
  let drawn: (() => void) | null = null;
  let asked = false;
  port.onMessage.addListener((message: ReportPortRequest) => {
    if (message?.type === 'verdict-drawn') {
      mark('background:verdict drawn');
      drawn?.();
      drawn = null;
      return;
    }
    if (message?.type !== 'report-tab' || !Number.isInteger(message.tabId) || asked) return;
    asked = true;
    const send = (reply: ReportPortMessage) => {
      if (open) port.postMessage(reply);
    };
    const onVerdict: OnVerdict = (verdict, whenDrawn) => {
      mark('background:verdict');
      drawn = whenDrawn;
      if (!open) return void whenDrawn();
      send({ type: 'verdict', value: verdict });
    };
    reportTab(message.tabId, undefined, onVerdict).then(
      (report) => send({ type: 'report', value: report }),
      (error: unknown) => send({ type: 'report', value: unexpected(error) }),
    );
  });
}

/** The last report of each tab, for a popup opened again on the same page. */
const reports = new ReportCache();

/** Snapshots the popup asked for, by tab, until they arrive on the snapshot port. */
const reportSnapshots = new Map<number, (snapshot: PageSnapshot) => void>();

/** A snapshot larger than this is refused (the CLI's limit for a page). */
const MAX_SNAPSHOT_CHARS = 64 * 1024 * 1024;

/** Collects a content script's snapshot from its parts on the port, and answers on it. */
function receiveSnapshots(port: Browser.runtime.Port): void {
  const sender = port.sender;
  const senderUrl = sender?.url ?? '';
  // The extension's own pages ask for reports on theirs.
  if (port.name === REPORT_PORT && sender?.id === browser.runtime.id && senderUrl.startsWith(browser.runtime.getURL('/')))
    return answerReport(port);
  if (port.name !== SNAPSHOT_PORT || sender?.id !== browser.runtime.id || !senderUrl || senderUrl.startsWith(browser.runtime.getURL('/')))
    return;
  const parts: string[] = [];
  let size = 0;
  // Read while the parts arrive, not after the last of them: the cleanup's answer waits for them.
  let inputs: Promise<[SiteRule[], Settings]> | null = null;
  port.onMessage.addListener((message: SnapshotPortMessage) => {
    if (!inputs) {
      inputs = Promise.all([loadRules(), loadSettings()]);
      // A failed read is answered when the snapshot is (a report's snapshot does not wait for it).
      inputs.catch(() => undefined);
    }
    if (message.type === 'snapshot-part') {
      size += message.part.length;
      if (size > MAX_SNAPSHOT_CHARS) return port.disconnect();
      parts.push(message.part);
      return;
    }
    if (message.type !== 'analyse-snapshot') return;
    const request: ContentRequest = { ...message, snapshot: { ...message.snapshot, body: parts.join('') } };
    parts.length = 0;
    const tabId = sender?.tab?.id;
    if (request.purpose === 'report') {
      mark('background:snapshot arrived');
      if (tabId !== undefined) reportSnapshots.get(tabId)?.({ ...request.snapshot, url: senderUrl });
      if (tabId !== undefined) reportSnapshots.delete(tabId);
      port.postMessage({ ok: true, value: { hide: null, verdict: null } } satisfies ContentResponses['analyse-snapshot']);
      return;
    }
    // Kept for a popup on the page while it stays as it was (its cleanup changes nothing the analysis reads).
    if (tabId !== undefined && request.token) reports.keep(tabId, request.token, { ...request.snapshot, url: senderUrl });
    answerContent(request, tabId, senderUrl, inputs).then(
      (answer) => port.postMessage(answer),
      (error: unknown) => port.postMessage(failure(error)),
    );
  });
}

/**
 * A content script's snapshot of its own page: the rule for the page's
 * address (as the browser reports the sender, not as the page says) and the
 * settings decide what is worked out; the answer is a hide list, never code.
 */
async function answerContent(
  request: ContentRequest,
  tabId: number | undefined,
  url: string,
  inputs: Promise<[SiteRule[], Settings]> = Promise.all([loadRules(), loadSettings()]),
): Promise<ContentResponses['analyse-snapshot']> {
  const [rules, settings] = await inputs;
  const rule = ruleFor(rules, url);
  const snapshot = { ...request.snapshot, url };
  const everyPage = request.purpose === 'auto' && settings.autoCleanAboveThreshold;
  if (everyPage) {
    // A site whose rule cleans on its own is cleaned whatever the score; the badge shows the verdict either way.
    const threshold = rule?.autoClean ? -Infinity : settings.autoCleanThreshold;
    const answer = await analyse({ task: 'auto-mt', snapshot, rule: ruleInput(rule), threshold });
    if (answer.ok && tabId !== undefined) void setBadge(tabId, answer.value.verdict).catch(() => undefined);
    return answer;
  }
  if (request.purpose === 'auto' && !rule?.autoClean) return { ok: true, value: { hide: null, verdict: null } };
  const hide = await analyse({ task: 'cleanup', snapshot, rule: ruleInput(rule) });
  return hide.ok ? { ok: true, value: { hide: hide.value, verdict: null } } : hide;
}

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((request: PageRequest | AnalysisVerdict, sender, sendResponse) => {
    if (sender.id !== browser.runtime.id) return false;
    // The analysis host's verdict of a report it is still making (only Chrome's host, an extension page, sends one).
    if ('target' in request && request.target === 'background') {
      if (request.type === 'unspun:analysis-verdict' && !sender.tab && (sender.url ?? '').startsWith(browser.runtime.getURL('/')))
        receiveVerdict(request);
      return false;
    }
    // Messages to the analysis host are not ours to answer.
    if ('target' in request) return false;
    // Scripts in web pages only send snapshots of their own page, on the snapshot port.
    const senderUrl = sender.url ?? sender.tab?.url ?? '';
    if (!senderUrl.startsWith(browser.runtime.getURL('/'))) return false;
    handle(request).then(sendResponse, (error: unknown) => sendResponse(unexpected(error) satisfies Result<never>));
    return true;
  });
  browser.runtime.onConnect.addListener(receiveSnapshots);
  startAutoClean();
  startCommands(handle as Parameters<typeof startCommands>[0]);
  // The end-to-end tests run a command as the shortcut or the menu would (headless Chromium has neither).
  if (__UNSPUN_E2E__)
    (globalThis as { unspunCommand?: unknown }).unspunCommand = (name: CommandName, tabId: number) =>
      runCommand(name, tabId, handle as Parameters<typeof startCommands>[0]);
  void openAnalysisHost().catch((error: unknown) => console.warn('Unspun: could not open the analysis host', error));
  // A new page in the tab has not been analysed yet.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && change.url) {
      reports.forget(tabId);
      void setBadge(tabId, null).catch(() => undefined);
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => reports.forget(tabId));
});
