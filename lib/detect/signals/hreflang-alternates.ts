/**
 * <link rel="alternate" hreflang="pl"> next to an English page: the article
 * exists in another language, and when that is one or two languages (not a
 * site offered in twenty), the English page is most likely the translation.
 * Says nothing about who translated: newsrooms publish human translations
 * this way too.
 */
import type { Signal } from '../signal';
import { told } from '../signal';
import { wording } from '../../wording';
import { hasToken, elementsOf } from '../page-elements';

/** More alternates than this: a multilingual site, not an article with its original. */
const MAX_LANGUAGES = 2;

export const hreflangAlternates: Signal = {
  id: 'hreflang-alternates',
  englishOnly: true,
  answers: 'translation',
  run({ doc, elements }) {
    if (!doc) return null;
    const languages = new Set<string>();
    for (const link of elementsOf({ doc, elements }).link) {
      if (!link.hasAttribute('hreflang') || !hasToken(link, 'rel', 'alternate', false)) continue;
      const code = (link.getAttribute('hreflang') ?? '').toLowerCase().split(/[-_]/)[0]!;
      if (/^[a-z]{2}$/.test(code) && code !== 'en') languages.add(code);
    }
    if (languages.size === 0 || languages.size > MAX_LANGUAGES) return null;
    return {
      weight: 0.2,
      ...told(
        wording('reason_hreflangAlternates', {
          languages: { list: [...languages].map((language) => ({ language })), join: 'and', max: 3 },
        }),
      ),
      languages: Object.fromEntries([...languages].map((code) => [code, 1 / languages.size])),
    };
  },
};
