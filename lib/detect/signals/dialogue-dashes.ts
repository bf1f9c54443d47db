/**
 * Speech opened with a dash ("– Overall, it's time to go home, said Putin"),
 * the convention of Polish, Russian, Ukrainian and Czech news that English
 * replaces with quotation marks. A dash-led list item does not count: the
 * dash must open a sentence that a speech verb closes.
 */
import type { Signal } from '../signal';

const DASH_SPEECH = /(?:^|[.!?…:]\s+|\n)[–—]\s+\p{Lu}[^\n]{0,400}?(?:,|\.|!|\?)\s*(?:[–—]\s*)?(?:said|says|added|asked|stated|explained|noted|told|wrote|stressed|emphasized|emphasised|declared|replied|announced|admitted|assured|argued)\b/gu;

export const DIALOGUE_DASH_LANGUAGES = { pl: 0.35, ru: 0.3, uk: 0.2, cs: 0.15 };

export const dialogueDashes: Signal = {
  id: 'dialogue-dashes',
  englishOnly: true,
  run({ text }) {
    const count = [...text.matchAll(DASH_SPEECH)].length;
    if (count === 0) return null;
    return {
      weight: count >= 2 ? 0.45 : 0.3,
      detail: `Quotes are opened with a dash instead of quotation marks (${count} time${count > 1 ? 's' : ''}), as Polish, Russian, Ukrainian and Czech texts do.`,
      languages: DIALOGUE_DASH_LANGUAGES,
    };
  },
};
