/**
 * Markers that a page went through a machine-translation plugin or Google's
 * page translation: GTranslate, Weglot, TranslatePress, ConveyThis, Linguise,
 * the <font style="vertical-align: inherit;"> that Google Translate injects,
 * and X-Translated-By headers saved as meta tags.
 */
import type { Signal } from '../signal';
import { noisyOr, told } from '../signal';
import { wording } from '../../wording';
import { primaryLanguageTag } from '../../language/identify';
import markers from '../data/translation-plugins.json';
import { elementsOf } from '../page-elements';

interface Marker {
  name: string;
  selectors: string[];
  weight: number;
}

const MARKERS = markers.plugins as Marker[];

/**
 * What an element needs to match a selector made of one compound (`a.glink[data-gt-lang]`): its tag, id,
 * classes and attribute names, compared ignoring ASCII case (as a page in quirks mode compares ids and
 * classes). A cheap test on each element of the page, where a selector engine written in JavaScript
 * (jsdom's, for the command line) took 0.1–0.3 s per selector on a 4,000-element page; the
 * few elements that pass are asked with `matches`, which decides.
 */
interface Needs {
  selector: string;
  tag: string | null;
  id: string | null;
  classes: string[];
  attributes: string[];
}

function needsOf(selector: string): Needs | null {
  const outside = selector.replace(/\[[^\]]*\]/g, '[]');
  // Combinators, pseudo-classes, lists, namespaces: not one plain compound, asked of the page as it is.
  if (/[\s>+~:(,*|\\]/.test(outside)) return null;
  return {
    selector,
    tag: /^[a-zA-Z][\w-]*/.exec(outside)?.[0].toLowerCase() ?? null,
    id: /#([\w-]+)/.exec(outside)?.[1]!.toLowerCase() ?? null,
    classes: [...outside.matchAll(/\.([\w-]+)/g)].map((match) => match[1]!.toLowerCase()),
    attributes: [...selector.matchAll(/\[\s*([\w-]+)/g)].map((match) => match[1]!),
  };
}

const NEEDS = new Map(MARKERS.flatMap((marker) => marker.selectors).map((selector) => [selector, needsOf(selector)]));

/** The selectors (of those given) that some element of the page matches. */
function matchedSelectors(doc: Document, all: readonly Element[]): Set<string> {
  const matched = new Set<string>();
  const compound: Needs[] = [];
  for (const [selector, needs] of NEEDS) {
    if (needs) compound.push(needs);
    else if (doc.querySelector(selector)) matched.add(selector);
  }
  for (const element of all) {
    const tag = element.localName;
    let id: string | undefined;
    let classes: string[] | undefined;
    for (const needs of compound) {
      if (matched.has(needs.selector) || (needs.tag !== null && needs.tag !== tag)) continue;
      // The attribute, not the property: a form's `id` is its control named "id" when it has one (a clobbered form crashed the whole detection).
      if (needs.id !== null && needs.id !== (id ??= (element.getAttribute('id') ?? '').toLowerCase())) continue;
      if (needs.classes.length) {
        classes ??= (element.getAttribute('class') ?? '').toLowerCase().split(/[ \t\n\f\r]+/);
        if (!needs.classes.every((name) => classes!.includes(name))) continue;
      }
      if (!needs.attributes.every((name) => element.hasAttribute(name))) continue;
      if (element.matches(needs.selector)) matched.add(needs.selector);
    }
  }
  return matched;
}

const DEFAULT_LANGUAGE =
  /["']?(?:default_language|defaultLanguage|original_language|originalLanguage|source_language|default_lang)["']?\s*[:=]\s*["']([a-zA-Z]{2}(?:[-_][a-zA-Z]{2})?)["']/;

export const translationPlugins: Signal = {
  id: 'translation-plugins',
  englishOnly: false,
  answers: 'machine',
  run({ doc, textLanguage, elements }) {
    if (!doc) return null;
    const page = elementsOf({ doc, elements });
    const matched = matchedSelectors(doc, page.all);
    const found = MARKERS.filter((marker) => marker.selectors.some((selector) => matched.has(selector)));
    if (found.length === 0) return null;
    const languages: Record<string, number> = {};
    for (const script of page.script) {
      if (script.hasAttribute('src')) continue;
      const match = script.textContent?.match(DEFAULT_LANGUAGE);
      const language = primaryLanguageTag(match?.[1]);
      if (language && language !== 'en') {
        languages[language] = 0.5;
        break;
      }
    }
    const weights = found.map((marker) => marker.weight);
    const plugins = { list: found.map((marker) => marker.name), join: 'and', max: 3 } as const;
    let said = wording('reason_translationPlugins', { plugins });
    // A plugin alone only offers translations; English text on a site whose
    // plugin says it is written in another language is a translation.
    const original = Object.keys(languages)[0];
    if (original && textLanguage === 'en') {
      weights.push(0.45);
      said = wording('reason_translationPluginsOriginal', { plugins, language: { language: original } });
    }
    return { weight: Math.min(0.9, noisyOr(weights)), ...told(said), languages };
  },
};
