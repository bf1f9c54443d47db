/**
 * node --max-old-space-size=4096 --import tsx bench/hide-list-check.ts <corpus dir...> [--limit N] [--out file.json]
 *
 * Corpus dirs in bench:extract's formats (bench/corpus.ts): ../shared/corpus/readability-pages,
 * ../shared/corpus/boilerplate-snippets; --limit is per dir.
 *
 * What the in-page cleanup hides on each corpus page, as the analysis host
 * answers it (lib/boilerplate/hide-list.ts: address, fingerprint and kind of
 * each element, the default cleanup kinds, no site rule), written as JSON,
 * with each page's time in the cleanup. Run it on two builds (a `git archive`
 * of the older commit has this file too once it is committed, or copy it) and
 * compare the files: a change meant to make the cleanup faster must leave
 * every list as it was. Quicker than bench:extract, which also runs
 * Readability and scores the snippets.
 */
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { BoilerplateFinder } from '../lib/boilerplate/classify';
import { DEFAULT_CLEANUP_KINDS } from '../lib/boilerplate/cleanup';
import { hideListFor } from '../lib/boilerplate/hide-list';
import { parsePage } from '../cli/load';
import { loadCorpus } from './corpus';

const dirs: string[] = [];
let limit = Infinity;
let out = '';
const argv = process.argv.slice(2);
for (let index = 0; index < argv.length; index++) {
  if (argv[index] === '--limit') limit = Number(argv[++index]);
  else if (argv[index] === '--out') out = argv[++index] ?? '';
  else dirs.push(argv[index]!);
}
if (!dirs.length) {
  console.error('Usage: node --import tsx bench/hide-list-check.ts <corpus dir...> [--limit N] [--out file.json]');
  process.exit(2);
}

const lists: Record<string, Array<[number, string, string]>> = {};
const times: number[] = [];
let items = 0;
for (const dir of dirs) {
  for (const page of loadCorpus(dir).pages.slice(0, limit)) {
    const { dom } = parsePage(page.html, page.url);
    const doc = dom.window.document;
    const start = performance.now();
    const matches = new BoilerplateFinder(doc, { kinds: DEFAULT_CLEANUP_KINDS }).findAll();
    const list = hideListFor(doc, matches);
    times.push(performance.now() - start);
    lists[`${dir}/${page.id}`] = list.items.map((item) => [item.address.index, item.address.fingerprint, item.kind]);
    items += list.items.length;
    dom.window.close();
  }
}
times.sort((a, b) => a - b);
const total = times.reduce((sum, ms) => sum + ms, 0);
console.log(
  `${times.length} pages, ${items} elements hidden; cleanup ms: total ${total.toFixed(0)}, median ${times[Math.floor(times.length / 2)]?.toFixed(1)}, max ${times.at(-1)?.toFixed(1)}`,
);
if (out) writeFileSync(out, `${JSON.stringify(lists, null, 1)}\n`);
