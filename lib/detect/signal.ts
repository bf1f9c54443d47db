import type { BoilerplateKind } from '../report';
import type { Wording, WordingParam } from '../wording';
import { inEnglish } from '../wording-english';
import type { PageElements } from './page-elements';

/**
 * A detection signal looks at one kind of evidence that a page was machine
 * translated into English and says how strong it is. Signals are registered
 * in lib/detect/signals/index.ts; the score combines them (lib/detect/score.ts).
 */

export interface DetectionContext {
  /** The page, read only; null when analysing plain text. */
  doc: Document | null;
  url: string | null;
  /** The article's text (or the whole input in text mode). */
  text: string;
  /** Visible text of the whole page, boilerplate included (equals `text` in text mode). */
  pageText: string;
  /** Language of `text`, ISO 639-1, null if unknown. */
  textLanguage: string | null;
  /** Boilerplate blocks found around the article (author boxes, promos…); none in text mode. */
  blocks?: ReadonlyArray<{ kind: BoilerplateKind; text: string }>;
  /** The page's meta, link, script, img and a elements, gathered once for all signals (lib/detect/page-elements.ts). */
  elements?: PageElements;
}

export interface Evidence {
  /** 0..1: how likely MT on this evidence alone. */
  weight: number;
  /** Plain words, with the examples found: the English of `wording`. */
  detail: string;
  /** The same as a message id and parameters (lib/wordings.ts), for readers of other languages. */
  wording: Wording;
  /** Source languages this evidence points to, with their share of the weight. */
  languages?: Record<string, number>;
}

/**
 * Which question a signal's evidence answers: `translation`, that the page
 * is a translation (and from which language: the page around the text says
 * so, whoever translated it), or `machine`, that a machine made it (what
 * people who translate do not leave behind: plugins, untranslated tags,
 * engine phrasing, the style of MT English). Machine evidence is evidence of
 * translation too.
 */
export type Question = 'translation' | 'machine';

export interface Signal {
  id: string;
  /** Whether the signal only makes sense for English text. */
  englishOnly: boolean;
  answers: Question;
  run(context: DetectionContext): Evidence | null;
}

/** Combines independent pieces of evidence: 1 - Π(1 - w). */
export function noisyOr(weights: Iterable<number>): number {
  let keep = 1;
  for (const weight of weights) keep *= 1 - Math.max(0, Math.min(1, weight));
  return 1 - keep;
}

/** A reason's words: the English `detail` and the `wording` it comes from. */
export function told(said: Wording): Pick<Evidence, 'detail' | 'wording'> {
  return { detail: inEnglish(said), wording: said };
}

/**
 * Gathers a signal's pieces of evidence (each with its weight, source
 * language and an example for the reader) into one Evidence: weights
 * combined by noisy-OR up to a cap, languages credited by weight.
 */
export class EvidenceCollector {
  private readonly weights: number[] = [];
  private readonly languages: Record<string, number> = {};
  private readonly examples: WordingParam[] = [];

  add(language: string, weight: number, example: WordingParam | null): void {
    this.credit(language, weight);
    this.weights.push(weight);
    if (example) this.examples.push(example);
  }

  /** One piece of evidence several languages could explain: counted once, each credited a share. */
  addShared(languages: readonly string[], weight: number, example: WordingParam | null): void {
    for (const language of languages) this.credit(language, weight / languages.length);
    this.weights.push(weight);
    if (example) this.examples.push(example);
  }

  /** Weight whose languages were credited apart (with `credit`). */
  addWeight(weight: number): void {
    this.weights.push(weight);
  }

  /** Credits a language without counting the weight again (the same spelling in two languages). */
  credit(language: string, weight: number): void {
    this.languages[language] = (this.languages[language] ?? 0) + weight;
  }

  get size(): number {
    return this.weights.length;
  }

  /** Null when nothing was added; `describe` words the examples. */
  toEvidence(cap: number, describe: (examples: WordingParam[]) => Wording): Evidence | null {
    if (this.weights.length === 0) return null;
    return { weight: Math.min(cap, noisyOr(this.weights)), ...told(describe(this.examples)), languages: this.languages };
  }
}
