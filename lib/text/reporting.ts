/**
 * Titles and past verbs of saying, the words of "President said that…" that
 * English opens with "the" and languages without articles do not
 * (lib/data/english/reporting.json). The missing-articles signal and the
 * missing-article flag read the same lists; each decides where in a sentence
 * it looks.
 */
import reporting from '../data/english/reporting.json';
import { escapeRegExp } from './match';

/** Case-insensitive letters without the i flag: under /iu, \p{Ll} in the same pattern would match capitals too. */
function anyCase(phrase: string): string {
  return escapeRegExp(phrase).replace(/\p{L}/gu, (letter) => `[${letter.toLowerCase()}${letter.toUpperCase()}]`);
}

/** Longest first, so "prime minister" is tried before "minister". */
const alternation = (phrases: readonly string[]) =>
  [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((phrase) => anyCase(phrase).replace(/ /g, '\\s+'))
    .join('|');

/** A title, in any case, "head of diplomacy" (Polish szef dyplomacji) among them. */
export const TITLE = `(?:${alternation(reporting.titles)})`;

/** A role one person holds beside another: "the founder and chairman said" names one person, with its article. */
export const JOINT_ROLE = `(?:${alternation(reporting.rolesBeforeAnd)})`;

/** A past verb of saying, in any case. Past only: "President says" is honest headlinese. */
export const SAYING_VERB = `(?:${alternation(reporting.sayingVerbs)})`;
