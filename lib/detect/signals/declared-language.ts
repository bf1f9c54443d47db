/**
 * The page says it is in one language while its text is English: the
 * template of a foreign site kept its lang attribute or og:locale after
 * its articles were machine translated.
 */
import type { Signal } from '../signal';
import { primaryLanguageTag } from '../../language/identify';
import { told } from '../signal';
import { wording, type Wording } from '../../wording';
import { attributeIs, elementsOf, firstWith, type PageElements } from '../page-elements';

function declaredLanguages(doc: Document, { meta, link }: PageElements): Array<{ where: Wording; language: string }> {
  const found: Array<{ where: Wording; language: string }> = [];
  const add = (where: Wording, value: string | null | undefined) => {
    const language = primaryLanguageTag(value);
    if (language) found.push({ where, language });
  };
  add(wording('declared_langAttribute'), doc.documentElement.getAttribute('lang'));
  add(wording('declared_ogLocale'), firstWith(meta, 'property', 'og:locale', true)?.getAttribute('content'));
  // http-equiv, rel and hreflang are among the attributes whose values HTML compares ignoring ASCII case.
  add(wording('declared_contentLanguage'), firstWith(meta, 'http-equiv', 'content-language')?.getAttribute('content'));
  // x-default names the site's original when a multilingual plugin lists translations.
  const alternates = link.filter((element) => attributeIs(element, 'rel', 'alternate') && element.hasAttribute('hreflang'));
  const xDefault = firstWith(alternates, 'hreflang', 'x-default')?.getAttribute('href');
  if (xDefault) {
    for (const element of alternates) {
      const tag = element.getAttribute('hreflang');
      if (tag !== 'x-default' && element.getAttribute('href') === xDefault) add(wording('declared_xDefault'), tag);
    }
  }
  return found;
}

export const declaredLanguage: Signal = {
  id: 'declared-language',
  englishOnly: true,
  answers: 'machine',
  run({ doc, elements }) {
    if (!doc) return null;
    const foreign = declaredLanguages(doc, elementsOf({ doc, elements })).filter((entry) => entry.language !== 'en');
    if (foreign.length === 0) return null;
    const languages: Record<string, number> = {};
    for (const entry of foreign) languages[entry.language] = (languages[entry.language] ?? 0) + 1 / foreign.length;
    const first = foreign[0]!;
    const where = [...new Map(foreign.map((entry) => [entry.where.id, entry.where])).values()];
    return {
      // Supporting evidence only: honest multilingual blogs post in English under a foreign template.
      weight: Math.min(0.35, 0.3 + 0.05 * (foreign.length - 1)),
      ...told(wording('reason_declaredLanguage', { where: { list: where, join: 'each' }, language: { language: first.language } })),
      languages,
    };
  },
};
