import type { BoilerplateKind } from '../report';
import type { ClassifyContext } from './context';
import type { Wording } from '../wording';

/** One kind of boilerplate: says why an element is one (lib/wordings.ts `removed_`), or returns null. */
export interface BoilerplateClassifier {
  kind: BoilerplateKind;
  /**
   * Also asked of table cells (td, th). Old sites and forum software lay the
   * page out in tables, so their meta lines are cells; a data table's cells
   * are the article's text, so only kinds whose evidence is the cell's own
   * set wording say yes.
   */
  cells?: boolean;
  classify(element: Element, context: ClassifyContext): Wording | null;
}
