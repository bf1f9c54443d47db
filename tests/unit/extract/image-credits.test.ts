// Fixtures written for this test (project's own, MIT), after the caption layouts of real
// pages: a credit at the end of a caption's text, an inline element classed "copyright",
// a plain element repeating the image's data-credit, a short text right after a picture.
import { describe, expect, it } from 'vitest';
import { extractPage } from '@/lib/analyze';
import { domFrom } from '../helpers';

const sentence = (topic: string) =>
  `Der ${topic} wurde am Dienstagabend lange im Rat besprochen, und die Mitglieder waren sich einig, dass die Sache weiter geprüft werden muss.`;

function extract(figure: string) {
  const paragraphs = [1, 2, 3, 4].map((n) => `<p>${sentence(`Punkt ${n}`)}</p>`);
  const dom = domFrom(
    `<!doctype html><html lang="de"><head><title>Brücke</title></head><body><article>${paragraphs.slice(0, 2).join('')}${figure}${paragraphs.slice(2).join('')}</article></body></html>`,
  );
  const result = extractPage(dom.window.document, { window: dom.window as unknown as Window & typeof globalThis });
  return { text: result.article.text, credits: result.removed.filter((block) => block.kind === 'credit').map((block) => block.text) };
}

describe('picture credits in the reader', () => {
  it('cuts a labelled credit off the end of a caption and keeps the caption', () => {
    const { text, credits } = extract(
      `<figure><img src="a.jpg" alt=""><figcaption><p>Erdölpumpen im Abendrot. Bild: <a href="https://example.com">TebNad/Shutterstock.com</a></p></figcaption></figure>`,
    );
    expect(text).toContain('Erdölpumpen im Abendrot.');
    expect(text).not.toContain('TebNad');
    expect(text).toContain('Punkt 4');
    expect(credits).toContain('Bild: TebNad/Shutterstock.com');
  });

  it('cuts a © credit after a separator in a text under a picture', () => {
    const { text } = extract(
      `<div class="media"><a href="big.jpg"><img src="a.jpg" alt=""></a></div><div class="formatted-text">Lee Elder war beim Masters 1975 der Zuschauermagnet. | &copy; Augusta National/Getty Images</div>`,
    );
    expect(text).not.toContain('Getty Images');
  });

  it('drops an inline credit element and the repeat of an image’s data-credit', () => {
    const { text } = extract(
      `<span class="image"><img src="a.jpg" alt="" data-credit="Judy Eddy/WENN.com"><span class="description">Judy Eddy/WENN.com</span><em class="copyright">&#169;&nbsp;Bundesrat | Frank Bräuer</em></span>`,
    );
    expect(text).not.toContain('WENN');
    expect(text).not.toContain('Frank Bräuer');
    expect(text).toContain('Punkt 3');
  });

  it('reads the same credit words as the credit classifier: a label before a bar, a class from class-tokens.json', () => {
    const { text, credits } = extract(
      `<figure><img src="a.jpg" alt=""><figcaption>Die alte Brücke im Nebel. Foto | Jan Kowalski <span class="img-credit">Archiv Müller</span></figcaption></figure>`,
    );
    expect(text).toContain('Die alte Brücke im Nebel.');
    expect(text).not.toContain('Jan Kowalski');
    expect(text).not.toContain('Archiv Müller');
    expect(credits).toEqual(expect.arrayContaining(['Archiv Müller', 'Foto | Jan Kowalski']));
  });

  it('leaves a caption that only names an agency in its sentence alone', () => {
    const { text } = extract(
      `<figure><img src="a.jpg" alt=""><figcaption>Ein Reporter von Reuters fotografiert die Brücke am Morgen.</figcaption></figure>`,
    );
    expect(text).toContain('Ein Reporter von Reuters fotografiert die Brücke am Morgen.');
  });
});
