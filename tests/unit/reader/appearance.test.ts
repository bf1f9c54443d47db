import { describe, expect, it } from 'vitest';
import { DEFAULT_APPEARANCE, normalizeAppearance, readingMinutes, withoutImages } from '@/lib/reader/appearance';

describe('reader appearance', () => {
  it('reads a damaged or foreign stored value leniently, field by field', () => {
    expect(normalizeAppearance(undefined)).toEqual(DEFAULT_APPEARANCE);
    expect(normalizeAppearance({ theme: 'neon', fontSize: 99, lineHeight: 'tall', width: 'wide', images: false })).toEqual({
      ...DEFAULT_APPEARANCE,
      fontSize: 28,
      width: 'wide',
      images: false,
    });
    expect(normalizeAppearance({ theme: 'sepia', fontSize: 15.4, lineHeight: 1.87 })).toMatchObject({
      theme: 'sepia',
      fontSize: 15,
      lineHeight: 1.9,
    });
  });

  it('estimates reading time at about 240 words a minute, never under a minute', () => {
    expect(readingMinutes('word '.repeat(2400))).toBe(10);
    expect(readingMinutes('A short note.')).toBe(1);
  });

  it('takes images and media out of an article before it is shown', () => {
    const template = document.createElement('template');
    template.innerHTML =
      '<p>Text <img src="https://tracker.example/pixel.gif"></p><picture><source srcset="a.webp"><img src="a.jpg"></picture><figure><figcaption>Caption</figcaption></figure>';
    const fragment = withoutImages(template.content);
    expect(fragment.querySelectorAll('img, picture, source')).toHaveLength(0);
    expect(fragment.textContent).toBe('Text Caption');
  });
});
