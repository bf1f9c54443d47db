import { FONTS, THEMES, WIDTHS, type Appearance } from '@/lib/reader/appearance';
import { t, type MessageKey } from './i18n';

const THEME_NAMES: Record<Appearance['theme'], MessageKey> = {
  system: 'themeSystem',
  light: 'themeLight',
  dark: 'themeDark',
  sepia: 'themeSepia',
};
const FONT_NAMES: Record<Appearance['font'], MessageKey> = { sans: 'fontSans', serif: 'fontSerif', mono: 'fontMono' };
const WIDTH_NAMES: Record<Appearance['width'], MessageKey> = { narrow: 'widthNarrow', medium: 'widthMedium', wide: 'widthWide' };

/** Theme, type and images, saved for the popup and the reader tab alike. */
export function AppearanceMenu({ appearance, onChange }: { appearance: Appearance; onChange: (change: Partial<Appearance>) => void }) {
  return (
    <details class="appearance" data-testid="appearance">
      <summary>{t('appearance')}</summary>
      <div class="appearance-fields">
        <label>
          {t('theme')}{' '}
          <select value={appearance.theme} onChange={(event) => onChange({ theme: event.currentTarget.value as Appearance['theme'] })}>
            {THEMES.map((theme) => (
              <option key={theme} value={theme}>
                {t(THEME_NAMES[theme])}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('font')}{' '}
          <select value={appearance.font} onChange={(event) => onChange({ font: event.currentTarget.value as Appearance['font'] })}>
            {FONTS.map((font) => (
              <option key={font} value={font}>
                {t(FONT_NAMES[font])}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('fontSize')}{' '}
          <input
            type="range"
            min={14}
            max={28}
            step={1}
            value={appearance.fontSize}
            onInput={(event) => onChange({ fontSize: Number(event.currentTarget.value) })}
          />{' '}
          {appearance.fontSize}px
        </label>
        <label>
          {t('lineHeight')}{' '}
          <input
            type="range"
            min={1.2}
            max={2.2}
            step={0.1}
            value={appearance.lineHeight}
            onInput={(event) => onChange({ lineHeight: Number(event.currentTarget.value) })}
          />{' '}
          {appearance.lineHeight.toFixed(1)}
        </label>
        <label>
          {t('width')}{' '}
          <select value={appearance.width} onChange={(event) => onChange({ width: event.currentTarget.value as Appearance['width'] })}>
            {WIDTHS.map((width) => (
              <option key={width} value={width}>
                {t(WIDTH_NAMES[width])}
              </option>
            ))}
          </select>
        </label>
        <label>
          <input type="checkbox" checked={appearance.images} onChange={(event) => onChange({ images: event.currentTarget.checked })} />{' '}
          {t('showImages')}
        </label>
      </div>
    </details>
  );
}
