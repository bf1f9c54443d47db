/**
 * Set phrases that title or make up boilerplate in every language we know
 * ("Czytaj także", "Related posts", "Folgen Sie uns"), one JSON file per
 * language in lib/data/boilerplate-phrases/. Kept apart from the language
 * profiles (lib/language/profiles.ts) because the in-page cleanup script needs
 * these and nothing of the detection data: content.js stays small.
 */
import type { BoilerplateKind } from '../report';
import en from '../data/boilerplate-phrases/en.json';
import pl from '../data/boilerplate-phrases/pl.json';
import ru from '../data/boilerplate-phrases/ru.json';
import uk from '../data/boilerplate-phrases/uk.json';
import de from '../data/boilerplate-phrases/de.json';
import cs from '../data/boilerplate-phrases/cs.json';
import es from '../data/boilerplate-phrases/es.json';
import fr from '../data/boilerplate-phrases/fr.json';
import it from '../data/boilerplate-phrases/it.json';
import pt from '../data/boilerplate-phrases/pt.json';
import nl from '../data/boilerplate-phrases/nl.json';
import tr from '../data/boilerplate-phrases/tr.json';

export interface BoilerplatePhrases {
  /** Box titles per kind, matched case-insensitively at the start of a heading. */
  headings?: Partial<Record<BoilerplateKind, string[]>>;
  /** Calls to action that end articles ("Subscribe now", "Folgen Sie uns"), lower case. */
  callToAction?: string[];
  /** Labels that open a picture credit ("Bild:", "Fot."), as printed. */
  credits?: string[];
  /** Agencies and picture libraries whose name alone makes a credit ("dpa", "Getty Images"), as printed. */
  creditSources?: string[];
  /** Labels of a placeholder standing in for blocked third-party content ("Externer Inhalt", "click to load"), lower case. */
  externalContent?: string[];
  /** Words a consent request uses ("Zustimmung", "privacy"), lower case: the placeholder asks for consent. */
  consentWords?: string[];
  /** Disclaimers and affiliate disclosures ("Alle Angaben ohne Gewähr", "we may earn a commission"), lower case. */
  disclaimers?: string[];
  /** Openings of a blog's "posted on … filed under" line ("This entry was posted on", "Der Beitrag wurde am"), lower case. */
  postedOn?: string[];
  /** Counter labels of an entry's statistics line ("Aufrufe", "Views", "Kommentare insgesamt"), lower case. */
  entryStats?: string[];
}

const LANGUAGES: readonly BoilerplatePhrases[] = [en, pl, ru, uk, de, cs, es, fr, it, pt, nl, tr] as BoilerplatePhrases[];

/** Every language's titles for boxes of this kind. */
export function headingPhrases(kind: BoilerplateKind): string[] {
  return LANGUAGES.flatMap((language) => language.headings?.[kind] ?? []);
}

/** Every language's calls to action. */
export function callToActionPhrases(): string[] {
  return LANGUAGES.flatMap((language) => language.callToAction ?? []);
}

/** Every language's picture credit labels. */
export function creditLabels(): string[] {
  return LANGUAGES.flatMap((language) => language.credits ?? []);
}

/** Every language's picture agencies and libraries. */
export function creditSources(): string[] {
  return LANGUAGES.flatMap((language) => language.creditSources ?? []);
}

/** Every language's labels of a placeholder for blocked third-party content. */
export function externalContentPhrases(): string[] {
  return LANGUAGES.flatMap((language) => language.externalContent ?? []);
}

/** Every language's words of a consent request. */
export function consentWords(): string[] {
  return LANGUAGES.flatMap((language) => language.consentWords ?? []);
}

/** Every language's disclaimers and affiliate disclosures. */
export function disclaimerPhrases(): string[] {
  return LANGUAGES.flatMap((language) => language.disclaimers ?? []);
}

/** Every language's openings of a "posted on … filed under" line. */
export function postedOnPhrases(): string[] {
  return LANGUAGES.flatMap((language) => language.postedOn ?? []);
}

/** Every language's counter labels of an entry's statistics line. */
export function entryStatLabels(): string[] {
  return LANGUAGES.flatMap((language) => language.entryStats ?? []);
}
