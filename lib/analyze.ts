/**
 * The pipeline: parse → boilerplate → extract → language → detect → flags.
 * Works on a clone; the caller's document is never changed.
 */
import type { Article, FlagCategory, MtAssessment, PageReport, PageSummary, RemovedBlock, TextReport } from './report';
import { TextStats } from './dom/stats';
import { blockText, visibleText } from './dom/text';
import { flattenDeepNesting } from './dom/depth';
import { findBoilerplate, describeMatch, type BoilerplateMatch } from './boilerplate/classify';
import { findMainContent } from './extract/main-content';
import { canonicalUrl, extractMetadata } from './extract/metadata';
import { buildArticle, prepareArticleRoot } from './extract/article';
import { chooseArticleRoot } from './extract/article-root';
import { removeImageCredits } from './extract/image-credits';
import type { WindowLike } from './extract/sanitize';
import { identifyLanguage } from './language/identify';
import { detectMachineTranslation } from './detect/detect';
import { findFlags } from './flags/engine';
import {
  AnalysisClock,
  copyForAnalysis,
  limitAnalysis,
  limitHurried,
  limitReader,
  limitText,
  flagsLateReason,
  untidiedReason,
  type AnalysisBudget,
} from './analysis-budget';
import { partialOf } from './partial-report';
import type { Wording } from './wording';

/** What a site rule contributes to the analysis. */
export interface SiteRuleInput {
  removeSelectors?: readonly string[];
  keepSelectors?: readonly string[];
  /** Source language the user says this site translates from. */
  sourceLanguage?: string | null;
}

export interface AnalyzeSettings {
  flagCategories?: readonly FlagCategory[];
}

export interface AnalyzeOptions {
  /** The page's address; else its canonical/og:url, else the document's URL. */
  url?: string | null;
  rules?: SiteRuleInput | null;
  settings?: AnalyzeSettings;
  /** Window whose DOM DOMPurify uses (jsdom's under Node); defaults to the global one. */
  window?: WindowLike;
  /** How much to read and for how long (the extension's); without one, everything is read. */
  budget?: AnalysisBudget;
  /** The budget's clock when the caller started it earlier (the snapshot's parse counts); else started here. */
  clock?: AnalysisClock;
}

interface Prepared {
  url: string;
  clone: Document;
  mainRoot: Element | null;
  stats: TextStats;
  matches: BoilerplateMatch[];
  /** The matches as the report shows them (and the detector reads them). */
  removed: RemovedBlock[];
  pageText: string;
  text: string;
  /** Why our copy of the page was cut before it was read (lib/analysis-budget.ts). */
  cut: Wording[];
}

function pageUrl(doc: Document, explicit: string | null | undefined): string {
  if (explicit) return explicit;
  const canonical = canonicalUrl(doc);
  if (canonical) return canonical;
  return doc.URL && doc.URL !== 'about:blank' ? doc.URL : '';
}

/** Clones the page, finds its article and boilerplate, and takes the boilerplate out of the clone. */
function prepare(doc: Document, options: AnalyzeOptions, clock = new AnalysisClock(options.budget)): Prepared {
  const url = pageUrl(doc, options.url);
  // Parsing an enormous page on a slow machine can take most of the budget: what follows then reads less, and a
  // hurried copy is small from the start.
  const copy = clock.stage('clone', () => copyForAnalysis(doc, options.budget, clock.hurried('copy')));
  const clone = copy.clone;
  const analysisCut = clock.stage('limit-analysis', () => limitAnalysis(copy, options.budget));
  const hurriedCut =
    !copy.hurried && clock.hurried('copy') ? clock.stage('limit-hurried', () => limitHurried(clone, options.budget)) : null;
  const cut = [analysisCut, hurriedCut].filter((reason) => reason !== null);
  const body = clone.body ?? clone.documentElement;
  if (body) clock.stage('flatten', () => flattenDeepNesting(body));
  const stats = clock.stage('text-stats', () => new TextStats(body));
  const mainRoot = clone.body ? clock.stage('main-content', () => findMainContent(clone, stats)) : null;
  const matches = clock.stage('boilerplate', () =>
    findBoilerplate(clone, {
      mainRoot,
      stats,
      removeSelectors: options.rules?.removeSelectors,
      keepSelectors: options.rules?.keepSelectors,
    }),
  );
  const pageText = clock.stage('page-text', () => visibleText(body));
  for (const match of matches) match.element.remove();
  const text = clock.stage('article-text', () => (mainRoot ? blockText(mainRoot) : ''));
  // After the detection text is taken (a credit line is no evidence either way): only the reader's copy loses them.
  const credits = body ? clock.stage('image-credits', () => removeImageCredits(body)) : [];
  return { url, clone, mainRoot, stats, matches, removed: [...matches.map(describeMatch), ...credits], pageText, text, cut };
}

function assess(prepared: Prepared, doc: Document | null, options: AnalyzeOptions, clock = new AnalysisClock(options.budget)) {
  const language = clock.stage('language', () => identifyLanguage(prepared.text));
  const mt = clock.stage('detection', () =>
    detectMachineTranslation(
      {
        doc,
        url: prepared.url || null,
        text: prepared.text,
        pageText: prepared.pageText,
        textLanguage: language,
        blocks: prepared.removed,
      },
      { sourceHint: options.rules?.sourceLanguage ?? null },
    ),
  );
  return { language, mt };
}

/**
 * Detection and boilerplate only: what the badge and the in-page cleanup
 * need, without the reader's sanitising, metadata and flags.
 */
export function summarizePage(doc: Document, options: AnalyzeOptions = {}): PageSummary {
  const clock = options.clock ?? new AnalysisClock(options.budget);
  const prepared = limited(prepare(doc, options, clock), options).prepared;
  const { language, mt } = assess(prepared, doc, options, clock);
  return { url: prepared.url, mt, language, removed: prepared.removed };
}

/**
 * The reader's article alone (boilerplate removed, sanitised, metadata):
 * what the extraction benchmark compares with Readability.
 */
export function extractPage(doc: Document, options: AnalyzeOptions = {}): Pick<PageReport, 'url' | 'article' | 'removed'> {
  const window = purifyWindow(options, 'extractPage');
  const prepared = prepare(doc, options);
  return { url: prepared.url, article: readerArticle(prepared, doc, window), removed: prepared.removed };
}

export function analyzePage(doc: Document, options: AnalyzeOptions = {}): PageReport {
  return finishReport(assessPage(doc, options));
}

/** analyzePage's first half, up to the verdict: the popup draws it while finishReport makes the rest. */
export interface AssessedPage {
  doc: Document;
  options: AnalyzeOptions;
  window: WindowLike;
  clock: AnalysisClock;
  prepared: Prepared;
  reasons: Wording[];
  language: string | null;
  mt: MtAssessment;
}

export function assessPage(doc: Document, options: AnalyzeOptions = {}): AssessedPage {
  const window = purifyWindow(options, 'analyzePage');
  const clock = options.clock ?? new AnalysisClock(options.budget);
  const { prepared, reasons } = limited(prepare(doc, options, clock), options);
  const { language, mt } = assess(prepared, doc, options, clock);
  return { doc, options, window, clock, prepared, reasons, language, mt };
}

/** analyzePage's second half: the reader's article and its flags. Runs once per AssessedPage (it changes its clone). */
export function finishReport(assessed: AssessedPage): PageReport {
  const { doc, options, window, clock, prepared, reasons, language, mt } = assessed;
  const hurried = clock.hurried('reader');
  const readerCut = clock.stage('limit-reader', () => limitReader(prepared.clone, options.budget, hurried));
  if (readerCut) reasons.push(readerCut);
  const late = clock.over();
  const readability = !hurried && !late;
  if (!readability) reasons.push(untidiedReason(options.budget!, late));
  const article = readerArticle(prepared, doc, window, clock, readability);
  let flags: PageReport['flags'] = [];
  if (clock.over()) reasons.push(flagsLateReason(options.budget!));
  else flags = clock.stage('flags', () => flagsFor(limitText(article.text, options.budget).text, language, mt, options));
  const report: PageReport = { schema: 1, url: prepared.url, mt, language, article, removed: prepared.removed, flags };
  const partial = partialOf(reasons);
  if (partial) report.partial = partial;
  return report;
}

/** The prepared page with its texts cut to the budget, and why they were. */
function limited(prepared: Prepared, options: AnalyzeOptions): { prepared: Prepared; reasons: Wording[] } {
  const text = limitText(prepared.text, options.budget);
  const pageText = limitText(prepared.pageText, options.budget);
  const reasons = [...prepared.cut, text.reason].filter((reason) => reason !== null);
  return { prepared: { ...prepared, text: text.text, pageText: pageText.text }, reasons };
}

/** DOMPurify needs a window: the page's own in the browser, jsdom's under Node. Asked first, before any work. */
function purifyWindow(options: AnalyzeOptions, caller: string): WindowLike {
  const window = options.window ?? (globalThis as { window?: WindowLike }).window;
  if (!window) throw new Error(`${caller} needs a window for DOMPurify (pass options.window under Node).`);
  return window;
}

/** Readability's pick on the cleaned clone (our own guess when it finds none), its metadata, sanitised. */
function readerArticle(
  prepared: Prepared,
  doc: Document,
  window: WindowLike,
  clock = new AnalysisClock(undefined),
  readability = true,
): Article {
  const metadata = clock.stage('metadata', () => extractMetadata(doc, prepared.url || null, null));
  const root =
    clock.stage('reader-root', () => chooseArticleRoot(prepared.clone, prepared.mainRoot, prepared.stats, { readability })) ??
    prepared.clone.createElement('div');
  const prepped = clock.stage('reader-prepare', () => prepareArticleRoot(root, prepared.url || null, metadata.title));
  return clock.stage('sanitize', () => buildArticle(prepped, metadata, window));
}

/**
 * Flags are about English that went wrong: text in other languages, or too
 * short to tell, is not flagged (as the English-only signals do not run on it).
 */
function flagsFor(text: string, language: string | null, mt: MtAssessment, options: Pick<AnalyzeOptions, 'rules' | 'settings'>) {
  if (language !== 'en') return [];
  const named = options.rules?.sourceLanguage ?? null;
  const sourceLanguage = mt.sourceLanguage ?? named;
  // The model tier's hints are about translations: shown when the detector does not call the text human, or the user named its source.
  const translated = mt.verdict !== 'human' || !!named;
  return findFlags({ text, sourceLanguage, translated }, { categories: options.settings?.flagCategories });
}

export function analyzeText(text: string, options: Pick<AnalyzeOptions, 'rules' | 'settings'> = {}): TextReport {
  const language = identifyLanguage(text);
  const mt = detectMachineTranslation(
    { doc: null, url: null, text, pageText: text, textLanguage: language },
    { sourceHint: options.rules?.sourceLanguage ?? null },
  );
  const flags = flagsFor(text, language, mt, options);
  return { mt, language, flags };
}
