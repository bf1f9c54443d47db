/**
 * The list of sources after an article ("Quellenangaben: ₁ WWF (2020):
 * Living Planet Report 2020, abrufbar unter https://… [21.01.2022]", a
 * "Quellen ausblenden" accordion): the text's credits, as a picture credit
 * is the picture's. Titled by a phrase of lib/data/boilerplate-phrases
 * (headings.credit: "Quellen", "Sources", "Źródła"), and made of citations:
 * web addresses, "retrieved on" dates, years in brackets. A section of the
 * story titled "Sources" that reads as prose has none of these.
 */
import type { BoilerplateClassifier } from '../kind';
import type { ClassifyContext } from '../context';
import { collapseWhitespace } from '../../dom/text';
import { wording } from '../../wording';

/** What a citation is made of: an address, a "retrieved/abgerufen/dostęp" date, "(2015)" or "[21.01.2022]". */
const CITATION =
  /https?:\/\/|\bwww\.|\b(?:abgerufen|abrufbar|retrieved|accessed|consulté|consultado|dostęp|pobrano)\b|\((?:19|20)\d{2}[a-z]?\)|\[\d{1,2}\.\d{1,2}\.(?:19|20)?\d{2}\]/giu;
const HEADING = /^h[2-6]$/;
const MAX_LENGTH = 3000;

/** At least two citation marks, or one in a short block (a single source). */
function citations(text: string): boolean {
  const marks = text.match(CITATION)?.length ?? 0;
  return marks >= 2 || (marks === 1 && text.length < 300);
}

/** A heading whose whole text is a sources title ("Quellenangaben:"). */
function isSourcesHeading(element: Element | null, context: ClassifyContext): boolean {
  if (!element || (!HEADING.test(element.localName) && !/^(?:p|div)$/.test(element.localName))) return false;
  const text = collapseWhitespace(element.textContent ?? '').replace(/[\s:.]+$/, '');
  const heading = context.matchingHeading(element, 'credit');
  return !!heading && heading.length === text.length && context.count(element, 'links') === 0;
}

export const sourceList: BoilerplateClassifier = {
  kind: 'credit',
  classify(element, context) {
    if (!context.insideMain(element) || !/^(?:p|div|section|aside|ul|ol|footer)$/.test(element.localName)) return null;
    const length = context.textLength(element);
    if (length === 0 || length > MAX_LENGTH || context.count(element, 'media') > 0) return null;
    const text = collapseWhitespace(element.textContent ?? '');
    // Titled inside ("<div>Quellen ausblenden</div><div>Hilimire (2015) … abgerufen am …</div>") or just before.
    const heading = context.matchingHeading(element, 'credit');
    const titled = heading ? text.length > heading.length + 20 : isSourcesHeading(element.previousElementSibling, context);
    if (!titled || !citations(heading ? text.slice(heading.length) : text)) return null;
    return wording('removed_sourceList', { heading: heading ?? collapseWhitespace(element.previousElementSibling!.textContent ?? '') });
  },
};
