import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sentenceKeys } from '@/lib/detect/text-model/sentence-keys';
import { sentences } from '@/lib/flags/model/tokens';
import { isPlain } from '@/lib/text/plain-text';

const FIXTURE = join(__dirname, '../../fixtures/mt-real-sample');

/** Every string field of the fixture rows, whole files joined by spaces and by line breaks. */
function fixtureTexts(): string[] {
  const texts: string[] = [];
  for (const folder of readdirSync(FIXTURE, { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
    for (const file of readdirSync(join(FIXTURE, folder.name)).filter((name) => name.endsWith('.jsonl'))) {
      const strings = readFileSync(join(FIXTURE, folder.name, file), 'utf8')
        .split('\n')
        .filter(Boolean)
        .flatMap((line) => Object.values(JSON.parse(line) as Record<string, unknown>).flat())
        .filter((value): value is string => typeof value === 'string' && value.length > 20);
      texts.push(strings.join(' '), strings.join('\n'));
    }
  }
  return texts;
}

// The n-gram table was counted over the flags' tokens: a key the text model cuts differently is looked up as another word.
describe('the text model’s sentence keys', () => {
  it('are the keys of the flags’ tokenizer, sentence by sentence', () => {
    const texts = [
      ...fixtureTexts(),
      'Dr. Smith said 12.5 % of U.S. firms... “Yes!” he said.\n\nThe line’s end. ΟΔΟΣ. Ⅻ kings 𝟓. A.\nB? (c). End.',
      ' Leading space.  Two  spaces.\r\nA CRLF line.)  Done',
      // Plain (ASCII letters, typographic punctuation, a no-break space): the path without Unicode classes.
      'Dr. Smith said “hi” — 12.5 % of U.S.\u00a0firms… Yes! E.g. this. It’s 1990’s news. St. Paul. (A.) End.\n2. Next',
      'e.g. this. i.e. that. Mr. X. mt. Y.. Z... "Quoted." Then (bracketed.) more',
    ];
    expect(texts.length).toBeGreaterThan(6);
    for (const text of texts)
      expect(sentenceKeys(text)).toEqual(sentences(text).map((sentence) => sentence.tokens.map((token) => token.key)));
  });
});

describe('plain text', () => {
  it('is text whose letters and digits are ASCII, whatever its punctuation', () => {
    expect(isPlain('“Hello” — it’s 5 o’clock…\u00a0Bye.')).toBe(true);
    expect(isPlain('Café')).toBe(false);
    expect(isPlain('Ⅻ kings')).toBe(false);
    expect(isPlain('𝟓')).toBe(false);
  });
});
