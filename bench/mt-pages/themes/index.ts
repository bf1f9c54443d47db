/** The themes by name, in a fixed order (the build assigns them round robin). */
import type { ThemeRender } from '../types';
import { render as astra } from './astra';
import { render as generatepress } from './generatepress';
import { render as jannah } from './jannah';
import { render as jnews } from './jnews';
import { render as newspaper } from './newspaper';
import { render as soledad } from './soledad';
import { render as twentytwentyone } from './twentytwentyone';

export const THEMES = { newspaper, jnews, jannah, soledad, generatepress, astra, twentytwentyone } satisfies Record<string, ThemeRender>;

export type ThemeName = keyof typeof THEMES;

export const THEME_NAMES = Object.keys(THEMES) as ThemeName[];
