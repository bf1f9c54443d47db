/**
 * npm run bench:extract -- <corpus dir> [--out file.json] [--limit N] [--half A|B] [--verbose]
 *
 * Our extraction against @mozilla/readability on the same pages in the same
 * run, for the two corpus formats of ../shared/corpus (see its README):
 * - readability-pages/: <case>/source.html + expected.html (+ expected-metadata.json):
 *   token-shingle precision/recall/F1, title and byline accuracy;
 * - boilerplate-snippets/: cases.json + pages/: share of `with` snippets kept,
 *   of `without` snippets removed, accuracy and F1.
 * Also applies the in-page cleanup to every page and checks that no article
 * text was hidden. Prints both side by side with median/p95 ms per page and
 * writes the whole result as JSON (default bench-results/extract-<corpus>.json).
 * `--half A` or `--half B` keeps one half of the pages, split by a hash of the
 * page's file or folder name: tune on one half, report on the other.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readability } from '@mozilla/readability';
import { extractPage } from '../lib/analyze';
import { cleanupPage } from '../lib/boilerplate/cleanup';
import { HIDDEN_ATTRIBUTE } from '../lib/boilerplate/hidden';
import { isBlockElement } from '../lib/dom/text';
import { parsePage } from '../cli/load';
import { loadCorpus, tick } from './corpus';
import {
  normalizeSpace,
  percentile,
  shingleMatch,
  shingleScores,
  snippetMatch,
  snippetScores,
  type ShingleCounts,
  type SnippetCounts,
} from './metrics';

function parseArguments(argv: string[]) {
  const options = { corpus: '', out: '', limit: Infinity, verbose: false, half: '' };
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index]!;
    if (argument === '--out') options.out = argv[++index] ?? '';
    else if (argument === '--limit') options.limit = Number(argv[++index]);
    else if (argument === '--verbose') options.verbose = true;
    else if (argument === '--half') options.half = (argv[++index] ?? '').toUpperCase();
    else options.corpus = argument;
  }
  if (!options.corpus) {
    console.error(
      'Usage: npm run bench:extract -- <corpus dir: ../shared/corpus/readability-pages or ../shared/corpus/boilerplate-snippets> [--out file] [--limit N] [--half A|B] [--verbose]',
    );
    process.exit(2);
  }
  return options;
}

/** Text a reader still sees after the in-page cleanup. */
function visibleAfterCleanup(doc: Document): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) parts.push((node as Text).data);
    if (node.nodeType !== 1) return;
    const element = node as Element;
    if (element.hasAttribute(HIDDEN_ATTRIBUTE) || ['script', 'style', 'noscript', 'template', 'head'].includes(element.localName)) return;
    for (let child = element.firstChild; child; child = child.nextSibling) walk(child);
    // Blocks are separated; inline elements are not ("surnommait<em>le</em>" is one word).
    if (isBlockElement(element) || element.localName === 'br') parts.push(' ');
  };
  if (doc.body) walk(doc.body);
  return parts.join('');
}

/** FNV-1a of the page's name: a split that does not depend on the order or the content of the pages. */
function halfOf(id: string): 'A' | 'B' {
  let hash = 2166136261;
  for (let index = 0; index < id.length; index++) {
    hash ^= id.charCodeAt(index);
    hash = Math.imul(hash, 16777619);
  }
  return (hash >>> 0) % 2 === 0 ? 'A' : 'B';
}

/**
 * Two publication dates agree when they name the same instant, or, when one
 * of them has no time zone, the same local date and time as far as both go.
 */
function sameDate(ours: string | null | undefined, expected: string | null | undefined): boolean {
  if (!ours || !expected) return !ours && !expected;
  const zoned = (value: string) => /(?:Z|[+-]\d{2}:?\d{2})$/.test(value.trim());
  const local = (value: string) =>
    value
      .trim()
      .replace(' ', 'T')
      .replace(/(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?$/, '');
  if (zoned(ours) && zoned(expected)) {
    const iso = (value: string) =>
      Date.parse(
        value
          .trim()
          .replace(' ', 'T')
          .replace(/([+-]\d{2})(\d{2})$/, '$1:$2'),
      );
    return iso(ours) === iso(expected);
  }
  const a = local(ours);
  const b = local(expected);
  return a.startsWith(b) || b.startsWith(a);
}

const same = (a: string | null | undefined, b: string | null | undefined) =>
  normalizeSpace(a ?? '').toLowerCase() === normalizeSpace(b ?? '').toLowerCase();

async function main() {
  const options = parseArguments(process.argv.slice(2));
  const directory = resolve(options.corpus);
  const { kind, pages } = loadCorpus(directory);
  const selected = pages.filter((page) => !options.half || halfOf(page.id) === options.half).slice(0, options.limit);
  const timings = { ours: [] as number[], readability: [] as number[] };
  const shingles = { ours: [] as ShingleCounts[], readability: [] as ShingleCounts[], visible: [] as ShingleCounts[] };
  const snippets = { ours: [] as SnippetCounts[], readability: [] as SnippetCounts[], visible: [] as SnippetCounts[] };
  const metadata = {
    // siteName: the name the reader shows, the host name when the page declares none; siteNameDeclared: the
    // name the page declares, which is what the expected metadata (and Readability's siteName) record.
    ours: { title: 0, byline: 0, published: 0, siteName: 0, siteNameDeclared: 0 },
    readability: { title: 0, byline: 0, published: 0, siteName: 0, siteNameDeclared: 0 },
    pages: 0,
  };
  const perPage: unknown[] = [];
  const hiddenArticleText: Array<{ page: string; lost: string[]; hiddenBy: unknown[] }> = [];
  let failures = 0;
  let notVisibleBefore = 0;

  for (const page of selected) {
    try {
      const ours = parsePage(page.html, page.url).dom;
      let start = performance.now();
      const extracted = extractPage(ours.window.document, { window: ours.window as unknown as Window & typeof globalThis });
      timings.ours.push(performance.now() - start);
      ours.window.close();

      const peer = parsePage(page.html, page.url).dom;
      start = performance.now();
      const peerArticle = new Readability(peer.window.document).parse();
      timings.readability.push(performance.now() - start);
      const peerText = peerArticle?.textContent ?? '';
      peer.window.close();

      const live = parsePage(page.html, page.url).dom;
      const visibleBefore = normalizeSpace(visibleAfterCleanup(live.window.document));
      cleanupPage(live.window.document);
      const visible = visibleAfterCleanup(live.window.document);
      // Which hidden block held a snippet, to trace a loss to one classifier.
      const hiddenBlocks = Array.from(live.window.document.querySelectorAll(`[${HIDDEN_ATTRIBUTE}]`)).map((element) => ({
        kind: element.getAttribute(HIDDEN_ATTRIBUTE),
        tag: `${element.localName}${element.id ? `#${element.id}` : ''}${element.getAttribute('class') ? `.${element.getAttribute('class')!.trim().split(/\s+/).join('.')}` : ''}`,
        text: normalizeSpace(element.textContent ?? ''),
      }));
      live.window.close();

      const record: Record<string, unknown> = { page: page.id };
      if (kind === 'readability') {
        const expected = page.expectedText ?? '';
        const ourScore = shingleMatch(expected, extracted.article.text);
        shingles.ours.push(ourScore);
        shingles.readability.push(shingleMatch(expected, peerText));
        shingles.visible.push(shingleMatch(expected, visible));
        record.ours = shingleScores([ourScore]).f1;
        if (page.expectedMeta) {
          metadata.pages++;
          if (same(extracted.article.title, page.expectedMeta.title)) metadata.ours.title++;
          if (same(extracted.article.byline, page.expectedMeta.byline)) metadata.ours.byline++;
          if (same(peerArticle?.title, page.expectedMeta.title)) metadata.readability.title++;
          if (same(peerArticle?.byline, page.expectedMeta.byline)) metadata.readability.byline++;
          if (sameDate(extracted.article.published, page.expectedMeta.publishedTime)) metadata.ours.published++;
          if (sameDate(peerArticle?.publishedTime, page.expectedMeta.publishedTime)) metadata.readability.published++;
          if (same(extracted.article.siteName, page.expectedMeta.siteName)) metadata.ours.siteName++;
          if (same(extracted.article.siteNameDeclared, page.expectedMeta.siteName)) metadata.ours.siteNameDeclared++;
          // Readability has one name, the declared one.
          if (same(peerArticle?.siteName, page.expectedMeta.siteName)) metadata.readability.siteName++;
          if (same(peerArticle?.siteName, page.expectedMeta.siteName)) metadata.readability.siteNameDeclared++;
          record.title = { ours: extracted.article.title, readability: peerArticle?.title ?? null, expected: page.expectedMeta.title };
          record.byline = { ours: extracted.article.byline, readability: peerArticle?.byline ?? null, expected: page.expectedMeta.byline };
          record.published = {
            ours: extracted.article.published,
            readability: peerArticle?.publishedTime ?? null,
            expected: page.expectedMeta.publishedTime ?? null,
          };
          record.siteName = {
            ours: extracted.article.siteName,
            oursDeclared: extracted.article.siteNameDeclared ?? null,
            readability: peerArticle?.siteName ?? null,
            expected: page.expectedMeta.siteName,
          };
        }
      } else {
        const ourMatch = snippetMatch(extracted.article.text, page.with ?? [], page.without ?? []);
        snippets.ours.push(ourMatch);
        // Only what a reader could see before the cleanup can be hidden by it: some snippets are
        // not in the page's visible text at all (mojibake in the source, MathML, soft hyphens).
        const seenBefore = (page.with ?? []).filter((snippet) => visibleBefore.includes(normalizeSpace(snippet)));
        notVisibleBefore += (page.with ?? []).length - seenBefore.length;
        const visibleMatch = snippetMatch(visible, seenBefore, []);
        snippets.visible.push(visibleMatch);
        if (visibleMatch.lost.length) {
          const hiddenBy = visibleMatch.lost.map(
            (snippet) => hiddenBlocks.find((block) => block.text.includes(normalizeSpace(snippet))) ?? null,
          );
          hiddenArticleText.push({ page: page.id, lost: visibleMatch.lost, hiddenBy });
        }
        const peerMatch = snippetMatch(peerText, page.with ?? [], page.without ?? []);
        snippets.readability.push(peerMatch);
        record.lost = ourMatch.lost;
        record.leaked = ourMatch.leaked;
        record.readabilityLost = peerMatch.lost;
        record.readabilityLeaked = peerMatch.leaked;
      }
      perPage.push(record);
      if (options.verbose) console.error(JSON.stringify(record));
    } catch (error) {
      failures++;
      console.error(`${page.id}: ${(error as Error).message}`);
    }
    await tick();
  }

  const time = (values: number[]) => ({ medianMs: round(percentile(values, 50), 1), p95Ms: round(percentile(values, 95), 1) });
  const timing = {
    ours: time(timings.ours),
    readability: time(timings.readability),
    medianRatio: round(percentile(timings.ours, 50) / (percentile(timings.readability, 50) || 1), 2),
  };
  const result: Record<string, unknown> = {
    corpus: directory,
    kind,
    pages: selected.length,
    failures,
    date: new Date().toISOString(),
    timing,
  };
  const lines: string[] = [`${kind} corpus ${directory}: ${selected.length} pages, ${failures} failed`, ''];
  const row = (label: string, ours: number | string, peer: number | string) =>
    lines.push(`${label.padEnd(34)}${String(ours).padStart(10)}${String(peer).padStart(14)}`);
  row('', 'Unspun', 'Readability');
  if (kind === 'readability') {
    const ours = shingleScores(shingles.ours);
    const peer = shingleScores(shingles.readability);
    const visible = shingleScores(shingles.visible);
    result.quality = { ours, readability: peer, visibleAfterCleanupRecall: visible.recall };
    const shares = (counts: Record<string, number>) =>
      Object.fromEntries(Object.entries(counts).map(([field, count]) => [field, count / metadata.pages]));
    result.metadata = { pages: metadata.pages, ours: shares(metadata.ours), readability: shares(metadata.readability) };
    row('shingle precision', fixed(ours.precision), fixed(peer.precision));
    row('shingle recall', fixed(ours.recall), fixed(peer.recall));
    row('shingle F1', fixed(ours.f1), fixed(peer.f1));
    row('title accuracy', fixed(metadata.ours.title / metadata.pages), fixed(metadata.readability.title / metadata.pages));
    row('byline accuracy', fixed(metadata.ours.byline / metadata.pages), fixed(metadata.readability.byline / metadata.pages));
    row('date accuracy', fixed(metadata.ours.published / metadata.pages), fixed(metadata.readability.published / metadata.pages));
    row(
      'site name (shown) accuracy',
      fixed(metadata.ours.siteName / metadata.pages),
      fixed(metadata.readability.siteName / metadata.pages),
    );
    row(
      'site name (declared) accuracy',
      fixed(metadata.ours.siteNameDeclared / metadata.pages),
      fixed(metadata.readability.siteNameDeclared / metadata.pages),
    );
    row('article recall still visible after cleanup', fixed(visible.recall), '-');
  } else {
    const ours = snippetScores(snippets.ours);
    const peer = snippetScores(snippets.readability);
    const visible = snippetScores(snippets.visible);
    result.quality = {
      ours,
      readability: peer,
      withVisibleAfterCleanup: visible.keptShare,
      withNotVisibleBeforeCleanup: notVisibleBefore,
      pagesWithHiddenArticleText: hiddenArticleText,
    };
    row('`with` snippets kept', fixed(ours.keptShare), fixed(peer.keptShare));
    row('`without` snippets removed', fixed(ours.removedShare), fixed(peer.removedShare));
    row('accuracy', fixed(ours.accuracy), fixed(peer.accuracy));
    row('F1', fixed(ours.f1), fixed(peer.f1));
    row('`with` still visible after cleanup', fixed(visible.keptShare), '-');
    const visibleTotal = snippets.visible.reduce((total, count) => total + count.withTotal, 0);
    lines.push(
      `  (of the ${visibleTotal} \`with\` snippets visible before it; ${notVisibleBefore} are not in the page's visible text at all)`,
    );
  }
  row('median ms / page', timing.ours.medianMs, timing.readability.medianMs);
  row('p95 ms / page', timing.ours.p95Ms, timing.readability.p95Ms);
  lines.push('', `median time ratio Unspun / Readability: ${timing.medianRatio}`);
  if (hiddenArticleText.length) {
    lines.push('', `pages where the in-page cleanup hid article text (${hiddenArticleText.length}):`);
    for (const entry of hiddenArticleText) {
      const by = entry.hiddenBy.map((block) => {
        const hidden = block as { kind: string; tag: string } | null;
        // Not inside one hidden block: the snippet runs across a hidden block's edge.
        return hidden ? `hidden as ${hidden.kind} by ${hidden.tag.slice(0, 50)}` : 'across a hidden block';
      });
      lines.push(`  ${entry.page}: ${entry.lost.map((snippet, index) => `“${snippet.slice(0, 50)}” (${by[index]})`).join(', ')}`);
    }
  }
  result.perPage = perPage;
  const out = options.out || join('bench-results', `extract-${basename(directory)}.json`);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
  lines.push('', `full result: ${out}`);
  console.log(lines.join('\n'));
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

function fixed(value: number): string {
  return value.toFixed(3);
}

await main();
