/**
 * npx tsx bench/flags-names.ts [../shared/corpus/mt-real] [--split train|dev] [--list N] [--kinds-only]
 *
 * The model tier's flagged words by kind (number, capitalised word opening a
 * sentence, capitalised word inside one, all capitals, letters beyond a–z,
 * lower-case word repeated in the text, other lower-case word), on the
 * word-errors MT of ro, et, ru (with P(BAD) per kind) and on the et-en
 * multiref human translations and their MT; then what each candidate
 * suppression (target side only) does to the rate and P(BAD). `--split train`
 * (the default) reads the train split and the tuning half (even rows), where a
 * candidate is chosen; `--split dev` the dev split and the held-out odd rows,
 * read once per candidate. Scores by the committed model, 20 sentences to a
 * text, the committed thresholds, parts rule and whole-text gate as the rule
 * applies them (a suppressed word no longer counts towards the gate).
 *
 * The human translations are joined one translation per text (refs[0] of 20
 * rows, then refs[1] of the same rows), not both translations of a sentence
 * side by side as `bench:flags` joins them: there, every name appears twice
 * in a text because the sentence does, which would flatter any rule about
 * repetition.
 */
import { join, resolve } from 'node:path';
import { readJsonl } from '../scripts/jsonl';
import { humanRefTraining } from '../scripts/train-flags';
import { detokenize } from '../lib/text/detokenize';
import { hasOwnTrees, scoreWords, wordingModelFor } from '../lib/flags/model/wording';
import { madeOfEnglishParts } from '../lib/flags/model/word-parts';
import { WORDING_GATE } from '../lib/flags/rules/unusual-wording';
import { sentences, tokenKey } from '../lib/flags/model/tokens';
import { benchArguments } from './arguments';

const args = benchArguments(['split', 'list']);
const split = args.value('split', 'train');
const dir = resolve(args.files[0] ?? '../shared/corpus/mt-real');
const LIST = Number(args.value('list', '25'));
const CHUNK = 20;

interface Word {
  surface: string;
  key: string;
  probability: number;
  /** First word of its sentence. */
  first: boolean;
  bad?: boolean;
  /** A capitalised word inside its sentence, not an acronym (the features capitalMid and not allCaps). */
  name: boolean;
  /** Other words of the same text with the same key (length > 3). */
  repeats: number;
  /** The key is written with a capital inside a sentence somewhere in the text (a name of the text's own). */
  textName: boolean;
}

function textWords(text: string, language: string, badAt?: (start: number, end: number) => boolean): Word[] {
  const { trees } = wordingModelFor(language);
  const scored = scoreWords(text, trees);
  const firsts = new Set(sentences(text).map((sentence) => sentence.tokens.find((token) => token.word)?.start));
  const words = scored.map((word) => {
    const surface = text.slice(word.start, word.end);
    return {
      surface,
      key: tokenKey(surface),
      probability: word.probability,
      name: !firsts.has(word.start) && /^\p{Lu}/u.test(surface) && !ACRONYM(surface),
      first: firsts.has(word.start),
      bad: badAt?.(word.start, word.end),
      repeats: 0,
      textName: false,
    };
  });
  const counts = new Map<string, number>();
  const names = new Set<string>();
  for (const word of words) {
    counts.set(word.key, (counts.get(word.key) ?? 0) + 1);
    if (!word.first && /^\p{Lu}/u.test(word.surface)) names.add(word.key);
  }
  for (const word of words) {
    word.repeats = word.key.length > 3 ? counts.get(word.key)! - 1 : 0;
    word.textName = names.has(word.key);
  }
  return words;
}

/** The feature allCaps of lib/flags/model/features.ts. */
const ACRONYM = (surface: string) => surface.length > 1 && /^[\p{Lu}\p{N}.'-]+$/u.test(surface) && /\p{Lu}.*\p{Lu}/u.test(surface);

function kind(word: Word): string {
  const { surface } = word;
  if (/\p{N}/u.test(surface)) return 'number';
  if (ACRONYM(surface)) return 'all caps';
  const foreign = /[^\p{ASCII}]/u.test(surface.replace(/’/g, "'")) ? ', beyond a-z' : '';
  if (/^\p{Lu}/u.test(surface)) {
    if (!word.first) return `capital inside${foreign}`;
    return `capital first${word.textName ? ' (a text name)' : ''}${foreign}`;
  }
  return `lower-case${word.repeats ? ', repeated' : ''}${foreign}`;
}

/**
 * Candidate suppressions: a flagged word they return true for is not flagged, at the committed thresholds. `names`
 * is session 10's candidate without its thresholds chosen again (bench/flags-names-oof.ts for those).
 */
const CANDIDATES: Record<string, (word: Word) => boolean> = {
  none: () => false,
  'names (capital inside, not all caps)': (word) => word.name,
  'capital inside': (word) => !word.first && /^\p{Lu}/u.test(word.surface),
  'text name (capital inside, or its key so written elsewhere)': (word) => /^\p{Lu}/u.test(word.surface) && word.textName,
  'any capital': (word) => /^\p{Lu}/u.test(word.surface),
  'repeated in the text': (word) => word.repeats > 0,
  'capital and repeated': (word) => /^\p{Lu}/u.test(word.surface) && word.repeats > 0,
};

function flaggedWords(texts: Word[][], language: string, suppress: (word: Word) => boolean): { words: number; flagged: Word[] } {
  const { threshold } = wordingModelFor(language);
  let words = 0;
  const flagged: Word[] = [];
  for (const text of texts) {
    words += text.length;
    const above = text.filter((word) => word.probability >= threshold && !madeOfEnglishParts(word.surface) && !suppress(word));
    if (!hasOwnTrees(language) && 1000 * above.length < WORDING_GATE.minFlaggedPer1000 * text.length) continue;
    flagged.push(...above);
  }
  return { words, flagged };
}

const fixed = (value: number, digits: number, width: number) => value.toFixed(digits).padStart(width);

function report(label: string, texts: Word[][], language: string) {
  console.log(`\n## ${label}`);
  const { words, flagged } = flaggedWords(texts, language, CANDIDATES.none!);
  const tagged = flagged.some((word) => word.bad !== undefined);
  const byKind = new Map<string, Word[]>();
  for (const word of flagged) byKind.set(kind(word), [...(byKind.get(kind(word)) ?? []), word]);
  for (const [name, group] of [...byKind].sort((a, b) => b[1].length - a[1].length)) {
    const bad = group.filter((word) => word.bad).length;
    console.log(
      `  ${name.padEnd(36)} ${String(group.length).padStart(5)} ${fixed((1000 * group.length) / words, 2, 6)}/1000` +
        `${tagged ? `  P(BAD) ${fixed(bad / group.length, 3, 5)}` : ''}  ${group
          .slice(0, LIST)
          .map((word) => word.surface + (word.bad ? '*' : ''))
          .join(' ')}`,
    );
  }
  if (args.has('kinds-only')) return;
  for (const [name, suppress] of Object.entries(CANDIDATES)) {
    const kept = flaggedWords(texts, language, suppress).flagged;
    const bad = kept.filter((word) => word.bad).length;
    console.log(
      `  candidate ${name.padEnd(58)} ${String(kept.length).padStart(5)} flagged ${fixed((1000 * kept.length) / words, 2, 6)}/1000` +
        `${tagged ? `  P(BAD) ${fixed(bad / Math.max(1, kept.length), 3, 5)}` : ''}`,
    );
  }
}

function chunkTexts<T>(items: T[], textOf: (item: T) => string): string[][] {
  const texts: string[][] = [];
  for (let index = 0; index < items.length; index += CHUNK) texts.push(items.slice(index, index + CHUNK).map(textOf));
  return texts;
}

console.log(
  `${split === 'dev' ? 'dev split, held-out odd rows' : 'train split, tuning half (even rows)'}; flagged words after the gate (* BAD)`,
);
for (const pair of ['ro-en', 'et-en', 'ru-en']) {
  const language = pair.slice(0, 2);
  const records = readJsonl<{ mt_tokens: string[]; mt_word_tags: string[] }>(join(dir, 'word-errors', `${pair}.${split}.jsonl`));
  const texts: Word[][] = [];
  for (let index = 0; index < records.length; index += CHUNK) {
    let text = '';
    const bad: Array<[number, number]> = [];
    for (const record of records.slice(index, index + CHUNK)) {
      if (text) text += '\n';
      const offset = text.length;
      const { text: sentence, spans } = detokenize(record.mt_tokens);
      spans.forEach(([start, end], token) => record.mt_word_tags[token] === 'BAD' && bad.push([offset + start, offset + end]));
      text += sentence;
    }
    texts.push(textWords(text, language, (start, end) => bad.some(([from, to]) => from < end && to > start)));
  }
  report(`${pair} ${split} MT`, texts, language);
}
const rows = readJsonl<{ mt: string; refs: string[] }>(join(dir, 'human-refs/et-en.multiref.jsonl')).filter(
  (_, index) => humanRefTraining('et-en', { index }) === (split !== 'dev'),
);
const half = split === 'dev' ? 'odd rows' : 'even rows';
const score = (lines: string[]) => textWords(lines.join('\n'), 'et');
report(`et-en multiref MT, ${half}`, chunkTexts(rows, (row) => row.mt).map(score), 'et');
report(
  `et-en human translations, ${half}, one translation per text`,
  [0, 1].flatMap((ref) => chunkTexts(rows, (row) => row.refs[ref]!.trim()).map(score)),
  'et',
);
