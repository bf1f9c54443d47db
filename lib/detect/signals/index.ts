/** Every detection signal. Adding one is one file and one line here. */
import type { Signal } from '../signal';
import { declaredLanguage } from './declared-language';
import { foreignAssets } from './foreign-assets';
import { leftoverWords } from './leftover-words';
import { transliteratedNames } from './transliterated-names';
import { institutionCalques } from './institution-calques';
import { dialogueDashes } from './dialogue-dashes';
import { translationPlugins } from './translation-plugins';
import { foreignQuotes } from './foreign-quotes';
import { localeFormats } from './locale-formats';
import { mtPhrasing } from './mt-phrasing';
import { missingArticles } from './missing-articles';
import { metadataLanguage } from './metadata-language';
import { authorBioTopic } from './author-bio-topic';
import { machineEnglish } from './machine-english';
import { hreflangAlternates } from './hreflang-alternates';

export const SIGNALS: readonly Signal[] = [
  declaredLanguage,
  foreignAssets,
  leftoverWords,
  transliteratedNames,
  institutionCalques,
  dialogueDashes,
  translationPlugins,
  foreignQuotes,
  localeFormats,
  mtPhrasing,
  missingArticles,
  metadataLanguage,
  authorBioTopic,
  machineEnglish,
  hreflangAlternates,
];
