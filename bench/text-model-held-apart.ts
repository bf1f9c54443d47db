/**
 * One row of a held-apart evaluation table (scripts/train-detector.ts
 * evaluateHeldApart), as the training script and the text-model experiments
 * (bench/text-model-pos.ts, bench/text-model-mt-pe.ts) print it: each caller
 * names its columns, this module says how each figure is written.
 */
import type { Passage } from './mt-real';

export interface HeldApartResult {
  language: string;
  mtVsHuman: number | null;
  mtVsOriginal: number | null;
  humanVsOriginal: number | null;
  mtVsPostEdit: number | null;
  /** MT vs human translation over two-passage texts (~300 words, what the page rule reads). */
  mtVsHumanTwoPassages: number | null;
  /** Over articles of ARTICLE_PASSAGES (scripts/train-detector.ts) passages (~450 words): what a reader's page gives the scorer. */
  mtVsHumanArticle: number | null;
  mtVsOriginalArticle: number | null;
  /** MT vs each human reference of the held-out language (the TED `ref` is the talk's English transcript, `refB` a translation). */
  mtVsReference: Record<string, number>;
  /** The same over articles. */
  mtVsReferenceArticle: Record<string, number>;
  counts: Record<string, number>;
  /** Log-odds of the held-out passages from the model that did not see them. */
  outOfFold: Array<{ passage: Passage; logit: number }>;
}

const joinEntries = (values: Record<string, number>) =>
  Object.entries(values)
    .map(([key, value]) => `${key} ${value}`)
    .join(', ');

/** How each field of a result is written in a table cell ('–' where the held-out language has no such pair). */
const CELLS: { [Field in keyof Omit<HeldApartResult, 'outOfFold'>]: (result: HeldApartResult) => string | number } = {
  language: (result) => result.language,
  mtVsHuman: (result) => result.mtVsHuman ?? '–',
  mtVsOriginal: (result) => result.mtVsOriginal ?? '–',
  humanVsOriginal: (result) => result.humanVsOriginal ?? '–',
  mtVsPostEdit: (result) => result.mtVsPostEdit ?? '–',
  mtVsHumanTwoPassages: (result) => result.mtVsHumanTwoPassages ?? '–',
  mtVsHumanArticle: (result) => result.mtVsHumanArticle ?? '–',
  mtVsOriginalArticle: (result) => result.mtVsOriginalArticle ?? '–',
  mtVsReference: (result) => joinEntries(result.mtVsReference),
  mtVsReferenceArticle: (result) => joinEntries(result.mtVsReferenceArticle),
  counts: (result) =>
    Object.entries(result.counts)
      .filter(([, value]) => value)
      .map(([kind, value]) => `${kind} ${value}`)
      .join(', '),
};

export type HeldApartField = keyof typeof CELLS;

/** The row of `result` with the given columns, in order: [header, field]. */
export function heldApartRow(result: HeldApartResult, columns: Array<[string, HeldApartField]>): Record<string, string | number> {
  return Object.fromEntries(columns.map(([header, field]) => [header, CELLS[field](result)]));
}
