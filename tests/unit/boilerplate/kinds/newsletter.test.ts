import { describe, expect, it } from 'vitest';
import { classify, PROSE } from './find';

const FIELD = '<form action="/subscribe"><input type="email" placeholder="E-mail"><button>OK</button></form>';

describe('newsletter sign-up boxes', () => {
  it('finds a Mailchimp box by class', () => {
    const result = classify('', `<div id="t" class="mc4wp-form-fields"><p>Get our morning briefing.</p>${FIELD}</div>`);
    expect(result.kindOf('t')).toBe('newsletter');
    expect(result.touchesArticle()).toBe(false);
  });

  it.each([
    ['English', 'Subscribe to our newsletter'],
    ['German', 'Newsletter abonnieren'],
    ['Polish', 'Zapisz się do newslettera'],
    ['Russian', 'Подписаться на рассылку'],
  ])('finds a %s "%s" box with an e-mail field', (_language, heading) => {
    const result = classify('', `<div id="t"><h3>${heading}</h3><p>Every morning.</p>${FIELD}</div>`);
    expect(result.kindOf('t')).toBe('newsletter');
  });

  it('finds a bare form that asks for an e-mail address only', () => {
    expect(classify('', '<form id="t" action="/join"><input name="EMAIL"><button>Join</button></form>').kindOf('t')).toBe('newsletter');
  });

  it('leaves a paragraph that tells readers to subscribe but has no form', () => {
    const result = classify(`<p id="t">Subscribe to the council’s minutes if you want the detail, but ${PROSE}</p>`);
    expect(result.kindOf('t')).toBeNull();
    expect(result.matches).toHaveLength(0);
  });

  it('does not call a contact form with a message box a newsletter', () => {
    const form =
      '<form id="t" action="/contact"><input type="email" name="email"><textarea name="message"></textarea><button>Send</button></form>';
    expect(classify('', form).kindOf('t')).not.toBe('newsletter');
  });
});
