/**
 * The two corpora's metrics, as ../shared/corpus/README.md defines them.
 *
 * Shingles: as the ScrapingHub article-extraction benchmark computes them
 * (evaluate.py): \w+ tokens (lower-cased here, as the corpus README says),
 * 4-token shingles counted with multiplicity, per-page TP/FP/FN normalised so
 * long pages weigh no more, precision and recall averaged over pages, F1 from
 * the two averages.
 */

const TOKEN = /[\p{L}\p{M}\p{N}_]+/gu;

function shingles(text: string, n = 4): Map<string, number> {
  const tokens = text.toLowerCase().match(TOKEN) ?? [];
  const counts = new Map<string, number>();
  for (let index = 0; index < Math.max(1, tokens.length - n + 1); index++) {
    const shingle = tokens.slice(index, index + n);
    if (shingle.length === 0) continue;
    const key = shingle.join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export interface ShingleCounts {
  tp: number;
  fp: number;
  fn: number;
}

export function shingleMatch(truth: string, prediction: string): ShingleCounts {
  const expected = shingles(truth);
  const found = shingles(prediction);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...expected.keys(), ...found.keys()])) {
    const want = expected.get(key) ?? 0;
    const got = found.get(key) ?? 0;
    tp += Math.min(want, got);
    fp += Math.max(0, got - want);
    fn += Math.max(0, want - got);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

function precisionOf({ tp, fp, fn }: ShingleCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

function recallOf({ tp, fp, fn }: ShingleCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

const mean = (values: number[]) => (values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : 0);

export function shingleScores(pages: ShingleCounts[]): { precision: number; recall: number; f1: number } {
  const precision = mean(pages.filter((page) => page.tp + page.fp > 0).map(precisionOf));
  const recall = mean(pages.filter((page) => page.tp + page.fn > 0).map(recallOf));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export interface SnippetCounts {
  /** `with` snippets found. */
  kept: number;
  withTotal: number;
  /** `without` snippets absent. */
  removed: number;
  withoutTotal: number;
}

/** Which of a page's snippets an extraction contains, after whitespace normalisation. */
export function snippetMatch(
  text: string,
  withSnippets: string[],
  withoutSnippets: string[],
): SnippetCounts & { lost: string[]; leaked: string[] } {
  const haystack = normalizeSpace(text);
  const lost = withSnippets.filter((snippet) => !haystack.includes(normalizeSpace(snippet)));
  const leaked = withoutSnippets.filter((snippet) => haystack.includes(normalizeSpace(snippet)));
  return {
    kept: withSnippets.length - lost.length,
    withTotal: withSnippets.length,
    removed: withoutSnippets.length - leaked.length,
    withoutTotal: withoutSnippets.length,
    lost,
    leaked,
  };
}

/** Accuracy and F1 over both kinds of snippets: a kept `with` is a true positive, a leaked `without` a false positive. */
export function snippetScores(counts: SnippetCounts[]) {
  const sum = (pick: (count: SnippetCounts) => number) => counts.reduce((total, count) => total + pick(count), 0);
  const tp = sum((count) => count.kept);
  const fn = sum((count) => count.withTotal - count.kept);
  const tn = sum((count) => count.removed);
  const fp = sum((count) => count.withoutTotal - count.removed);
  const precision = tp / (tp + fp || 1);
  const recall = tp / (tp + fn || 1);
  return {
    keptShare: recall,
    removedShare: tn / (tn + fp || 1),
    accuracy: (tp + tn) / (tp + tn + fp + fn || 1),
    precision,
    f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0,
  };
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** ROC-AUC: the chance that a random positive scores above a random negative (ties count half). */
export function rocAuc(positives: readonly number[], negatives: readonly number[]): number {
  if (positives.length === 0 || negatives.length === 0) return NaN;
  const all = [...positives.map((score) => ({ score, positive: true })), ...negatives.map((score) => ({ score, positive: false }))].sort(
    (a, b) => a.score - b.score,
  );
  let rankSum = 0;
  for (let index = 0; index < all.length;) {
    let end = index;
    while (end + 1 < all.length && all[end + 1]!.score === all[index]!.score) end++;
    const averageRank = (index + end) / 2 + 1;
    for (let k = index; k <= end; k++) if (all[k]!.positive) rankSum += averageRank;
    index = end + 1;
  }
  return (rankSum - (positives.length * (positives.length + 1)) / 2) / (positives.length * negatives.length);
}
