/**
 * A general transliteration model: Cyrillic-origin names written in Polish,
 * Czech, German or French orthography, and their usual English spelling.
 * Pure functions over the tables in lib/data/translit/.
 */
export type { Orthography } from './tables';
export { ORTHOGRAPHIES, isOrthography } from './tables';
export type { EnglishForms } from './convert';
export { toEnglish, toEnglishForms } from './convert';
export type { AnalyseOptions, Reading, TransliteratedName } from './analyse';
export { DEFAULT_MIN_CONFIDENCE, analyseName, isSlavicGivenName, readings } from './analyse';
export type { FindOptions, TransliterationMatch } from './find';
export { findTransliteratedNames } from './find';
