/**
 * Placeholders for blocked third-party content ("Externer Inhalt … stimme
 * bitte den Bedingungen zu [Zustimmen und Inhalt laden]", "Twitter
 * freischalten: Wir respektieren deine Privatsphäre …"): sites that load a
 * post, a video or a map only after consent print a small box in its place
 * that names the content, asks for consent and offers a button or a link to
 * the privacy settings. It stands for an embed, not for the article's words,
 * so it is reported as one (the in-page cleanup leaves it, as the user may
 * want to load the content). Labels and consent words are in
 * lib/data/boilerplate-phrases (externalContent, consentWords).
 */
import type { BoilerplateClassifier } from '../kind';
import { consentWords, externalContentPhrases } from '../phrases';
import { escapeRegExp } from '../../text/match';
import { visibleText } from '../../dom/text';
import { wording } from '../../wording';

const alternation = (phrases: string[]) => phrases.map((phrase) => escapeRegExp(phrase).replace(/ /g, '\\s+')).join('|');
const LABEL = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(externalContentPhrases())})(?![\\p{L}\\p{N}])`, 'iu');
// Stems: "Zustimmung", "cookies", "datenschutzeinstellungen".
const CONSENT = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(consentWords())})`, 'iu');

/** The box is small: a label, a sentence or two about consent, a button. */
const MAX_LENGTH = 700;
const MAX_STORED_LENGTH = 4000;
/** The label opens the box (or follows a platform's name): a placeholder further down a block is not what the block is. */
const LABEL_WITHIN = 80;

/** A box, not a paragraph: a sentence of the story may discuss consent to external content. */
const BOXES = new Set(['div', 'section', 'aside', 'figure', 'form']);

/**
 * Consent is given by a control that says so: a checkbox, or a button or link
 * that names consent, the privacy settings or the loading ("Zustimmen und
 * Inhalt laden", "Datenschutzeinstellungen verwalten"); a link in a story
 * about privacy points elsewhere.
 */
function asksConsent(element: Element): boolean {
  if (element.querySelector('input[type="checkbox" i]')) return true;
  for (const control of Array.from(element.querySelectorAll('a, button'))) {
    const words = visibleText(control);
    if (CONSENT.test(words) || LABEL.test(words)) return true;
  }
  return false;
}

export const consentPlaceholder: BoilerplateClassifier = {
  kind: 'embed',
  classify(element, context) {
    // The stored length counts a <textarea>, where some sites park the blocked embed's markup until consent.
    const length = context.textLength(element);
    if (length === 0 || length > MAX_STORED_LENGTH) return null;
    if (!BOXES.has(element.localName) || context.count(element, 'controls') === 0) return null;
    const text = visibleText(element);
    const label = text.match(LABEL);
    if (text.length > MAX_LENGTH || !label || label.index! > LABEL_WITHIN || !CONSENT.test(text)) return null;
    return asksConsent(element) ? wording('removed_consentPlaceholder', { label: label[0] }) : null;
  },
};
