import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BOILERPLATE_KINDS } from '@/lib/report';
import { callToActionPhrases, creditLabels, creditSources, headingPhrases } from '@/lib/boilerplate/phrases';

const DATA = join(__dirname, '../../../lib/data/boilerplate-phrases');

describe('boilerplate phrases', () => {
  it('reads every language file in lib/data/boilerplate-phrases', () => {
    // A file added without its import line would silently never match.
    // The folder's README names the sources; every .json file is a language's phrases.
    for (const file of readdirSync(DATA).filter((name) => name.endsWith('.json'))) {
      const data = JSON.parse(readFileSync(join(DATA, file), 'utf8')) as {
        headings?: Record<string, string[]>;
        callToAction?: string[];
        credits?: string[];
        creditSources?: string[];
      };
      for (const [kind, phrases] of Object.entries(data.headings ?? {})) {
        expect(BOILERPLATE_KINDS, `${file}: unknown kind ${kind}`).toContain(kind);
        for (const phrase of phrases) expect(headingPhrases(kind as never), `${file}: ${phrase}`).toContain(phrase);
      }
      for (const phrase of data.callToAction ?? []) expect(callToActionPhrases(), `${file}: ${phrase}`).toContain(phrase);
      for (const phrase of data.credits ?? []) expect(creditLabels(), `${file}: ${phrase}`).toContain(phrase);
      for (const phrase of data.creditSources ?? []) expect(creditSources(), `${file}: ${phrase}`).toContain(phrase);
    }
  });

  it('has no empty phrase, which would match every heading', () => {
    for (const kind of BOILERPLATE_KINDS) for (const phrase of headingPhrases(kind)) expect(phrase.trim()).not.toBe('');
    for (const phrase of [...callToActionPhrases(), ...creditLabels(), ...creditSources()]) expect(phrase.trim()).not.toBe('');
  });

  it('knows the seed page’s Polish and English box titles', () => {
    expect(headingPhrases('promo').map((phrase) => phrase.toLowerCase())).toEqual(expect.arrayContaining(['czytaj także', 'also read']));
  });
});
