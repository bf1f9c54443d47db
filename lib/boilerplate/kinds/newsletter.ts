import type { BoilerplateClassifier } from '../kind';

/** Newsletter sign-up boxes: a short block with an e-mail field. */
export const newsletter: BoilerplateClassifier = {
  kind: 'newsletter',
  classify(element, context) {
    const length = context.textLength(element);
    if (length > 1500) return null;
    const emailField = element.querySelector('input[type="email"], input[name*="mail" i]');
    const token = context.matchingToken(element, 'newsletter');
    if (token && (emailField || element.querySelector('form, button, a'))) return `class or id "${token}"`;
    if (emailField && !element.querySelector('textarea') && length < 800) {
      const heading = context.matchingHeading(element, 'newsletter');
      if (heading) return `starts with "${heading}" and asks for an e-mail address`;
      if (element.localName === 'form') return 'form asking for an e-mail address only';
    }
    return null;
  },
};
