import type { Flag } from '../../report';
import type { FlagRule, RuleMeta } from '../rule';
import { makeFlag } from '../rule';
import { wording } from '../../wording';

const RULE: RuleMeta = {
  id: 'inconsistency/term',
  category: 'inconsistency',
  description:
    'One abbreviation spelled out two ways in the same article (“Anti-Corruption Bureau (NABU)”, later “Bureau for Combating Corruption (NABU)”): one term translated two ways.',
  languages: 'any',
  unknownSource: true,
  confidence: 0.7,
  priority: 60,
  defaultEnabled: true,
};

// Up to eight capitalised words (with of/for/and/the/on/in between) and an abbreviation in brackets after them.
// Within one line: a heading above a name is not part of it.
const EXPANSION =
  /((?:\p{Lu}[\p{L}'’-]*[ \t\u00a0]+(?:(?:of|for|and|the|on|in|to)[ \t\u00a0]+){0,2}){1,7}\p{Lu}[\p{L}'’-]*)[ \t\u00a0]*\([ \t\u00a0]*(\p{Lu}[\p{Lu}\p{N}&-]{1,9})[ \t\u00a0]*\)/gu;
// Words before a name that are not part of it: articles, prepositions, lower-case words, sentence openers.
const LEADING =
  /^(?:(?:The|A|An|In|On|At|By|For|From|With|And|But|Of|To|As|Later|Then|When|While|After|Before|Meanwhile|Also|However|Yesterday|Today|Now|This|That|Both|Last|Next|Earlier|According|[\p{Ll}][\p{L}'’-]*)\s+)+/u;
const STOP = /^(?:the|of|for|and|on|in|to)$/;

/** The content words of an expansion, lower case, in order. */
function words(expansion: string): string[] {
  return expansion
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((word) => word && !STOP.test(word));
}

/**
 * Whether two expansions name the same thing in other words. One that only
 * adds or drops words ("Ministry of Defence" / "Defence Ministry" is a
 * reordering; "National Bank" / "National Bank of Ukraine" a shortening) is
 * honest English: only expansions that share fewer than all of the shorter
 * one's words count, and at least one (the same abbreviation for two unrelated
 * names is not one term).
 */
function translatedTwice(first: string[], second: string[]): boolean {
  const [shorter, longer] = first.length <= second.length ? [first, second] : [second, first];
  // "Async" and "Asynchronous" are one word, shortened.
  const same = (a: string, b: string) => a === b || (Math.min(a.length, b.length) >= 4 && (a.startsWith(b) || b.startsWith(a)));
  const shared = shorter.filter((word) => longer.some((other) => same(word, other))).length;
  return shared >= 1 && shared < shorter.length;
}

/** The same abbreviation spelled out in two different ways: the later one flagged, the earlier linked. */
export const inconsistentTerms: FlagRule = {
  id: 'inconsistent-terms',
  rules: [RULE],
  run({ text }) {
    const seen = new Map<string, Array<{ start: number; end: number; words: string[] }>>();
    const flags: Flag[] = [];
    for (const match of text.matchAll(EXPANSION)) {
      const [, expansion = '', abbreviation = ''] = match;
      // The expansion ends right before the bracket; trim the leading words that are not part of the name.
      let start = match.index;
      let expansionText = expansion;
      const leading = LEADING.exec(expansionText);
      if (leading) {
        start += leading[0].length;
        expansionText = expansionText.slice(leading[0].length);
      }
      const place = { start, end: start + expansionText.length, words: words(expansionText) };
      // An abbreviation starts with its name's first letter ("National … Bureau (NABU)"); else the brackets hold something else.
      if (place.words.length < 2 || place.words[0]![0] !== abbreviation[0]!.toLowerCase()) continue;
      const earlier = seen.get(abbreviation) ?? [];
      const other = earlier.find((previous) => translatedTwice(previous.words, place.words));
      if (other && !earlier.some((previous) => previous.words.join(' ') === place.words.join(' '))) {
        flags.push(
          makeFlag(RULE, text, {
            start: place.start,
            end: place.end,
            message: wording('flag_inconsistentTerms', { abbreviation, full: text.slice(other.start, other.end) }),
            replacements: [text.slice(other.start, other.end)],
            related: [{ start: other.start, end: other.end }],
            entryId: 'abbreviation-expansion',
          }),
        );
      }
      earlier.push(place);
      seen.set(abbreviation, earlier);
    }
    return flags;
  },
};
