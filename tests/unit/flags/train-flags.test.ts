/**
 * The trainer of the wording model on a tiny committed corpus
 * (tests/fixtures/word-errors): what it writes is what the flag rule reads.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { humanRefTexts, parseArguments, train } from '../../../scripts/train-flags';
import { decodeNgramTable, type NgramTableData } from '@/lib/flags/model/ngrams';
import { FEATURE_COUNT, FEATURE_NAMES } from '@/lib/flags/model/features';
import { scoreWords, wordingModelFor, wordingThreshold, type WordingModel } from '@/lib/flags/model/wording';

const FIXTURE = join(__dirname, '../../fixtures/word-errors');
const out = mkdtempSync(join(tmpdir(), 'unspun-train-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('train:flags', () => {
  const options = parseArguments([
    FIXTURE,
    '--pairs',
    'ru-en',
    '--english',
    join(FIXTURE, 'english.txt'),
    '--out',
    out,
    '--rounds',
    '4',
    '--depth',
    '2',
    '--max-entries',
    '3000',
    '--rate',
    '100',
  ]);
  const written = train(options);
  const model = JSON.parse(readFileSync(written.model, 'utf8')) as WordingModel & {
    featureNames: string[];
    trainedOn: { humanRefs: { words: number } | null };
  };
  const table = JSON.parse(readFileSync(written.ngrams, 'utf8')) as NgramTableData;
  const bands = decodeNgramTable(table);

  it('writes boosted trees over the features the rule computes, with a threshold', () => {
    expect(model.featureNames).toEqual([...FEATURE_NAMES]);
    expect(model.leaves).toHaveLength(4);
    for (const features of model.features) for (const feature of features) expect(feature).toBeLessThan(FEATURE_COUNT);
    expect(model.threshold).toBeGreaterThan(0);
    expect(model.threshold).toBeLessThan(1);
  });

  it('learns from the training part of the human translations only, never from what the benchmark holds out', () => {
    const texts = humanRefTexts(join(FIXTURE, 'human-refs'));
    const lines = (file: string) =>
      readFileSync(join(FIXTURE, 'human-refs', file), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as { refs?: string[]; label?: string; doc?: string; target?: string });
    const et = lines('et-en.multiref.jsonl');
    const zh = lines('zh-en.wmt21-ted.jsonl');
    const learnt = new Set(texts.map((entry) => entry.text));
    et.forEach((row, index) => row.refs!.forEach((ref) => expect(learnt.has(ref.trim())).toBe(index % 2 === 0)));
    for (const row of zh) expect(learnt.has(row.target!.trim())).toBe(row.label !== 'mt' && row.doc === 'talk.2');
    expect(model.trainedOn.humanRefs?.words).toBeGreaterThan(50);
  });

  it('writes a threshold per source language it learnt from, used only when the language is known', () => {
    expect(Object.keys(model.languageThresholds ?? {})).toEqual(['ru']);
    expect(wordingModelFor('ru', { ...model, languageModels: {} }).threshold).toBe(model.languageThresholds!.ru);
    expect(wordingThreshold(null, model)).toBe(model.threshold);
    expect(wordingThreshold('zh', model)).toBe(model.threshold);
  });

  it('writes trees of its own for a pair asked for (Russian), which only text from that language reads', () => {
    const own = model.languageModels?.ru;
    expect(Object.keys(model.languageModels ?? {})).toEqual(['ru']);
    expect(own!.leaves).toHaveLength(4);
    expect(own!.threshold).toBeGreaterThan(0);
    expect(own!.threshold).toBeLessThan(1);
    expect(wordingModelFor('ru', model)).toEqual({ trees: own, threshold: own!.threshold });
    expect(wordingThreshold('ru', model)).toBe(own!.threshold);
    expect(wordingModelFor('et', model).trees).toBe(model);
    expect(wordingModelFor(null, model)).toEqual({ trees: model, threshold: model.threshold });
  });

  it('writes an n-gram table that knows the English it read, within the size asked for', () => {
    expect(bands.band('the')).toBeGreaterThan(3);
    expect(bands.band('of', 'the')).toBeGreaterThan(1);
    expect(bands.band('zxqv')).toBe(0);
    expect(bands.band('the', 'the', 'the')).toBe(0);
    const entries = table.bands.length;
    expect(entries).toBeGreaterThan(100);
    expect(entries).toBeLessThanOrEqual(3000);
  });

  it('gives every word of a text a probability the rule can threshold', () => {
    const text = 'The need to pay interest on loans was discussed. To be at the bottom, if you don’t have oars.';
    const scored = scoreWords(text, model, bands);
    expect(scored.map((word) => text.slice(word.start, word.end))).toEqual(
      'The need to pay interest on loans was discussed To be at the bottom if you don’t have oars'.split(' '),
    );
    for (const word of scored) {
      expect(word.probability).toBeGreaterThan(0);
      expect(word.probability).toBeLessThan(1);
    }
    expect(new Set(scored.map((word) => word.sentence))).toEqual(new Set([0, 1]));
  });
});
