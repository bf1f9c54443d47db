import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { ruleStyleSheet } from '@/lib/rules/rule-css';

const rule = (removeSelectors: string[], keepSelectors: string[] = []) => ({ removeSelectors, keepSelectors });

/** Which elements the style sheet hides, as a browser's selector engine reads it (jsdom's nwsapi). */
function hiddenBy(css: string, html: string): string[] {
  const doc = new JSDOM(html).window.document;
  const selectors = css
    .split('\n')
    .filter(Boolean)
    .map((line) => line.slice(0, line.lastIndexOf('{')));
  return Array.from(doc.querySelectorAll('[id]'))
    .filter((element) =>
      selectors.some((selector) => {
        try {
          return element.matches(selector);
        } catch {
          return false;
        }
      }),
    )
    .map((element) => element.id);
}

describe('ruleStyleSheet', () => {
  it('hides what the rule names, one style rule per selector', () => {
    const css = ruleStyleSheet(rule(['.promo', 'aside.related, #newsletter']));
    expect(css.split('\n')).toHaveLength(2);
    expect(css).toContain('display:none!important');
    expect(
      hiddenBy(css, '<div class="promo" id="p"></div><aside class="related" id="r"></aside><div id="newsletter"></div><div id="x"></div>'),
    ).toEqual(['p', 'r', 'newsletter']);
  });

  it('leaves a kept element and whatever holds it alone', () => {
    const css = ruleStyleSheet(rule(['.box'], ['.keep']));
    expect(
      hiddenBy(
        css,
        '<div class="box" id="a"><p class="keep" id="k"></p></div><div class="box" id="b"></div><div class="box keep" id="c"></div>',
      ),
    ).toEqual(['b']);
  });

  it('refuses selectors that could end the rule and add declarations or load anything', () => {
    const css = ruleStyleSheet(rule(['.a{} @import url(https://tracker.example/x.css);', '.b /* */', '.ok']));
    expect(css).not.toContain('@import');
    expect(css).not.toContain('.b');
    expect(css).toContain('.ok');
  });
});
