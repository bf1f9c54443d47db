/**
 * How usual English word sequences are: the count bands of
 * lib/data/english/ngrams.json (1-, 2- and 3-grams of openly licensed
 * English, written by scripts/train-flags.ts; see lib/data/flags/README.md).
 * One table for every reader of it: the wording model of the flags and the
 * text model of the detector.
 */
import ngramData from '../data/english/ngrams.json';
import { decodeNgramTable, type NgramTableData } from '../flags/model/ngrams';
import type { NgramBands } from '../flags/model/features';

let bands: NgramBands | null = null;

/** Decoded on first use: the table is only unpacked when a text is actually scored. */
export function englishBands(): NgramBands {
  bands ??= decodeNgramTable(ngramData as NgramTableData);
  return bands;
}
