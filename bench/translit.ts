/**
 * npx tsx bench/translit.ts [readability-pages dir] [--verbose]
 *
 * The transliteration model (lib/translit) measured two ways:
 * - precision and recall on the labelled lists of tests/unit/translit/cases.ts
 *   (positives claimed alone, the known misses counted in, negatives and
 *   words spelled the same in English);
 * - false alarms on the honest pages of ../shared/corpus/readability-pages:
 *   every name the finder claims in each expected.html's text, split by
 *   the page's language as franc sees it.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { franc } from 'franc';
import { analyseName, findTransliteratedNames } from '../lib/translit';
import { KNOWN_MISSES, NEGATIVES, POSITIVES, SAME_IN_ENGLISH } from '../tests/unit/translit/cases';

function lists(verbose: boolean): void {
  const alone = POSITIVES.filter((p) => !p.needsContext);
  const hits = alone.filter((p) => analyseName(p.word) !== null).length;
  // A known miss counts as found only with the right English form.
  const knownFound = KNOWN_MISSES.filter(([word, , english]) => analyseName(word)?.english === english).length;
  const rightEnglish = alone.filter((p) => {
    const result = analyseName(p.word);
    return result && [p.english, ...(p.also ?? [])].includes(result.english);
  }).length;
  const negatives = [...Object.values(NEGATIVES).flat(), ...SAME_IN_ENGLISH.map(([word]) => word)];
  const falseAlarms = negatives.filter((word) => analyseName(word) !== null);
  const positives = alone.length + KNOWN_MISSES.length;
  console.log(
    `Labelled lists: ${alone.length} positives claimable alone, ${POSITIVES.length - alone.length} needing context, ${KNOWN_MISSES.length} known misses, ${negatives.length} negatives`,
  );
  const found = hits + knownFound;
  console.log(`  recall ${(found / positives).toFixed(3)} (${found}/${positives}, the known misses counted in)`);
  console.log(
    `  precision ${(found / (found + falseAlarms.length)).toFixed(3)} (${falseAlarms.length} false alarms${falseAlarms.length ? `: ${falseAlarms.join(', ')}` : ''})`,
  );
  console.log(`  best English form right ${rightEnglish}/${hits} (the rest have it among the candidates)`);
  if (verbose) for (const p of alone) console.log(`  ${p.word} → ${analyseName(p.word)?.english ?? '—'}`);
}

function pages(directory: string): void {
  if (!existsSync(directory)) {
    console.log(`No corpus at ${directory}`);
    return;
  }
  let count = 0;
  let english = 0;
  let words = 0;
  const claims: string[] = [];
  let englishClaims = 0;
  for (const id of readdirSync(directory).sort()) {
    const file = join(directory, id, 'expected.html');
    if (!existsSync(file)) continue;
    const dom = new JSDOM(readFileSync(file, 'utf8'));
    const text = dom.window.document.body.textContent ?? '';
    dom.window.close();
    count++;
    const language = franc(text.slice(0, 5000));
    if (language === 'eng') english++;
    words += (text.match(/\p{Lu}\p{Ll}+/gu) ?? []).length;
    for (const match of findTransliteratedNames(text)) {
      if (language === 'eng') englishClaims++;
      const around = text.slice(Math.max(0, match.start - 40), match.end + 30).replace(/\s+/g, ' ');
      claims.push(`  ${id} [${language}] ${match.word} → ${match.english} (${match.orthography}, ${match.confidence}): …${around}…`);
    }
  }
  console.log(`Honest pages: ${count} (${english} English by franc), ${words} capitalised words`);
  console.log(`  names claimed: ${claims.length} (${englishClaims} on English pages)`);
  for (const line of claims) console.log(line);
}

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
lists(verbose);
pages(args.find((a) => !a.startsWith('--')) ?? '../shared/corpus/readability-pages');
