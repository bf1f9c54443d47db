// Fixtures written for this test (project's own, MIT), after development-half pages of the
// trafilatura evaluation set (viconsortium.com, mercurynews.com, haitiantimes.com, rp.pl).
import { describe, expect, it } from 'vitest';
import { classify, PROSE } from './find';

describe('calls to action set apart in the article', () => {
  it('finds a bold app pitch in the middle of the article', () => {
    const result = classify(
      `<p id="t"><b>Get the latest news straight to your phone with the Example app.</b></p><p>Later, ${PROSE}</p><p>Then ${PROSE}</p><p>Also ${PROSE}</p><p>Finally ${PROSE}</p>`,
    );
    expect(result.kindOf('t')).toBe('promo');
    expect(result.touchesArticle()).toBe(false);
  });

  it('finds a centred line that invites letters above them', () => {
    const result = classify(
      `<p id="t" style="text-align: center"><em>Submit your letter to the editor via <a href="/form">this form</a>.</em></p><p>First, ${PROSE}</p><p>Second, ${PROSE}</p><p>Third, ${PROSE}</p><p>Fourth, ${PROSE}</p>`,
    );
    expect(result.kindOf('t')).toBe('promo');
  });

  it('leaves a plain sentence of the story that uses the words', () => {
    const result = classify(
      `<p id="t">Fans who follow us on the road know the ferry well.</p><p>Later, ${PROSE}</p><p>Then ${PROSE}</p><p>Also ${PROSE}</p><p>Finally ${PROSE}</p>`,
    );
    expect(result.kindOf('t')).toBeNull();
  });

  it('leaves a bold line of the story without a call to action', () => {
    const result = classify(
      `<p id="t"><strong>The bridge will stay closed until March.</strong></p><p>Later, ${PROSE}</p><p>Then ${PROSE}</p><p>Also ${PROSE}</p><p>Finally ${PROSE}</p>`,
    );
    expect(result.kindOf('t')).toBeNull();
  });
});

describe('a subscription pitch between two calls to action', () => {
  const pitch = [
    '<p id="a">To view the full story, please subscribe to <a href="/sub">The Example Times</a>.</p>',
    '<p id="b">When you join, you get unlimited digital access to journalism you will not get anywhere else.</p>',
    '<p id="c">First-time subscribers also receive a special welcome gift!</p>',
    '<p id="d">If you are seeing this message but you are already a subscriber, you can <a href="/login">log in</a>.</p>',
  ];

  it('finds every paragraph of the pitch', () => {
    const result = classify(pitch.join(''));
    for (const id of ['a', 'b', 'c', 'd']) expect(result.kindOf(id)).toBe('promo');
    expect(result.touchesArticle()).toBe(false);
  });

  it('leaves the story between two calls to action when it goes on at length', () => {
    const long = `<p id="b">${PROSE} ${PROSE} ${PROSE} ${PROSE}</p>`;
    const result = classify([pitch[0], long, pitch[2], pitch[3]].join(''));
    expect(result.kindOf('b')).toBeNull();
    expect(result.kindOf('c')).toBeNull();
    // The closing call to action is still one on its own.
    expect(result.kindOf('d')).toBe('promo');
  });

  it('leaves what follows a call to action that no other closes', () => {
    const result = classify(`${pitch[0]}${pitch[1]}${pitch[2]}<p>Then ${PROSE}</p><p>Also ${PROSE}</p><p>Finally ${PROSE}</p>`);
    expect(result.kindOf('b')).toBeNull();
    expect(result.kindOf('c')).toBeNull();
  });
});

describe('Polish "learn more" promos', () => {
  it('finds "Dowiedz się więcej:" before a link to another story', () => {
    const result = classify(
      '<p id="t"><strong>Dowiedz się więcej: <a href="/kto-jak-glosowal"><em>Kto jak głosował ws. unijnych funduszy</em></a></strong></p>',
    );
    expect(result.kindOf('t')).toBe('promo');
  });

  it('leaves a sentence that opens with the words', () => {
    const result = classify(
      '<p id="t">Dowiedz się więcej o tym, jak głosowali posłowie, czytając <a href="/sejm">sprawozdanie</a> z posiedzenia Sejmu, które opublikowano w piątek rano.</p>',
    );
    expect(result.kindOf('t')).toBeNull();
  });
});

describe('letters calls to action', () => {
  // After theatlantic.com (development half of the trafilatura evaluation set).
  it('finds "We want to hear what you think" at the end of the article', () => {
    const result = classify(
      '<section><p id="t">We want to hear what you think about this article. Submit a <a href="/letters">letter to the editor</a> or write to letters@example.com.</p></section>',
    );
    expect(result.matches.some((match) => match.kind === 'promo' && match.element.contains(result.doc.getElementById('t')))).toBe(true);
  });
});
