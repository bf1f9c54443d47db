/**
 * Hidden metadata still in the original language while the article reads in
 * English: the description, social titles, JSON-LD and image
 * descriptions that readers never see and auto-translation plugins skip.
 */
import type { Signal } from '../signal';
import { EvidenceCollector } from '../signal';
import { wording, type Wording } from '../../wording';
import { identifyAgainstEnglish } from '../../language/identify';
import { otherScriptWords } from '../../language/foreign-words';
import { isEnglishWordOrFolded, LEXICON_MIN_LENGTH } from '../../text/english-lexicon';
import { SOURCE_PROFILES } from '../../language/profiles';
import { attributeIs, elementsOf, firstWith, type PageElements } from '../page-elements';

interface Field {
  where: Wording;
  value: string;
}

/** The meta tags read, first of each in document order: [attribute, value, value matched exactly (else ASCII case ignored)]. */
const META_FIELDS: Array<[string, string, boolean, Wording]> = [
  ['name', 'description', false, wording('metadata_description')],
  ['property', 'og:description', true, wording('metadata_socialDescription')],
  ['property', 'og:title', true, wording('metadata_socialTitle')],
  ['name', 'twitter:description', false, wording('metadata_socialDescription')],
];

/** English function words: a field with several of them is English whatever franc says of it. */
const ENGLISH_WORDS = new Set(['the', 'and', 'of', 'to', 'in', 'is', 'for', 'on', 'with', 'that', 'was', 'are', 'by', 'from', 'has']);

/**
 * franc guesses wildly on a short English title (Esperanto, Afrikaans,
 * French…): only the source languages we know count, English must fall well
 * behind, and keyword lists (names and tags) are not read at all.
 */
const SOURCE_LANGUAGES = SOURCE_PROFILES.map((profile) => profile.code);

function looksEnglish(value: string): boolean {
  const words = value.toLowerCase().match(/\p{L}+/gu) ?? [];
  const english = words.filter((word) => ENGLISH_WORDS.has(word)).length;
  return (english >= 2 && english / words.length >= 0.06) || wordsAreEnglish(words);
}

/**
 * A headline may have no function word at all ("New York ramps up mass
 * burials amid virus outbreak", which franc took for French): when the
 * English lexicon knows nearly every word long enough to judge, it is English.
 */
function wordsAreEnglish(words: readonly string[]): boolean {
  const judged = words.filter((word) => word.length >= LEXICON_MIN_LENGTH);
  if (judged.length < 3) return false;
  const english = judged.filter(isEnglishWordOrFolded).length;
  return english / judged.length >= 0.8;
}

function jsonLdFields(scripts: readonly Element[]): Field[] {
  const fields: Field[] = [];
  for (const script of scripts.filter((script) => attributeIs(script, 'type', 'application/ld+json')).slice(0, 10)) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const visit = (node: unknown, depth: number) => {
      if (!node || typeof node !== 'object' || depth > 4) return;
      if (Array.isArray(node)) return node.forEach((child) => visit(child, depth + 1));
      const record = node as Record<string, unknown>;
      for (const key of ['headline', 'description', 'alternativeHeadline']) {
        if (typeof record[key] === 'string') fields.push({ where: wording('metadata_structuredData'), value: record[key] as string });
      }
      for (const child of Object.values(record)) if (typeof child === 'object') visit(child, depth + 1);
    };
    visit(data, 0);
  }
  return fields;
}

function collect({ meta, img, script }: PageElements): Field[] {
  const fields: Field[] = [];
  for (const [attribute, wanted, exact, where] of META_FIELDS) {
    const value = firstWith(meta, attribute, wanted, exact)?.getAttribute('content');
    if (value) fields.push({ where, value });
  }
  fields.push(...jsonLdFields(script));
  // Alt texts are short one by one: judged together.
  const alts = img
    .filter((image) => image.hasAttribute('alt'))
    .slice(0, 40)
    .map((image) => image.getAttribute('alt')!.trim())
    .filter((alt) => alt.split(/\s+/).length >= 3);
  if (alts.length) fields.push({ where: wording('metadata_imageDescriptions'), value: [...new Set(alts)].join('. ') });
  return fields;
}

export const metadataLanguage: Signal = {
  id: 'metadata-language',
  englishOnly: true,
  answers: 'translation',
  run({ doc, elements }) {
    if (!doc) return null;
    const evidence = new EvidenceCollector();
    const seen = new Set<string>();
    for (const field of collect(elementsOf({ doc, elements }))) {
      if (seen.has(field.value) || looksEnglish(field.value)) continue;
      seen.add(field.value);
      const guessed = identifyAgainstEnglish(field.value, SOURCE_LANGUAGES, 40);
      if (!guessed) continue;
      // franc reads only the dominant script: "Zhi Neng Xiang Nian Ni (只能想念你)" is not Dutch but Chinese.
      const language = otherScriptWords(field.value)?.language ?? guessed;
      const shown = field.value.length > 60 ? `${field.value.slice(0, 57)}…` : field.value;
      const plural = field.where.id === 'metadata_imageDescriptions';
      const example = wording(plural ? 'reason_metadataLanguageExamples' : 'reason_metadataLanguageExample', {
        where: field.where,
        language: { language },
        value: shown,
      });
      evidence.add(language, 0.35, example);
    }
    if (evidence.size === 0) return null;
    return evidence.toEvidence(0.55, (examples) =>
      wording('reason_metadataLanguage', { examples: { list: examples, join: 'and', max: 2 } }),
    );
  },
};
