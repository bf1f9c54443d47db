/**
 * Boosted decision trees of a fixed depth (all trees full), as the trainer
 * (scripts/train-flags.ts) writes them: node k has children 2k+1 and 2k+2,
 * a row goes left when its feature is below the threshold, and the leaves
 * add up to the log-odds that the word is wrong.
 */

export interface BoostedTrees {
  depth: number;
  /** Log-odds before any tree. */
  base: number;
  /** Per tree: 2^depth - 1 split features, in node order. */
  features: number[][];
  thresholds: number[][];
  /** Per tree: 2^depth leaf values. */
  leaves: number[][];
}

export function logOdds(model: BoostedTrees, row: readonly number[]): number {
  let sum = model.base;
  const inner = (1 << model.depth) - 1;
  for (let tree = 0; tree < model.leaves.length; tree++) {
    const features = model.features[tree]!;
    const thresholds = model.thresholds[tree]!;
    let node = 0;
    while (node < inner) node = row[features[node]!]! < thresholds[node]! ? 2 * node + 1 : 2 * node + 2;
    sum += model.leaves[tree]![node - inner]!;
  }
  return sum;
}

export function probability(model: BoostedTrees, row: readonly number[]): number {
  return 1 / (1 + Math.exp(-logOdds(model, row)));
}
