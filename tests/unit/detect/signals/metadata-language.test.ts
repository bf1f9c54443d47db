import { describe, expect, it } from 'vitest';
import { metadataLanguage } from '@/lib/detect/signals/metadata-language';
import { pageContext, textContext } from '../context';

const BODY = '<article><p>Russian peacekeepers left Kazakhstan on Thursday, ending a week-long mission.</p></article>';
const page = (head: string, body = BODY) => `<html><head>${head}</head><body>${body}</body></html>`;
const meta = (attribute: string, content: string) => `<meta ${attribute} content="${content}">`;
const jsonLd = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

const POLISH = 'Rosyjscy żołnierze opuścili Kazachstan. Misja pokojowa zakończyła się w czwartek, poinformował resort obrony.';
const GERMAN = 'Die russischen Soldaten haben Kasachstan verlassen. Die Friedensmission endete am Donnerstag, teilte das Ministerium mit.';

describe('metadata-language signal', () => {
  it('fires on a Polish page description under an English article', () => {
    const evidence = metadataLanguage.run(pageContext(page(meta('name="description"', POLISH))));
    expect(evidence?.weight).toBe(0.35);
    expect(evidence?.languages).toEqual({ pl: 0.35 });
    expect(evidence?.detail).toContain('the page description is Polish');
    expect(evidence?.detail).toContain('“Rosyjscy żołnierze opuścili Kazachstan');
  });

  it('fires on a German social-media description', () => {
    const evidence = metadataLanguage.run(pageContext(page(meta('property="og:description"', GERMAN))));
    expect(evidence?.languages).toEqual({ de: 0.35 });
    expect(evidence?.detail).toContain('the social-media description is German');
  });

  it('reads JSON-LD headlines and descriptions, two fields weighing more (up to 0.55)', () => {
    const data = {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Rosyjscy żołnierze opuścili Kazachstan po tygodniu misji pokojowej',
      description: 'Misja pokojowa zakończyła się w czwartek, poinformował resort obrony Rosji.',
    };
    const evidence = metadataLanguage.run(pageContext(page(jsonLd(data))));
    expect(evidence?.weight).toBe(0.55);
    expect(evidence?.languages).toEqual({ pl: 0.7 });
    expect(evidence?.detail).toContain('the structured data is Polish');
  });

  it('finds a Russian headline nested in a JSON-LD @graph', () => {
    const data = {
      '@graph': [
        { '@type': 'WebPage' },
        { '@type': 'NewsArticle', headline: 'Российские миротворцы покинули Казахстан после недельной миссии' },
      ],
    };
    const evidence = metadataLanguage.run(pageContext(page(jsonLd(data))));
    expect(evidence?.languages).toEqual({ ru: 0.35 });
    expect(evidence?.detail).toContain('Российские миротворцы');
  });

  it('judges image descriptions together', () => {
    const images =
      '<img alt="Żołnierze rosyjscy na lotnisku w Ałmaty"><img alt="Prezydent Kazachstanu podczas konferencji prasowej w stolicy">';
    const evidence = metadataLanguage.run(pageContext(page('', `<article><p>The troops left.</p>${images}</article>`)));
    expect(evidence?.languages).toEqual({ pl: 0.35 });
    expect(evidence?.detail).toContain('the image descriptions are Polish');
  });

  it('takes a headline without function words for English when the lexicon knows its words', () => {
    // Seen on a BBC page of the boilerplate-snippets corpus: franc read this social-media title as French.
    const head = meta('property="og:title"', 'New York ramps up mass burials amid virus outbreak');
    expect(metadataLanguage.run(pageContext(page(head)))).toBeNull();
    const polish = meta('property="og:title"', 'Rosyjscy żołnierze opuścili Kazachstan po tygodniu misji');
    expect(metadataLanguage.run(pageContext(page(polish)))?.languages).toEqual({ pl: 0.35 });
  });

  it("names the language of a field's other script, not franc's guess from its Latin part", () => {
    // Seen on chineselyrics4u.com (boilerplate-snippets): a pinyin and Chinese title was called Dutch.
    const head = meta('property="og:title"', 'Zhi Neng Xiang Nian Ni - Jam Hsiao Jing Teng (只能想念你 - 蕭敬騰)');
    const evidence = metadataLanguage.run(pageContext(page(head)));
    expect(evidence?.languages).toEqual({ zh: 0.35 });
    expect(evidence?.detail).toContain('the social-media title is Chinese');
  });

  it('counts the same text in two fields once', () => {
    const head = meta('name="description"', POLISH) + meta('property="og:description"', POLISH);
    expect(metadataLanguage.run(pageContext(page(head)))?.weight).toBe(0.35);
  });

  it('stays silent on an honest English description, title and structured data', () => {
    const head = [
      meta(
        'name="description"',
        'Russian peacekeepers left Kazakhstan on Thursday, the defence ministry said, ending a mission that began in January.',
      ),
      meta('property="og:title"', 'Russian peacekeepers leave Kazakhstan after week-long mission'),
      jsonLd({
        '@type': 'NewsArticle',
        headline: 'Russian peacekeepers leave Kazakhstan',
        description: 'The mission ended on Thursday after a week in the country.',
      }),
    ].join('');
    expect(metadataLanguage.run(pageContext(page(head)))).toBeNull();
  });

  // franc guesses wildly on short English (Esperanto, Afrikaans…): such guesses must not count.
  it.each([
    meta('name="keywords"', 'Kazakhstan, Russia, peacekeepers, CSTO, Tokayev, Almaty, politics, military'),
    meta('name="description"', 'Breaking: Tusk wins vote; Kaczynski concedes defeat after long night'),
    meta('property="og:title"', 'Russian peacekeepers leave Kazakhstan after week-long mission'),
  ])('stays silent on short English metadata: %s', (head) => {
    expect(metadataLanguage.run(pageContext(page(head)))).toBeNull();
  });

  it('stays silent on English image descriptions and broken JSON-LD', () => {
    const images = '<img alt="Russian soldiers at Almaty airport"><img alt="Kazakhstan President Tokayev at a press conference in Astana">';
    const head = '<script type="application/ld+json">{not json</script>';
    expect(metadataLanguage.run(pageContext(page(head, `<article><p>The troops left.</p>${images}</article>`)))).toBeNull();
  });

  it('does nothing in text mode, where there is no page', () => {
    expect(metadataLanguage.run(textContext(`The troops left. ${POLISH}`))).toBeNull();
  });
});
