import { describe, expect, it } from 'vitest';
import { foreignAssets } from '@/lib/detect/signals/foreign-assets';
import { pageContext } from '../context';

const ARTICLE = (image: string) => `<html><body><article><p>The peacekeepers left.</p>${image}</article></body></html>`;

describe('foreign-assets signal', () => {
  it('reads a Polish URL slug', () => {
    const evidence = foreignAssets.run(
      pageContext(ARTICLE(''), { url: 'https://news.example/2022/01/13/misja-pokojowa-w-kazachstanie-zakonczyla-sie/' }),
    );
    expect(evidence?.languages).toHaveProperty('pl');
    expect(evidence?.detail).toContain('the address');
    expect(evidence?.detail).toContain('Polish');
  });

  it('reads a source-language name in an image file name', () => {
    const evidence = foreignAssets.run(pageContext(ARTICLE('<img src="/uploads/2022/01/Kasym-Zomart-Tokajew-1.jpg" alt="">')));
    expect(evidence?.languages).toEqual({ pl: 0.35 });
    expect(evidence?.detail).toContain('an image file name');
  });

  it('reads German tag names', () => {
    const tags = '<a rel="tag" href="/tag/a/">Krieg in der Ukraine</a>';
    const evidence = foreignAssets.run(
      pageContext(`<html><body><article><p>x</p></article>${tags}</body></html>`, { url: 'https://news.example/story/' }),
    );
    expect(evidence?.languages).toHaveProperty('de');
  });

  it('stays silent on an English slug, image and tags', () => {
    const page = `<html><body><article><p>x</p><img src="/img/bridge-closed-for-repairs.jpg" alt="The old bridge at dusk"></article><a rel="tag" href="/t/">City council</a></body></html>`;
    expect(
      foreignAssets.run(pageContext(page, { url: 'https://news.example/2024/05/01/mayor-closes-old-bridge-for-repairs/' })),
    ).toBeNull();
  });

  it('does not read a Polish word that is also English (one common word is not enough)', () => {
    expect(
      foreignAssets.run(pageContext(ARTICLE(''), { url: 'https://news.example/2024/05/01/jak-and-daxter-remaster-review/' })),
    ).toBeNull();
  });

  // Slugs are folded to ASCII, so a source spelling that folds to the English one ("Ałmaty",
  // "Vladimír", "Medveděv") must not make an English slug "still in Polish/Czech".
  it.each([
    'https://news.example/2024/05/01/almaty-airport-reopens/',
    'https://news.example/2024/05/01/vladimir-putin-meets-xi/',
    'https://news.example/2024/05/01/medvedev-warns-the-west/',
  ])('stays silent on English spellings of names in the address: %s', (url) => {
    expect(foreignAssets.run(pageContext(ARTICLE(''), { url }))).toBeNull();
  });
});

describe('foreign-assets signal: words the English lexicon does not know', () => {
  it('reads a percent-encoded Cyrillic slug as Ukrainian', () => {
    const slug = encodeURIComponent('військові-повернулися-додому-після-навчань');
    const evidence = foreignAssets.run(pageContext(ARTICLE(''), { url: `https://news.example/2024/05/01/${slug}/` }));
    expect(evidence?.languages).toHaveProperty('uk');
    expect(evidence?.detail).toContain('військові');
  });

  it('reads a Russian slug transliterated into Latin letters', () => {
    const evidence = foreignAssets.run(
      pageContext(ARTICLE(''), { url: 'https://news.example/2024/05/01/moshenniki-obmanuli-pensionerku-iz-podmoskovya/' }),
    );
    expect(evidence?.languages).toHaveProperty('ru');
  });

  it.each([
    ['नेपालको-संविधान-अनुसार-राष्ट्रपतिको-निर्वाचन-हुने', 'ne', 'Nepali'],
    ['भारत-की-राजधानी-में-आज-बारिश-होगी', 'hi', 'Hindi'],
  ])('tells the language of a Devanagari slug: %s', (words, language, name) => {
    const evidence = foreignAssets.run(pageContext(ARTICLE(''), { url: `https://news.example/2024/05/01/${encodeURIComponent(words)}/` }));
    expect(evidence?.languages).toHaveProperty(language);
    expect(evidence?.detail).toContain(name);
  });

  it('calls image file names and descriptions in a language it has no data for “not English”', () => {
    const evidence = foreignAssets.run(pageContext(ARTICLE('<img src="/uploads/sojavae-juhataja-kohtus-ministriga.jpg" alt="">')));
    expect(evidence?.detail).toContain('is not English');
  });

  it.each([
    'https://news.example/2024/05/01/zelensky-meets-scholz-in-berlin/',
    'https://news.example/2024/05/01/kubernetes-release-notes/',
    'https://news.example/2024/05/01/photos-from-the-tokyo-marathon/',
  ])('stays silent on an English slug with names or jargon: %s', (url) => {
    expect(foreignAssets.run(pageContext(ARTICLE(''), { url }))).toBeNull();
  });
});

describe('foreign-assets signal: file names made by machines', () => {
  it.each([
    '<img src="data:image/svg+xml;base64,PHN2ZyBoZWlnaHQ9JzM4MScgd2lkdGg9JzEwMDAnIHhtbG5zPSdodHRwOi8vd3d3LnczLm9yZy8yMDAwL3N2Zyc+" alt="">',
    '<img src="/img/TELEMMGLPICT000295654214_trans_NvBQzQNjv4BqN7kF8Fb6ID_G1mQ.jpeg" alt="">',
    '<img src="/img/eyJidWNrZXQiOiJ3ZXZvbHZlci1wcm9qZWN0LWltYWdlcyIsImtleSI.png" alt="">',
    '<img src="/img/yoJEIxKZc5xLFHLk6CsL6fzAnCBX-7T0jP.jpg" alt="">',
  ])('reads no language in %s', (image) => {
    expect(foreignAssets.run(pageContext(ARTICLE(image), { url: 'https://news.example/2024/05/01/story/' }))).toBeNull();
  });
});
