/**
 * Numbers, dates and units written the way another language writes them:
 * decimal commas ("3,5 million"), dotted dates ("24.02.2022"), thousands
 * grouped with dots, units such as "zł", "mln" or "Mrd." after a
 * number. Engines translate words and leave number formats as they were.
 */
import type { Signal } from '../signal';
import { EvidenceCollector } from '../signal';
import { wording, type Wording } from '../../wording';
import { SOURCE_PROFILES } from '../../language/profiles';
import { escapeRegExp } from '../../text/match';

interface Format {
  /** Also what tells formats apart: a unit several languages write is one format. */
  what: Wording;
  pattern: RegExp;
  weight: number;
  languages: string[];
}

const COMMA_DECIMALS = ['pl', 'ru', 'uk', 'cs', 'de', 'fr', 'es', 'it', 'pt', 'tr', 'nl'];
const MAGNITUDE = '(?:%|per ?cent|percent|million|billion|thousand|trillion|km|kg|degrees|°C|euros?|dollars?|hours?|points?)';

const GENERAL: Format[] = [
  {
    what: wording('format_decimalComma'),
    pattern: new RegExp(`(?<![\\d.,])\\d{1,3},\\d{1,2}(?![\\d,])\\s?${MAGNITUDE}(?![\\p{L}])`, 'giu'),
    weight: 0.35,
    languages: COMMA_DECIMALS,
  },
  {
    what: wording('format_dottedDate'),
    pattern: /(?<![\d.])(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?:19|20)\d{2}(?![\d.]\d)/gu,
    weight: 0.2,
    languages: ['de', 'pl', 'ru', 'uk', 'cs', 'tr'],
  },
  {
    what: wording('format_dottedThousands'),
    pattern:
      /(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d.]|,\d{3})\s?(?:euros?|€|dollars?|people|inhabitants|residents|soldiers|cases|liras?|reais|pesos|kilometres|kilometers|votes)(?![\p{L}])/giu,
    weight: 0.3,
    languages: ['de', 'es', 'it', 'pt', 'tr', 'nl'],
  },
];

/** "zł", "Mrd." after a number, from each language's data. */
const UNITS: Format[] = SOURCE_PROFILES.flatMap((profile) =>
  (profile.numberUnits ?? []).map((unit) => ({
    what: wording('quoted', { text: unit }),
    // The number too, so the reader sees "250 mln", not "mln" alone.
    pattern: new RegExp(`(?<![\\p{L}\\p{N}.,])\\d+(?:[.,]\\d+)*[ \\u00a0]?${escapeRegExp(unit)}(?![\\p{L}\\p{N}])`, 'gu'),
    weight: 0.35,
    languages: [profile.code],
  })),
);

/** Built once: a unit several languages write ("mln": Polish and Italian) is one format. */
const FORMATS: Format[] = (() => {
  const byUnit = new Map<string, Format[]>();
  for (const format of UNITS) {
    const unit = String(format.what.params?.text);
    byUnit.set(unit, [...(byUnit.get(unit) ?? []), format]);
  }
  return [...GENERAL, ...[...byUnit.values()].map((same) => ({ ...same[0]!, languages: same.flatMap((format) => format.languages) }))];
})();

export const localeFormats: Signal = {
  id: 'locale-formats',
  englishOnly: true,
  answers: 'machine',
  run({ text }) {
    const evidence = new EvidenceCollector();
    // One stretch of text is one piece of evidence: "5 mil." is Czech "mil." or nothing, not also "mil".
    const taken: Array<[number, number]> = [];
    for (const format of FORMATS) {
      const hits = [...text.matchAll(format.pattern)].filter((match) => {
        const start = match.index;
        const end = start + match[0].length;
        if (taken.some(([from, to]) => start < to && from < end)) return false;
        taken.push([start, end]);
        return true;
      });
      if (hits.length === 0) continue;
      const weight = Math.min(0.45, format.weight + 0.05 * (hits.length - 1));
      evidence.addShared(
        format.languages,
        weight,
        wording('reason_localeFormatsExample', { format: format.what, sample: hits[0]![0].trim() }),
      );
    }
    return evidence.toEvidence(0.6, (examples) => wording('reason_localeFormats', { examples: { list: examples, join: 'and', max: 3 } }));
  },
};
