/**
 * A phrasing rule finds spots in English text where a translation engine
 * probably went wrong, and explains them. Rules are registered in
 * lib/flags/rules/index.ts.
 */
import type { Flag } from '../report';

export interface FlagContext {
  text: string;
  /** Probable source language (detector or site rule), null if unknown. */
  sourceLanguage: string | null;
}

export interface FlagRule {
  id: string;
  run(context: FlagContext): Flag[];
}

/** Language data entries apply when the source is that language, or, when the source is unknown, if they are strong. */
export function appliesTo(language: string, weight: number, context: FlagContext): boolean {
  return context.sourceLanguage ? context.sourceLanguage === language : weight >= 0.5;
}
