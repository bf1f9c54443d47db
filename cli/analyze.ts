/**
 * unspun analyze: the extension's analysis over saved pages and plain text.
 *
 *   npm run analyze -- [--json] [--url URL] [--text] [--source-lang xx] [--budget] <file|dir|->...
 *
 * --json prints one JSON object per input per line (a public interface:
 * fields are added, never renamed or removed). A bad input gets a message on
 * stderr and a non-zero exit status; the other inputs are still analysed.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzePage, analyzeText } from '../lib/analyze';
import { EXTENSION_BUDGET, limitDocument } from '../lib/analysis-budget';
import { withReasonsFirst } from '../lib/partial-report';
import type { PageReport, TextReport } from '../lib/report';
import { languageName } from '../lib/language/profiles';
import { decodePage } from './decode';
import { looksLikeHtml, parsePage, withoutStyles, MAX_PAGE_BYTES } from './load';

const USAGE = `Usage: npm run analyze -- [options] <file|dir|->...

Analyses saved web pages (or plain text with --text) for machine translation,
boilerplate and odd phrasings, with the same library as the extension.

  <file>            an .html file (any encoding), or a text file with --text
  <dir>             every *.html file under the directory
  -                 standard input
  --json            one JSON object per input per line
  --url URL         the page's address (else its canonical/og:url, else the file URL)
  --text            treat inputs as plain text: detection and flags only
  --source-lang xx  the source language, if you know it (ISO 639-1, e.g. pl)
  --budget          read as much of a page, for as long, as the extension does
                    (lib/analysis-budget.ts); "partial" says what was left out
  -h, --help        this help
`;

interface Options {
  json: boolean;
  text: boolean;
  url: string | null;
  sourceLanguage: string | null;
  /** The extension's budget; without it every page is read whole, as the JSON always was. */
  budget: boolean;
  inputs: string[];
}

class UsageError extends Error {}

function parseArguments(argv: string[]): Options {
  const options: Options = { json: false, text: false, url: null, sourceLanguage: null, budget: false, inputs: [] };
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index]!;
    const value = () => {
      const next = argv[++index];
      if (next === undefined) throw new UsageError(`${argument} needs a value`);
      return next;
    };
    if (argument === '--json') options.json = true;
    else if (argument === '--text') options.text = true;
    else if (argument === '--budget') options.budget = true;
    else if (argument === '--url') options.url = value();
    else if (argument === '--source-lang') {
      const code = value().toLowerCase();
      if (!/^[a-z]{2}$/.test(code)) throw new UsageError(`--source-lang takes a two-letter ISO 639-1 code such as pl, not "${code}"`);
      options.sourceLanguage = code;
    } else if (argument === '-h' || argument === '--help') {
      process.stdout.write(USAGE);
      process.exit(0);
    } else if (argument.startsWith('--')) throw new UsageError(`unknown option ${argument}`);
    else options.inputs.push(argument);
  }
  if (options.url) {
    try {
      new URL(options.url);
    } catch {
      throw new UsageError(`--url "${options.url}" is not an absolute URL`);
    }
  }
  if (options.inputs.length === 0) throw new UsageError('no input given');
  return options;
}

/** Files to read, in a stable order; directories expand to their *.html files. */
function expandInputs(inputs: string[], text: boolean, fail: (input: string, message: string) => void): string[] {
  const files: string[] = [];
  const walk = (directory: string) => {
    for (const entry of readdirSync(directory, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (text ? /\.txt$/i.test(entry.name) : /\.x?html?$/i.test(entry.name)) files.push(path);
    }
  };
  for (const input of inputs) {
    if (input === '-') {
      files.push(input);
      continue;
    }
    try {
      if (statSync(input).isDirectory()) {
        const before = files.length;
        walk(input);
        if (files.length === before) fail(input, `no ${text ? '*.txt' : '*.html'} files in this directory`);
      } else files.push(input);
    } catch (error) {
      fail(input, describeFsError(error));
    }
  }
  return files;
}

/** jsdom parses and copies the tree recursively: thousands of nested elements exhaust the stack before our code runs. */
function describeAnalysisError(error: unknown): string {
  if (error instanceof RangeError && /call stack/i.test(error.message))
    return 'the page nests its elements thousands deep, more than the HTML parser used here (jsdom) can read; nothing was analysed. Browsers stop nesting at 512, so the extension reads such a page.';
  return error instanceof Error ? error.message : String(error);
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return error instanceof Error ? error.message : String(error);
}

function readInput(input: string): Uint8Array {
  return input === '-' ? readFileSync(0) : readFileSync(input);
}

function analyzeFile(input: string, options: Options): { input: string; url: string | null } & (PageReport | TextReport) {
  const bytes = readInput(input);
  if (bytes.length === 0) throw new Error('the input is empty');
  if (bytes.length > MAX_PAGE_BYTES)
    throw new Error(`the input is ${(bytes.length / 1048576).toFixed(0)} MB; the limit is ${MAX_PAGE_BYTES / 1048576} MB`);
  const { text } = decodePage(bytes);
  const rules = options.sourceLanguage ? { sourceLanguage: options.sourceLanguage } : null;
  if (options.text) {
    if (!text.trim()) throw new Error('the input has no text');
    return { input, url: options.url, ...analyzeText(text, { rules }) };
  }
  if (!looksLikeHtml(text)) throw new Error('this does not look like an HTML page (use --text for plain text)');
  const fileUrl = input === '-' ? 'file:///dev/stdin' : pathToFileURL(resolve(input)).href;
  const run = (html: string) => {
    const { dom } = parsePage(html, options.url ?? fileUrl);
    try {
      const budget = options.budget ? EXTENSION_BUDGET : undefined;
      const cut = limitDocument(dom.window.document, budget);
      const window = dom.window as unknown as Window & typeof globalThis;
      const report = analyzePage(dom.window.document, { url: options.url, rules, window, budget });
      const partial = withReasonsFirst(report.partial, cut);
      if (partial) report.partial = partial;
      return report;
    } finally {
      dom.window.close();
    }
  };
  let report: PageReport;
  try {
    report = run(text);
  } catch {
    // jsdom's CSS parser throws on some real pages; the article does not need styles.
    report = run(withoutStyles(text));
  }
  const { schema: _schema, url, ...rest } = report;
  return { input, url: url || null, ...rest };
}

function printReadable(result: ReturnType<typeof analyzeFile>): void {
  const lines: string[] = [result.input];
  if (result.url) lines.push(`  URL:      ${result.url}`);
  const { mt } = result;
  const source = mt.sourceLanguage ? `, probably from ${languageName(mt.sourceLanguage)}` : '';
  lines.push(`  Verdict:  ${mt.verdict} (score ${mt.score.toFixed(2)}${source})`);
  lines.push(`  Language: ${result.language ? languageName(result.language) : 'unknown'}`);
  for (const reason of mt.reasons) lines.push(`    - ${reason.detail} [${reason.signal} ${reason.weight.toFixed(2)}]`);
  if ('article' in result) {
    const { article, removed } = result;
    lines.push(`  Title:    ${article.title ?? '(none)'}`);
    if (article.byline) lines.push(`  Byline:   ${article.byline}`);
    if (article.published) lines.push(`  Date:     ${article.published}`);
    if (article.siteName) lines.push(`  Site:     ${article.siteName}`);
    const words = article.text.split(/\s+/).filter(Boolean).length;
    lines.push(`  Article:  ${words} words`);
    const kinds = new Map<string, number>();
    for (const block of removed) kinds.set(block.kind, (kinds.get(block.kind) ?? 0) + 1);
    lines.push(
      `  Removed:  ${removed.length} blocks${kinds.size ? ` (${[...kinds].map(([kind, count]) => `${kind} ×${count}`).join(', ')})` : ''}`,
    );
  }
  if ('partial' in result && result.partial) for (const reason of result.partial.reasons) lines.push(`  Partial:  ${reason}`);
  lines.push(`  Flags:    ${result.flags.length}`);
  for (const flag of result.flags) {
    lines.push(
      `    - [${flag.category}${flag.tier === 'model' ? `, model hint ${Math.round((flag.confidence ?? 0) * 100)}%` : ''}] “${flag.text}” at ${flag.start}: ${flag.message}${flag.suggestion ? ` → ${flag.suggestion}` : ''}${flag.related?.length ? ` (see also: ${flag.related.map((place) => `“${place.text}” at ${place.start}`).join(', ')})` : ''}`,
    );
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);
}

async function main(argv: string[]): Promise<number> {
  let options: Options;
  try {
    options = parseArguments(argv);
  } catch (error) {
    process.stderr.write(`unspun: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  let failures = 0;
  const fail = (input: string, message: string) => {
    failures++;
    process.stderr.write(`unspun: ${input}: ${message}\n`);
  };
  for (const input of expandInputs(options.inputs, options.text, fail)) {
    let result: ReturnType<typeof analyzeFile>;
    try {
      result = analyzeFile(input, options);
    } catch (error) {
      fail(input, (error as NodeJS.ErrnoException).code ? describeFsError(error) : describeAnalysisError(error));
      continue;
    }
    if (options.json) process.stdout.write(`${JSON.stringify(result)}\n`);
    else printReadable(result);
    // jsdom frees a closed window only once the event loop turns: without this,
    // a directory of a few hundred pages exhausts the heap.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return failures > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
