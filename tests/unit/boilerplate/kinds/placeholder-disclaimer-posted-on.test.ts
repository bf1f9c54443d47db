// Fixtures written for this test (project's own, MIT), after development-half pages of the trafilatura
// evaluation set (munich2022.com, amnesty.de, thebalance.com, handwerksblatt.de, whiskyverkostung.com).
import { describe, expect, it } from 'vitest';
import { classify, PROSE } from './find';

describe('placeholders for blocked third-party content', () => {
  it('finds a German "Externer Inhalt" box with its consent checkbox and button', () => {
    const result = classify(
      `<div id="t"><div>Externer Inhalt</div><div>Um Deine persönlichen Daten zu schützen, haben wir das automatische Laden der Inhalte von twitter.com blockiert. Wenn Dir Inhalte dieses Anbieters angezeigt werden sollen, stimme bitte den unten genannten Bedingungen zu. Weitere Informationen findest Du im Bereich Datenschutz.</div><input type="checkbox" id="ok"><label for="ok">Ich bin einverstanden.</label><button>Zustimmen und Inhalt laden</button></div>`,
    );
    expect(result.kindOf('t')).toBe('embed');
    expect(result.touchesArticle()).toBe(false);
  });

  it('finds a box that parks the embed in a textarea and links to the privacy settings', () => {
    const parked = '&lt;blockquote class="twitter-tweet"&gt;&lt;p&gt;A post&lt;/p&gt;&lt;/blockquote&gt;'.repeat(30);
    // After the article: in a short test article the parked markup would count as a real share of its text.
    const result = classify(
      '',
      `<div id="t"><textarea hidden>${parked}</textarea><h2>Twitter freischalten</h2><div>Wir respektieren deine Privatsphäre und stellen deshalb ohne dein Einverständnis keine Verbindung zu Twitter her.</div><a class="button" href="/settings">Datenschutzeinstellungen verwalten</a></div>`,
    );
    expect(result.kindOf('t')).toBe('embed');
  });

  it('leaves a paragraph of the story about consent to external content', () => {
    const result = classify(
      `<div id="t">The court said that showing external content from other sites without consent breaks the privacy law, and ${PROSE} <a href="/ruling">The ruling</a> is final.</div>`,
    );
    expect(result.kindOf('t')).toBeNull();
  });

  it('leaves a consent box without anything to give consent with', () => {
    const result = classify(`<div id="t"><div>Externer Inhalt</div><div>Dieser Inhalt braucht deine Zustimmung.</div></div>`);
    expect(result.kindOf('t')).toBeNull();
  });
});

describe('disclaimers and affiliate disclosures', () => {
  it('finds an advertiser disclosure before a product round-up', () => {
    const result = classify(
      `<p id="t">We recommend the best products through an independent review process, and advertisers do not influence our picks. We may receive compensation if you visit partners we recommend. Read our <a href="/disclosure">advertiser disclosure</a> for more info.</p>`,
    );
    expect(result.kindOf('t')).toBe('legal');
    expect(result.touchesArticle()).toBe(false);
  });

  it('finds a German "(Alle Angaben ohne Gewähr)" line in small print', () => {
    const result = classify(`<p id="t"><span style="font-size: 8pt;"><em>(Alle Angaben ohne Gewähr)</em></span></p>`);
    expect(result.kindOf('t')).toBe('legal');
  });

  it('leaves a long paragraph of the story that quotes the phrase', () => {
    const result = classify(`<p id="t">The retailer printed "Alle Angaben ohne Gewähr" under every price, and ${PROSE} ${PROSE}</p>`);
    expect(result.kindOf('t')).toBeNull();
  });
});

describe('"posted on … filed under" lines', () => {
  it('finds the German line of a WordPress theme after the post', () => {
    const result = classify(
      `<p id="t" class="small">Der Beitrag wurde am Mittwoch, den 27. November 2019 um 15:21 Uhr veröffentlicht und wurde unter <a href="/c/a">Allgemein</a>, <a href="/c/t">Tastings</a> abgelegt. Du kannst die Kommentare zu diesen Eintrag durch den <a href="/feed">RSS 2.0</a> Feed verfolgen.</p>`,
    );
    expect(result.kindOf('t')).toBe('article-meta');
    expect(result.touchesArticle()).toBe(false);
  });

  it('finds the English line', () => {
    const result = classify(
      `<p id="t">This entry was posted on Wednesday, November 27th, 2019 at 3:21 pm and is filed under <a href="/c">News</a>.</p>`,
    );
    expect(result.kindOf('t')).toBe('article-meta');
  });

  it('leaves a sentence of the story that opens the same way without a date', () => {
    const result = classify(`<p id="t">Der Beitrag wurde am Ende nicht gesendet, sagte der Sprecher, und ${PROSE}</p>`);
    expect(result.kindOf('t')).toBeNull();
  });
});
