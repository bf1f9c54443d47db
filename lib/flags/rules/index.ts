/** Every phrasing rule. Adding one is one file and one line here. */
import type { FlagRule } from '../rule';
import { untranslated } from './untranslated';
import { transliteration } from './transliteration';
import { calques } from './calques';
import { dialogueDash } from './dialogue-dash';

export const FLAG_RULES: readonly FlagRule[] = [untranslated, transliteration, calques, dialogueDash];
