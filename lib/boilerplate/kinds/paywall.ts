import type { BoilerplateClassifier } from '../kind';
import { wording } from '../../wording';

/** Subscription and login walls: "Möchten Sie weiterlesen?", "Already a subscriber?". */
export const paywall: BoilerplateClassifier = {
  kind: 'paywall',
  classify(element, context) {
    if (context.textLength(element) > 1500) return null;
    const token = context.matchingToken(element, 'paywall');
    return token ? wording('removed_classOrId', { token }) : null;
  },
};
