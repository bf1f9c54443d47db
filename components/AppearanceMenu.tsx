import { FONTS, THEMES, WIDTHS, type Appearance } from '@/lib/reader/appearance';

const THEME_NAMES = { system: 'Follow the system', light: 'Light', dark: 'Dark', sepia: 'Sepia' };
const FONT_NAMES = { sans: 'Sans-serif', serif: 'Serif', mono: 'Monospace' };
const WIDTH_NAMES = { narrow: 'Narrow', medium: 'Medium', wide: 'Wide' };

/** Theme, type and images, saved for the popup and the reader tab alike. */
export function AppearanceMenu({ appearance, onChange }: { appearance: Appearance; onChange: (change: Partial<Appearance>) => void }) {
  return (
    <details class="appearance" data-testid="appearance">
      <summary>Appearance</summary>
      <div class="appearance-fields">
        <label>
          Theme{' '}
          <select value={appearance.theme} onChange={(event) => onChange({ theme: event.currentTarget.value as Appearance['theme'] })}>
            {THEMES.map((theme) => (
              <option key={theme} value={theme}>
                {THEME_NAMES[theme]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Font{' '}
          <select value={appearance.font} onChange={(event) => onChange({ font: event.currentTarget.value as Appearance['font'] })}>
            {FONTS.map((font) => (
              <option key={font} value={font}>
                {FONT_NAMES[font]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Size{' '}
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
          Line height{' '}
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
          Width{' '}
          <select value={appearance.width} onChange={(event) => onChange({ width: event.currentTarget.value as Appearance['width'] })}>
            {WIDTHS.map((width) => (
              <option key={width} value={width}>
                {WIDTH_NAMES[width]}
              </option>
            ))}
          </select>
        </label>
        <label>
          <input type="checkbox" checked={appearance.images} onChange={(event) => onChange({ images: event.currentTarget.checked })} /> Show
          images (off: not loaded at all)
        </label>
      </div>
    </details>
  );
}
