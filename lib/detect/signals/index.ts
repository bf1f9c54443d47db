/** Every detection signal. Adding one is one file and one line here. */
import type { Signal } from '../signal';
import { declaredLanguage } from './declared-language';
import { foreignAssets } from './foreign-assets';
import { leftoverWords } from './leftover-words';
import { transliteratedNames } from './transliterated-names';
import { institutionCalques } from './institution-calques';
import { dialogueDashes } from './dialogue-dashes';
import { translationPlugins } from './translation-plugins';

export const SIGNALS: readonly Signal[] = [
  declaredLanguage,
  foreignAssets,
  leftoverWords,
  transliteratedNames,
  institutionCalques,
  dialogueDashes,
  translationPlugins,
];
