import { describe, expect, it } from 'vitest';
import { classify, PROSE } from './find';

describe('share bars', () => {
  it('finds a bar of links to share endpoints', () => {
    const bar = `<ul id="t">
      <li><a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory">Facebook</a></li>
      <li><a href="https://twitter.com/intent/tweet?url=https%3A%2F%2Fnews.example%2Fstory">X</a></li>
      <li><a href="https://api.whatsapp.com/send?text=story">WhatsApp</a></li></ul>`;
    const result = classify(bar);
    expect(result.kindOf('t')).toBe('share');
    expect(result.touchesArticle()).toBe(false);
  });

  it('finds a Jetpack sharing block by class', () => {
    const result = classify('<div id="t" class="sharedaddy sd-sharing-enabled"><button>Share</button></div>');
    expect(result.kindOf('t')).toBe('share');
  });

  it('finds an empty share placeholder that scripts fill in later', () => {
    expect(classify('<div id="t" class="social-share"></div>').kindOf('t')).toBe('share');
  });

  it('leaves a paragraph linking to the social-media profiles it quotes', () => {
    const paragraph = `<p id="t">The mayor wrote on <a href="https://twitter.com/mayor">X</a> and <a href="https://www.facebook.com/mayor">Facebook</a> that ${PROSE}</p>`;
    const result = classify(paragraph);
    expect(result.kindOf('t')).toBeNull();
    expect(result.matches).toHaveLength(0);
  });
});
