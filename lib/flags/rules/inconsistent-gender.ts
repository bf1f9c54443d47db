import type { Flag } from '../../report';
import type { FlagRule, RuleMeta } from '../rule';
import { makeFlag } from '../rule';
import { wording } from '../../wording';

const RULE: RuleMeta = {
  id: 'inconsistency/gender',
  category: 'inconsistency',
  description:
    'One person called both “he” and “she”, or “Mr” and “Ms”, in the same article: languages that do not mark gender in the verb or pronoun leave the engine guessing sentence by sentence.',
  languages: 'any',
  unknownSource: true,
  confidence: 0.7,
  priority: 60,
  defaultEnabled: true,
};

type Gender = 'male' | 'female';
const TITLES: Record<string, Gender> = {
  mr: 'male',
  sir: 'male',
  lord: 'male',
  mrs: 'female',
  ms: 'female',
  miss: 'female',
  madam: 'female',
  madame: 'female',
  lady: 'female',
  dame: 'female',
};
// "Mr Kowalski", "Ms. Kowalska", "Mrs Anna Nowak" (the surname is the last capitalised word).
const TITLED = /\b(Mr|Mrs|Ms|Miss|Sir|Lord|Lady|Dame|Madam|Madame)\.?\s+(?:\p{Lu}\p{Ll}+\s+)?(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)/gu;
// "Kowalski said he", "Nowak added that she".
const SAID =
  /\b(\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?)\s+(?:said|says|added|noted|explained|stressed|wrote|believes|thinks|admitted|argued|insisted|recalled|emphasi[sz]ed|claimed|announced|told\s+[\p{L} ]{1,30}?)\s*,?\s+(?:that\s+)?(he|she)\b/gu;
// Couples and families share a surname: "Mr and Mrs Smith", "the Smiths", "Smith's wife".
const COUPLE = /\b(?:Mr\.?\s+and\s+Mrs\.?|Mrs\.?\s+and\s+Mr\.?)\s+(\p{Lu}\p{Ll}+)/gu;

const FAMILY = /\b(?:wife|husband|widow|widower|daughter|son|mother|father|brother|sister|couple|family|parents|née)\b/i;

interface Mention {
  start: number;
  end: number;
  gender: Gender;
}

/** A surname with male and female evidence (titles, "X said he/she"): the minority mention flagged, the other linked. */
export const inconsistentGender: FlagRule = {
  id: 'inconsistent-gender',
  rules: [RULE],
  run({ text }) {
    const couples = new Set([...text.matchAll(COUPLE)].map((match) => match[1]!));
    const mentions = new Map<string, Mention[]>();
    const add = (surname: string, mention: Mention) => {
      if (couples.has(surname)) return;
      mentions.set(surname, [...(mentions.get(surname) ?? []), mention]);
    };
    for (const match of text.matchAll(TITLED)) {
      const gender = TITLES[match[1]!.toLowerCase()]!;
      add(match[2]!, { start: match.index, end: match.index + match[0].length, gender });
    }
    for (const match of text.matchAll(SAID)) {
      const pronoun = match[2]!;
      const end = match.index + match[0].length;
      add(match[1]!, { start: end - pronoun.length, end, gender: pronoun === 'he' ? 'male' : 'female' });
    }
    const flags: Flag[] = [];
    for (const [surname, list] of mentions) {
      // Relatives share a surname: a family word near any mention makes two people likely.
      if (list.some((mention) => FAMILY.test(text.slice(Math.max(0, mention.start - 80), mention.end + 80)))) continue;
      const male = list.filter((mention) => mention.gender === 'male');
      const female = list.filter((mention) => mention.gender === 'female');
      if (!male.length || !female.length) continue;
      // A family name borne by two people ("Mr Smith … Mrs Smith"): only trust the mix when one side is a single slip.
      const [major, minor] = male.length >= female.length ? [male, female] : [female, male];
      if (minor.length > 1 && minor.length === major.length) continue;
      const slip = minor[0]!;
      flags.push(
        makeFlag(RULE, text, {
          start: slip.start,
          end: slip.end,
          message: wording('flag_inconsistentGender', {
            surname,
            elsewhere: wording(major[0]!.gender === 'male' ? 'gender_man' : 'gender_woman'),
            other: text.slice(major[0]!.start, major[0]!.end),
            here: wording(slip.gender === 'male' ? 'gender_man' : 'gender_woman'),
          }),
          related: [{ start: major[0]!.start, end: major[0]!.end }],
          entryId: 'title-or-pronoun',
        }),
      );
    }
    return flags;
  },
};
