import { describe, expect, it } from 'vitest';
import { classify, PROSE } from './find';

describe('cookie banners', () => {
  it('finds a banner by its class when it talks about cookies', () => {
    const banner =
      '<div id="t" class="cookie-notice-container"><p>This site stores small files on your device. <a href="/privacy/">Privacy policy</a></p><button>Accept</button></div>';
    const result = classify('', banner);
    expect(result.kindOf('t')).toBe('cookie-banner');
    expect(result.touchesArticle()).toBe(false);
  });

  it.each([
    ['English', 'We use cookies to give you the best experience on our site.'],
    ['German', 'Wir verwenden Cookies, um Inhalte und Anzeigen zu personalisieren.'],
    ['Polish', 'Ta strona używa plików cookie. Korzystając z niej zgadzasz się na ich użycie.'],
    ['Russian', 'Мы используем файлы cookie, чтобы сайт работал лучше.'],
  ])('finds a %s banner by its opening words', (_language, text) => {
    const result = classify('', `<div id="t"><p>${text}</p><button>OK</button></div>`);
    expect(result.kindOf('t')).toBe('cookie-banner');
  });

  it('leaves a block with a consent class that is not about cookies or privacy', () => {
    const result = classify(
      `<div id="t" class="consent-story"><p>Parents must sign the school trip form before Friday, and ${PROSE}</p></div>`,
    );
    expect(result.kindOf('t')).toBeNull();
    expect(result.matches).toHaveLength(0);
  });

  it('leaves an article paragraph about cookies', () => {
    const result = classify(`<p id="t">Girl Scout cookie sales rose by a third this spring, and ${PROSE}</p>`);
    expect(result.kindOf('t')).toBeNull();
  });
});
