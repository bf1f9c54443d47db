import type { BoilerplateKind } from '../report';
import type { ClassifyContext } from './context';

/** One kind of boilerplate: says why an element is one, or returns null. */
export interface BoilerplateClassifier {
  kind: BoilerplateKind;
  classify(element: Element, context: ClassifyContext): string | null;
}
