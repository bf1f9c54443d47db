/**
 * Leftovers of the source language around the text: the URL slug, image file
 * names and alt texts, category and tag names. Content farms translate the
 * article but keep the original's images and often its slugs and taxonomy.
 */
import type { Signal } from '../signal';
import { told } from '../signal';
import { wording, type Wording, type WordingParam } from '../../wording';
import { SOURCE_PROFILES } from '../../language/profiles';
import { foldToAscii } from '../../text/match';
import { foreignWords } from '../../language/foreign-words';
import { elementsOf, hasToken, inDocumentOrder, type PageElements } from '../page-elements';

interface Asset {
  where: Wording;
  value: string;
}

function collectAssets(doc: Document | null, url: string | null, elements?: PageElements): Asset[] {
  const assets: Asset[] = [];
  if (url) {
    try {
      const path = safeDecode(new URL(url).pathname);
      assets.push({ where: wording('asset_address'), value: path });
    } catch {
      // not a URL: nothing to read
    }
  }
  if (!doc) return assets;
  const { a, meta, img } = elementsOf({ doc, elements });
  // As `article img, main img, .entry-content img, figure img, meta[property="og:image"]` would find them.
  const images = inDocumentOrder([
    ...img.filter((image) => image.parentElement?.closest('article, main, .entry-content, figure')),
    ...meta.filter((tag) => tag.getAttribute('property') === 'og:image'),
  ]).slice(0, 30);
  for (const image of images) {
    const src = image.getAttribute('src') ?? image.getAttribute('content') ?? '';
    const file = src.split(/[?#]/)[0]!.split('/').pop() ?? '';
    if (file) assets.push({ where: wording('asset_imageFile'), value: safeDecode(file) });
    const alt = image.getAttribute('alt');
    if (alt) assets.push({ where: wording('asset_imageDescription'), value: alt });
  }
  // As `a[rel~="category"], a[rel~="tag"], meta[property="article:section"], meta[property="article:tag"]` would.
  const taxonomy = inDocumentOrder([
    ...a.filter((link) => hasToken(link, 'rel', 'category', false) || hasToken(link, 'rel', 'tag', false)),
    ...meta.filter((tag) => ['article:section', 'article:tag'].includes(tag.getAttribute('property') ?? '')),
  ]).slice(0, 30);
  for (const link of taxonomy) {
    const value = link.getAttribute('content') ?? link.textContent ?? '';
    if (value.trim()) assets.push({ where: wording('asset_categoryOrTag'), value });
  }
  return assets;
}

function shorten(value: string): string {
  return value.length > 60 ? `${value.slice(0, 57)}…` : value;
}

/** Percent-decoded ("%D0%B2%D1%96…" → "ві…"); as it was when it is not valid percent-encoding. */
function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

const NAME_VARIANTS = SOURCE_PROFILES.map((profile) => ({
  code: profile.code,
  // Folded to ASCII, as slugs and file names are; a spelling that folds to the
  // English one ("Ałmaty" → "almaty") says nothing there.
  names: (profile.names ?? [])
    .filter((name) => name.weight >= 0.6 && foldToAscii(name.variant) !== foldToAscii(name.english))
    .map((name) => ({ folded: foldToAscii(name.variant), raw: name.variant })),
  words: new Set(profile.slugWords ?? []),
}));

export const foreignAssets: Signal = {
  id: 'foreign-assets',
  englishOnly: true,
  answers: 'translation',
  run({ doc, url, elements }) {
    const languages: Record<string, number> = {};
    const examples: WordingParam[] = [];
    let weight = 0;
    const seen = new Set<string>();
    for (const asset of collectAssets(doc, url, elements)) {
      if (seen.has(asset.value)) continue;
      seen.add(asset.value);
      const folded = foldToAscii(asset.value);
      const words = folded.split(/[^a-z0-9]+/).filter((word) => word.length >= 3);
      let matched = false;
      for (const { code, names, words: common } of NAME_VARIANTS) {
        const nameHit = names.find(
          (name) => asset.value.includes(name.raw) || words.includes(name.folded) || folded.includes(name.folded.replace(/\s+/g, '-')),
        );
        const commonHits = new Set(words.filter((word) => common.has(word)));
        if (nameHit || commonHits.size >= 2) {
          const strength = nameHit ? 0.35 : 0.25;
          weight = Math.max(weight, strength) + (weight > 0 ? 0.05 : 0);
          languages[code] = (languages[code] ?? 0) + strength;
          examples.push(
            wording('reason_foreignAssetLanguage', { where: asset.where, value: shorten(asset.value), language: { language: code } }),
          );
          matched = true;
          break;
        }
      }
      if (matched) continue;
      // Words the English lexicon does not know: any source language, transliterated Cyrillic too.
      const description = asset.where.id === 'asset_imageDescription';
      const foreign = foreignWords(description ? asset.value : asset.value.replace(/\.[a-z0-9]{2,4}$/i, ''), description);
      if (!foreign) continue;
      // Words of another script are as surely foreign as words whose language is known (Devanagari serves
      // Hindi, Nepali and Marathi alike); Latin words the lexicon lacks may still be names or jargon.
      const strength = foreign.language || foreign.otherScript ? 0.25 : 0.2;
      weight = Math.max(weight, strength) + (weight > 0 ? 0.05 : 0);
      if (foreign.language) languages[foreign.language] = (languages[foreign.language] ?? 0) + strength;
      examples.push(
        foreign.language
          ? wording('reason_foreignAssetLanguage', {
              where: asset.where,
              value: shorten(asset.value),
              language: { language: foreign.language },
            })
          : wording('reason_foreignAssetNotEnglish', { where: asset.where, value: shorten(asset.value) }),
      );
    }
    if (examples.length === 0) return null;
    return {
      weight: Math.min(0.6, weight),
      ...told(wording('reason_foreignAssets', { examples: { list: examples, join: 'and', max: 3 } })),
      languages,
    };
  },
};
