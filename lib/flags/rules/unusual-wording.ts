import type { Flag } from '../../report';
import type { FlagContext, FlagRule, RuleMeta } from '../rule';
import { makeFlag } from '../rule';
import gateData from '../../data/flags/wording-gate.json';
import { hasOwnTrees, scoreWords, wordingModelFor, type ScoredWord } from '../model/wording';
import { madeOfEnglishParts } from '../model/word-parts';
import { wording } from '../../wording';

/**
 * Hints only where they come in numbers: at least this many words per 1000 of
 * the text at or above the threshold. A human translation's rare words are
 * scattered; machine translation's slips cluster (on the tuning half of the
 * Estonian human translations the gate keeps 90 % of the flags on MT and 79 %
 * on the human translations; bench/flags-gate-halves.ts).
 */
export const WORDING_GATE: { minFlaggedPer1000: number } = gateData;

const RULE: RuleMeta = {
  id: 'unusual-wording/model',
  category: 'unusual-wording',
  description:
    'Words a model trained on post-edited machine translation finds unusual here: translators often changed wording like this. A hint, not a named error.',
  // The sources whose word-level data it learnt from and was measured on (bench:flags --mt-real). On Chinese→English
  // TED MQM spans it did worse than random flags (0.85x), so other sources get no hints until measured.
  languages: ['ru', 'ro', 'et'],
  unknownSource: true,
  confidence: 0.5,
  priority: 0,
  defaultEnabled: true,
  tier: 'model',
};

/**
 * The model tier: runs of neighbouring words the wording model
 * (lib/flags/model/wording.ts) scores at or above its threshold, one flag
 * per run, with the highest word's probability as the confidence. Only on
 * text taken for a translation (FlagContext.translated).
 */
export const unusualWording: FlagRule = {
  id: 'unusual-wording',
  rules: [RULE],
  run: (context) => wordingHints(context),
};

/** The rule's flags for `context`, with `gate` (the committed one unless given). */
export function wordingHints({ text, translated, sourceLanguage }: FlagContext, gate = WORDING_GATE): Flag[] {
  // Human English has rare words and odd turns too, as often as machine translation's (bench:flags --mt-real):
  // the hints are only worth showing on a text taken for a translation.
  if (translated === false) return [];
  const { trees, threshold } = wordingModelFor(sourceLanguage);
  const scored = scoreWords(text, trees);
  // A coined word made of English parts reads as a translator's choice, not a machine's slip (lib/flags/model/word-parts.ts).
  const flagged = scored.filter((word) => word.probability >= threshold && !madeOfEnglishParts(text.slice(word.start, word.end)));
  // Russian's own trees are not gated: out of fold on the train split no gate lifted them over random words of the
  // same sentences (lift 1.08–1.16; bench/flags-gate-russian.ts).
  if (!hasOwnTrees(sourceLanguage) && 1000 * flagged.length < gate.minFlaggedPer1000 * scored.length) return [];
  const runs: ScoredWord[][] = [];
  for (const word of flagged) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    // Words of one sentence with only spaces or a mark between them make one span.
    if (run && last && last.sentence === word.sentence && /^[\s,'’-]*$/.test(text.slice(last.end, word.start))) run.push(word);
    else runs.push([word]);
  }
  return runs.map((run) => {
    const confidence = Math.max(...run.map((word) => word.probability));
    return makeFlag(RULE, text, {
      start: run[0]!.start,
      end: run[run.length - 1]!.end,
      message: wording('flag_unusualWording'),
      confidence,
      entryId: 'wording-model',
    });
  });
}
