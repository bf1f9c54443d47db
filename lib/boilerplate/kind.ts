import type { BoilerplateKind } from '../report';
import type { ClassifyContext } from './context';
import type { Wording } from '../wording';

/** One kind of boilerplate: says why an element is one (lib/wordings.ts `removed_`), or returns null. */
export interface BoilerplateClassifier {
  kind: BoilerplateKind;
  classify(element: Element, context: ClassifyContext): Wording | null;
}
