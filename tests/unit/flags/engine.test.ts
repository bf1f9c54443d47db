import { describe, expect, it } from 'vitest';
import { findFlags, FLAG_RULE_METADATA } from '@/lib/flags/engine';
import { makeFlag, type FlagRule, type RuleMeta } from '@/lib/flags/rule';
import { FLAG_CATEGORIES } from '@/lib/report';
import { expectExactOffsets } from './expect-flags';

const MT_TEXT =
  'Protests broke out. President Kasym-Żomart Tokayev asked for help.\n\n' +
  '– Szojgu has done his job, said Putin during a meeting.\n\n' +
  'Putin thanked the Ministry of National Defense of Russia. Czytaj także: Tokayev thanks Putin';

function meta(id: string, overrides: Partial<RuleMeta> = {}): RuleMeta {
  return {
    id,
    category: 'garbled',
    description: `test rule ${id}`,
    languages: 'any',
    unknownSource: true,
    confidence: 0.5,
    priority: 50,
    defaultEnabled: true,
    ...overrides,
  };
}

/** A module flagging `phrase` wherever it occurs, with the given confidence. */
function phraseRule(rule: RuleMeta, phrase: string, confidence = rule.confidence): FlagRule {
  return {
    id: rule.id.replace('/', '-'),
    rules: [rule],
    run({ text }) {
      const flags = [];
      for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
        flags.push(makeFlag(rule, text, { start: at, end: at + phrase.length, message: 'm', replacements: ['r'], confidence }));
      }
      return flags;
    },
  };
}

describe('findFlags', () => {
  it('flags each kind of phrasing, sorted by position, with exact offsets and suggestions', () => {
    const flags = findFlags({ text: MT_TEXT, sourceLanguage: 'pl' });
    expect(flags.map((flag) => flag.category)).toEqual(['transliteration', 'transliteration', 'wrong-institution-name', 'untranslated']);
    expect(flags.map((flag) => flag.start)).toEqual([...flags.map((flag) => flag.start)].sort((a, b) => a - b));
    for (const flag of flags) expect(flag.suggestion).toBeTruthy();
    expectExactOffsets(MT_TEXT, flags);
  });

  it('gives every flag the additive fields, consistent with the old ones', () => {
    const flags = findFlags({ text: MT_TEXT, sourceLanguage: 'pl' });
    expect(flags.length).toBeGreaterThan(0);
    for (const flag of flags) {
      expect(flag.offset).toBe(flag.start);
      expect(flag.length).toBe(flag.end - flag.start);
      expect(flag.replacements?.[0]).toBe(flag.suggestion);
      expect(flag.confidence).toBeGreaterThan(0);
      expect(flag.confidence).toBeLessThanOrEqual(1);
      expect(flag.ruleDescription).toBe(FLAG_RULE_METADATA.find((rule) => rule.id === flag.ruleId)?.description);
      expect(flag.entryId).toBeTruthy();
    }
    // The public JSON keeps its old fields.
    expect(Object.keys(flags[0]!)).toEqual(expect.arrayContaining(['start', 'end', 'text', 'ruleId', 'category', 'message', 'suggestion']));
  });

  it('keeps the more confident flag where two overlap', () => {
    // The dash quote starts with "Szojgu": the name (confidence 0.96) wins over the quote (0.7).
    const flags = findFlags({ text: MT_TEXT, sourceLanguage: 'pl' });
    expect(flags.some((flag) => flag.category === 'punctuation')).toBe(false);
    for (let i = 1; i < flags.length; i++) expect(flags[i]!.start).toBeGreaterThanOrEqual(flags[i - 1]!.end);
  });

  it('resolves overlaps by confidence, then priority, then length, whatever the rule order', () => {
    const text = 'one two three';
    const low = phraseRule(meta('test/low', { priority: 90 }), 'one two', 0.4);
    const high = phraseRule(meta('test/high', { priority: 10 }), 'two three', 0.8);
    expect(findFlags({ text, sourceLanguage: null }, { rules: [low, high] }).map((flag) => flag.ruleId)).toEqual(['test/high']);
    expect(findFlags({ text, sourceLanguage: null }, { rules: [high, low] }).map((flag) => flag.ruleId)).toEqual(['test/high']);
    const first = phraseRule(meta('test/first', { priority: 10 }), 'one two', 0.6);
    const second = phraseRule(meta('test/second', { priority: 20 }), 'two three', 0.6);
    expect(findFlags({ text, sourceLanguage: null }, { rules: [first, second] }).map((flag) => flag.ruleId)).toEqual(['test/second']);
    const short = phraseRule(meta('test/short'), 'two', 0.6);
    const long = phraseRule(meta('test/long'), 'one two three', 0.6);
    expect(findFlags({ text, sourceLanguage: null }, { rules: [short, long] }).map((flag) => flag.text)).toEqual(['one two three']);
    // Flags that do not overlap all stay.
    const a = phraseRule(meta('test/a'), 'one');
    const b = phraseRule(meta('test/b'), 'three');
    expect(findFlags({ text, sourceLanguage: null }, { rules: [b, a] }).map((flag) => flag.text)).toEqual(['one', 'three']);
  });

  it('resolves many overlapping flags as comparing each with every other would', () => {
    const text = 'x'.repeat(400);
    const rule = meta('test/spans');
    let seed = 7;
    const random = (below: number) => (seed = (seed * 48271) % 2147483647) % below;
    const spans = Array.from({ length: 300 }, () => {
      const start = random(390);
      return { start, end: start + 1 + random(10), confidence: random(5) / 4 };
    });
    const module: FlagRule = {
      id: 'test-spans',
      rules: [rule],
      run: () => spans.map((span) => makeFlag(rule, text, { ...span, message: 'm' })),
    };
    const byRank = [...spans].sort((a, b) => b.confidence - a.confidence || b.end - b.start - (a.end - a.start) || a.start - b.start);
    const expected: typeof spans = [];
    for (const span of byRank) if (!expected.some((other) => span.start < other.end && other.start < span.end)) expected.push(span);
    const flags = findFlags({ text, sourceLanguage: null }, { rules: [module] });
    expect(flags.map((flag) => [flag.start, flag.end])).toEqual(
      expected.sort((a, b) => a.start - b.start || a.end - b.end).map((span) => [span.start, span.end]),
    );
  });

  it('filters categories before resolving overlaps', () => {
    const flags = findFlags({ text: MT_TEXT, sourceLanguage: 'pl' }, { categories: ['punctuation'] });
    expect(flags).toHaveLength(1);
    expect(flags[0]!.text).toBe('– Szojgu has done his job,');
    expectExactOffsets(MT_TEXT, flags);
  });

  it('returns nothing for an empty category list', () => {
    expect(findFlags({ text: MT_TEXT, sourceLanguage: 'pl' }, { categories: [] })).toEqual([]);
  });

  it('skips disabled rules, by rule id or module id', () => {
    const ids = (options: Parameters<typeof findFlags>[1]) =>
      findFlags({ text: MT_TEXT, sourceLanguage: 'pl' }, options).map((flag) => flag.ruleId);
    expect(ids({ disabledRules: ['transliteration/pl'] })).not.toContain('transliteration/pl');
    expect(ids({ disabledRules: ['transliteration/pl'] })).toContain('punctuation/dialogue-dash');
    // Without the list of leftovers, "także" is still caught as a Polish word.
    expect(ids({ disabledRules: ['transliteration', 'untranslated'] })).toEqual([
      'punctuation/dialogue-dash',
      'wrong-institution-name/pl',
      'untranslated-words/pl',
    ]);
    expect(ids({ disabledRules: ['transliteration', 'untranslated', 'untranslated-words/pl'] })).toEqual([
      'punctuation/dialogue-dash',
      'wrong-institution-name/pl',
    ]);
  });

  it('runs rules that are off by default only when asked', () => {
    const off = phraseRule(meta('test/off', { defaultEnabled: false }), 'two');
    expect(findFlags({ text: 'one two', sourceLanguage: null }, { rules: [off] })).toEqual([]);
    expect(findFlags({ text: 'one two', sourceLanguage: null }, { rules: [off], enabledRules: ['test/off'] })).toHaveLength(1);
    expect(
      findFlags({ text: 'one two', sourceLanguage: null }, { rules: [off], enabledRules: ['test/off'], disabledRules: ['test/off'] }),
    ).toEqual([]);
  });

  it('drops flags below the confidence floor', () => {
    const text = 'Putin met Shoygu and Szojgu.';
    expect(findFlags({ text, sourceLanguage: 'pl' }).map((flag) => flag.text)).toEqual(['Shoygu', 'Szojgu']);
    expect(findFlags({ text, sourceLanguage: 'pl' }, { minConfidence: 0.8 }).map((flag) => flag.text)).toEqual(['Szojgu']);
  });

  it('does not flag dismissed phrases again, whatever their case and spacing, and lets an overlapped flag show', () => {
    const text = 'A reporter on a\nvision said so.';
    expect(findFlags({ text, sourceLanguage: 'pl' }).map((flag) => flag.text)).toEqual(['on a\nvision']);
    expect(findFlags({ text, sourceLanguage: 'pl' }, { dismissed: ['On a vision'] })).toEqual([]);
    const strong = phraseRule(meta('test/strong'), 'one two', 0.9);
    const weak = phraseRule(meta('test/weak'), 'two', 0.3);
    const flags = findFlags({ text: 'one two', sourceLanguage: null }, { rules: [strong, weak], dismissed: ['one two'] });
    expect(flags.map((flag) => flag.text)).toEqual(['two']);
  });

  it('runs source-language rules only for their language; language-independent ones always', () => {
    const polish = phraseRule(meta('test/pl', { languages: ['pl'], unknownSource: false }), 'two');
    const anyLanguage = phraseRule(meta('test/any'), 'one');
    const run = (sourceLanguage: string | null) =>
      findFlags({ text: 'one two', sourceLanguage }, { rules: [polish, anyLanguage] }).map((flag) => flag.ruleId);
    expect(run('pl')).toEqual(['test/any', 'test/pl']);
    expect(run('ru')).toEqual(['test/any']);
    expect(run('zh')).toEqual(['test/any']);
    expect(run(null)).toEqual(['test/any']);
  });

  it('fires false friends only with their source language, leftovers also with an unknown one', () => {
    const text = 'The actual government met. Czytaj także: more.';
    expect(findFlags({ text, sourceLanguage: 'pl' }).map((flag) => flag.ruleId)).toEqual(['false-friend/pl', 'untranslated/pl']);
    expect(findFlags({ text, sourceLanguage: null }).map((flag) => flag.ruleId)).toEqual(['untranslated/pl']);
    expect(findFlags({ text, sourceLanguage: 'zh' })).toEqual([]);
    expect(findFlags({ text, sourceLanguage: 'de' }).map((flag) => flag.ruleId)).toEqual(['false-friend/de']);
  });

  it('flags nothing in honest English about Poland’s own ministry', () => {
    const text =
      'Poland’s Ministry of National Defense said on Tuesday that Defence Minister Władysław Kosiniak-Kamysz would visit the troops. “It is time to go home,” said Putin.';
    expect(findFlags({ text, sourceLanguage: null })).toEqual([]);
    expect(findFlags({ text, sourceLanguage: 'pl' })).toEqual([]);
  });

  it('flags nothing in a paragraph of honest English news, whatever the source language', () => {
    const text =
      'The actual cost of the new stadium was higher than planned, the mayor said on Monday. She had had enough of the delays: “These problems are serious, and the both of us know it,” she told reporters. More older residents now take the bus. Information and advice are available at the town hall, and an information campaign starts in May. The company realized the search was pointless. Ursula von der Leyen visited the café. He bought an iPhone on eBay.';
    for (const sourceLanguage of [null, 'pl', 'ru', 'uk', 'cs', 'de', 'fr', 'es', 'it', 'zh']) {
      expect(findFlags({ text, sourceLanguage, translated: false }), String(sourceLanguage)).toEqual([]);
      // Taken for a translation, the model may add its hints; a rule still names no cause.
      const ruleFlags = findFlags({ text, sourceLanguage, translated: true }).filter((flag) => flag.tier !== 'model');
      expect(ruleFlags, String(sourceLanguage)).toEqual([]);
    }
  });
});

describe('FLAG_RULE_METADATA', () => {
  it('lists every rule once, with what the legend and the README need', () => {
    const ids = FLAG_RULE_METADATA.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    const categories: readonly string[] = FLAG_CATEGORIES;
    for (const rule of FLAG_RULE_METADATA) {
      expect(categories).toContain(rule.category);
      expect(rule.description.length).toBeGreaterThan(20);
      expect(rule.confidence).toBeGreaterThan(0);
      expect(rule.languages === 'any' || rule.languages.length > 0).toBe(true);
    }
    expect(ids).toEqual(
      expect.arrayContaining([
        'untranslated/pl',
        'untranslated-words/pl',
        'transliteration/pl',
        'false-friend/de',
        'literal-idiom/fr',
        'calque/ru',
        'wrong-institution-name/pl',
        'punctuation/dialogue-dash',
        'garbled/doubled-word',
        'garbled/camelcase-join',
        'garbled/missing-space',
        'grammar/uncountable-plural',
        'grammar/determiner-number',
        'grammar/double-comparative',
        'grammar/the-both',
      ]),
    );
    for (const category of FLAG_CATEGORIES)
      expect(
        FLAG_RULE_METADATA.some((rule) => rule.category === category),
        category,
      ).toBe(true);
  });
});

describe('flag tiers', () => {
  it('marks every flag with its tier, and a rule flag wins over a more confident model flag on the same words', () => {
    const rule = phraseRule(meta('garbled/test'), 'has done his job', 0.4);
    const model = phraseRule(meta('unusual-wording/test', { category: 'unusual-wording', tier: 'model' }), 'done his', 0.9);
    const elsewhere = phraseRule(meta('unusual-wording/test2', { category: 'unusual-wording', tier: 'model' }), 'thanked the', 0.7);
    const flags = findFlags({ text: MT_TEXT, sourceLanguage: null }, { rules: [model, elsewhere, rule] });
    expect(flags.map((flag) => [flag.text, flag.tier, flag.confidence])).toEqual([
      ['has done his job', 'rule', 0.4],
      ['thanked the', 'model', 0.7],
    ]);
  });

  it('lets the model tier be switched off as its own category', () => {
    const model = phraseRule(meta('unusual-wording/test', { category: 'unusual-wording', tier: 'model' }), 'thanked the', 0.7);
    const categories = FLAG_CATEGORIES.filter((category) => category !== 'unusual-wording');
    expect(findFlags({ text: MT_TEXT, sourceLanguage: null }, { rules: [model], categories })).toEqual([]);
  });
});
