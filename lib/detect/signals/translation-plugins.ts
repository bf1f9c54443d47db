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

interface Marker {
  name: string;
  selectors: string[];
  weight: number;
}

const MARKERS = markers.plugins as Marker[];
const DEFAULT_LANGUAGE =
  /["']?(?:default_language|defaultLanguage|original_language|originalLanguage|source_language|default_lang)["']?\s*[:=]\s*["']([a-zA-Z]{2}(?:[-_][a-zA-Z]{2})?)["']/;

export const translationPlugins: Signal = {
  id: 'translation-plugins',
  englishOnly: false,
  answers: 'machine',
  run({ doc, textLanguage }) {
    if (!doc) return null;
    const found: Marker[] = [];
    for (const marker of MARKERS) {
      if (marker.selectors.some((selector) => doc.querySelector(selector))) found.push(marker);
    }
    if (found.length === 0) return null;
    const languages: Record<string, number> = {};
    for (const script of Array.from(doc.querySelectorAll('script:not([src])'))) {
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
