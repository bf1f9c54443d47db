import { describe, expect, it } from 'vitest';
import { normalizeSpace, percentile, rocAuc, shingleMatch, shingleScores, snippetMatch, snippetScores } from '@/bench/metrics';

/** `count` distinct words: "w0 w1 w2 ...", with the given prefix so two texts share none. */
function words(prefix: string, count: number): string {
  return Array.from({ length: count }, (_, index) => `${prefix}${index}`).join(' ');
}

describe('shingleMatch and shingleScores', () => {
  const TRUTH = 'The council voted late on Tuesday to close the old bridge for repairs.';

  it('scores an extraction identical to the truth 1 on every measure', () => {
    const page = shingleMatch(TRUTH, TRUTH);
    expect(page).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(shingleScores([page])).toEqual({ precision: 1, recall: 1, f1: 1 });
  });

  it('scores an extraction sharing no shingle with the truth 0', () => {
    const page = shingleMatch(TRUTH, 'Subscribe to our newsletter and follow us on every social network today.');
    expect(page.tp).toBe(0);
    expect(shingleScores([page])).toEqual({ precision: 0, recall: 0, f1: 0 });
  });

  it('scores an empty extraction 0, not a perfect precision', () => {
    const page = shingleMatch(TRUTH, '');
    expect(page).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(shingleScores([page]).f1).toBe(0);
  });

  it('halves the precision of an extraction holding the truth and as much boilerplate again, keeping recall 1', () => {
    // 100 + 100 tokens: 97 shingles of the truth, 97 of the extra text, 3 across the seam.
    const truth = words('a', 100);
    const page = shingleMatch(truth, `${truth} ${words('b', 100)}`);
    expect(page.tp).toBeCloseTo(97 / 197, 10);
    expect(page.fp).toBeCloseTo(100 / 197, 10);
    expect(page.fn).toBe(0);
    const scores = shingleScores([page]);
    expect(scores.recall).toBe(1);
    expect(scores.precision).toBeCloseTo(97 / 197, 10);
    expect(scores.precision).toBeGreaterThan(0.45);
    expect(scores.precision).toBeLessThan(0.5);
    expect(scores.f1).toBeCloseTo((2 * (97 / 197)) / (97 / 197 + 1), 10);
  });

  it('halves the recall of an extraction that lost half the article, keeping precision 1', () => {
    const first = words('a', 100);
    const page = shingleMatch(`${first} ${words('b', 100)}`, first);
    const scores = shingleScores([page]);
    expect(scores.precision).toBe(1);
    expect(scores.recall).toBeCloseTo(97 / 197, 10);
  });

  it('ignores case, punctuation and spacing', () => {
    const page = shingleMatch(TRUTH, '  the COUNCIL voted — late on Tuesday, to close "the old bridge" for repairs!!  ');
    expect(shingleScores([page]).f1).toBe(1);
  });

  it('keeps accented letters inside words', () => {
    // An ASCII \w+ would split "zürich" and "wählt" the same way in both texts and call them identical.
    expect(shingleScores([shingleMatch('die Stadt Zürich wählt', 'die Stadt Z rich w hlt')]).f1).toBe(0);
    expect(shingleScores([shingleMatch('die Stadt Zürich wählt', 'DIE STADT ZÜRICH WÄHLT')]).f1).toBe(1);
  });

  it('counts repeated shingles with their multiplicity', () => {
    // Truth: 8 tokens, 5 shingles, "one two three four" twice; the extraction has it once.
    const page = shingleMatch('one two three four one two three four', 'one two three four');
    expect(page.tp).toBeCloseTo(1 / 5, 10);
    expect(page.fn).toBeCloseTo(4 / 5, 10);
    expect(page.fp).toBe(0);
    // A set-based match would find 1 of 4 distinct shingles: recall 0.25, not 0.2.
    expect(shingleScores([page]).recall).toBeCloseTo(0.2, 10);
  });

  it('counts an extraction that repeats the article as extra text', () => {
    const page = shingleMatch('one two three four', 'one two three four one two three four');
    expect(shingleScores([page]).precision).toBeCloseTo(0.2, 10);
    expect(shingleScores([page]).recall).toBe(1);
  });

  it('scores a text shorter than a shingle as one shingle', () => {
    expect(shingleScores([shingleMatch('Breaking news', 'breaking NEWS.')]).f1).toBe(1);
    expect(shingleScores([shingleMatch('Breaking news', 'Breaking')]).f1).toBe(0);
  });

  it('normalises each page, so a long page weighs no more than a short one', () => {
    const longTruth = words('l', 1000);
    const longPerfect = shingleMatch(longTruth, longTruth);
    // Short page: the 4-token truth (1 shingle) plus 4 tokens of boilerplate (5 shingles in all): precision 1/5.
    const shortNoisy = shingleMatch('one two three four', 'one two three four five six seven eight');
    for (const page of [longPerfect, shortNoisy]) expect(page.tp + page.fp + page.fn).toBeCloseTo(1, 10);
    const scores = shingleScores([longPerfect, shortNoisy]);
    // Mean of 1 and 0.2; pooled counts would give (997 + 1) / (997 + 5) ≈ 0.996.
    expect(scores.precision).toBeCloseTo(0.6, 10);
    expect(scores.recall).toBe(1);
    expect(scores.f1).toBeCloseTo((2 * 0.6) / 1.6, 10);
    // Order does not matter either.
    expect(shingleScores([shortNoisy, longPerfect])).toEqual(scores);
  });
});

describe('snippetMatch', () => {
  const TEXT = 'The council voted late on Tuesday\n\nto close the old   bridge for repairs.\n\nResidents were angry.';

  it('finds snippets whatever their line breaks and runs of spaces', () => {
    const result = snippetMatch(TEXT, ['Tuesday to close the old bridge', '  Residents\n were   angry. '], []);
    expect(result).toMatchObject({ kept: 2, withTotal: 2, lost: [] });
  });

  it('lists the lost `with` snippets and the leaked `without` snippets', () => {
    const result = snippetMatch(TEXT, ['old bridge for repairs', 'the mayor resigned'], ['Residents were angry.', 'Subscribe now']);
    expect(result).toEqual({
      kept: 1,
      withTotal: 2,
      removed: 1,
      withoutTotal: 2,
      lost: ['the mayor resigned'],
      leaked: ['Residents were angry.'],
    });
  });

  it('normalises nothing but whitespace: case and punctuation must match', () => {
    const result = snippetMatch(TEXT, ['the Council voted', 'The council voted,'], []);
    expect(result.kept).toBe(0);
  });

  it('collapses any whitespace in normalizeSpace', () => {
    expect(normalizeSpace('  a\tb\n\n c\u00a0 d  ')).toBe('a b c d');
  });
});

describe('snippetScores', () => {
  it('computes the shares, accuracy and F1 over all pages together', () => {
    // Page 1: 3 of 4 `with` kept, 1 of 2 `without` removed. Page 2: 1 of 1 kept, 2 of 3 removed.
    // tp = 4, fn = 1, tn = 3, fp = 2.
    const scores = snippetScores([
      { kept: 3, withTotal: 4, removed: 1, withoutTotal: 2 },
      { kept: 1, withTotal: 1, removed: 2, withoutTotal: 3 },
    ]);
    expect(scores.keptShare).toBeCloseTo(4 / 5, 10);
    expect(scores.removedShare).toBeCloseTo(3 / 5, 10);
    expect(scores.accuracy).toBeCloseTo(7 / 10, 10);
    expect(scores.precision).toBeCloseTo(4 / 6, 10);
    const precision = 4 / 6;
    const recall = 4 / 5;
    expect(scores.f1).toBeCloseTo((2 * precision * recall) / (precision + recall), 10);
  });

  it('scores a perfect extraction 1 and one that keeps nothing and removes nothing 0', () => {
    expect(snippetScores([{ kept: 2, withTotal: 2, removed: 3, withoutTotal: 3 }])).toEqual({
      keptShare: 1,
      removedShare: 1,
      accuracy: 1,
      precision: 1,
      f1: 1,
    });
    expect(snippetScores([{ kept: 0, withTotal: 2, removed: 0, withoutTotal: 3 }])).toEqual({
      keptShare: 0,
      removedShare: 0,
      accuracy: 0,
      precision: 0,
      f1: 0,
    });
  });

  it('returns numbers, not NaN, for pages without snippets', () => {
    const scores = snippetScores([{ kept: 0, withTotal: 0, removed: 0, withoutTotal: 0 }]);
    for (const value of Object.values(scores)) expect(Number.isNaN(value)).toBe(false);
    expect(snippetScores([])).toMatchObject({ keptShare: 0, accuracy: 0 });
  });

  it('agrees with snippetMatch on a real page', () => {
    const match = snippetMatch('Story text. Read more: other story', ['Story text.'], ['Read more:', 'Cookies']);
    const scores = snippetScores([match]);
    expect(scores.keptShare).toBe(1);
    expect(scores.removedShare).toBe(0.5);
    expect(scores.accuracy).toBeCloseTo(2 / 3, 10);
  });
});

describe('percentile', () => {
  const VALUES = [40, 15, 50, 35, 20];

  it('takes the nearest rank of the sorted values', () => {
    expect(percentile(VALUES, 30)).toBe(20);
    expect(percentile(VALUES, 40)).toBe(20);
    expect(percentile(VALUES, 50)).toBe(35);
    expect(percentile(VALUES, 95)).toBe(50);
    expect(percentile(VALUES, 100)).toBe(50);
  });

  it('gives the median of an even count as the lower middle value', () => {
    expect(percentile([4, 1, 3, 2], 50)).toBe(2);
  });

  it('does not reorder the caller’s array', () => {
    const values = [...VALUES];
    percentile(values, 50);
    expect(values).toEqual(VALUES);
  });

  it('returns 0 for no values', () => {
    expect(percentile([], 50)).toBe(0);
  });

  it('gives the minimum as the 0th percentile', () => {
    expect(percentile(VALUES, 0)).toBe(15);
  });
});

describe('rocAuc', () => {
  it('is 1 when every positive outscores every negative, 0.5 for ties, 0 when reversed', () => {
    expect(rocAuc([0.9, 0.8], [0.1, 0.2, 0.3])).toBe(1);
    expect(rocAuc([0.5, 0.5], [0.5])).toBe(0.5);
    expect(rocAuc([0.1], [0.9, 0.8])).toBe(0);
  });

  it('counts the share of positive-negative pairs ranked right', () => {
    // Pairs: (0.6 > 0.4) (0.6 < 0.7) (0.8 > 0.4) (0.8 > 0.7): 3 of 4.
    expect(rocAuc([0.6, 0.8], [0.4, 0.7])).toBe(0.75);
  });
});
