import { describe, expect, it } from 'vitest';
import { UNCERTAIN_THRESHOLD } from '@/lib/detect/detect';
import { translationPlugins } from '@/lib/detect/signals/translation-plugins';
import { pageContext, textContext } from '../context';

describe('translation-plugins signal', () => {
  it('fires on the <font style="vertical-align: inherit;"> that Google page translation injects', () => {
    const page =
      '<html><body><p><font style="vertical-align: inherit;"><font style="vertical-align: inherit;">The troops left.</font></font></p></body></html>';
    const evidence = translationPlugins.run(pageContext(page));
    expect(evidence?.weight).toBe(0.85);
    expect(evidence?.detail).toContain('Google page translation');
  });

  it('reads a page whose form has a control named "id" (the form’s id property is then that control)', () => {
    // Seen on aclu, breitbart, cnet and a bugzilla page of readability-pages: the whole analysis failed.
    const page =
      '<html><body><form action="/search"><input name="id" value="x"><input name="className"></form><div id="gtranslate_wrapper"></div><p>The troops left.</p></body></html>';
    const context = pageContext(page);
    const form = context.doc!.querySelector('form')!;
    // Browsers let a form's controls override its properties by name; jsdom does not, so the override is made here.
    Object.defineProperty(form, 'id', { get: () => form.querySelector('[name="id"]') });
    const evidence = translationPlugins.run(context);
    expect(evidence?.detail).toContain('GTranslate');
  });

  it('fires on a GTranslate wrapper and reads the site’s default language', () => {
    const page = `<html><body><div class="gtranslate_wrapper"></div><script>window.gtranslateSettings = {"default_language":"pl","languages":["pl","en"]};</script><p>The troops left.</p></body></html>`;
    // The Polish original with its plugin: it only offers translations, not enough for "uncertain".
    const evidence = translationPlugins.run(pageContext(page, { textLanguage: 'pl' }));
    expect(evidence!.weight).toBeLessThan(UNCERTAIN_THRESHOLD);
    expect(evidence?.detail).toContain('GTranslate');
    expect(evidence?.languages).toEqual({ pl: 0.5 });
  });

  it('weighs more when the text is English on a site the plugin says is Polish', () => {
    const page = `<html><body><div class="gtranslate_wrapper"></div><script>window.gtranslateSettings = {"default_language":"pl","languages":["pl","en"]};</script><p>The troops left.</p></body></html>`;
    const alone = translationPlugins.run(pageContext(page, { textLanguage: 'pl' }))!;
    const english = translationPlugins.run(pageContext(page, { textLanguage: 'en' }))!;
    expect(english.weight).toBeGreaterThan(alone.weight);
    expect(english.weight).toBeGreaterThanOrEqual(UNCERTAIN_THRESHOLD);
    expect(english.detail).toContain('written in Polish, but this text is English');
  });

  it('recognises each plugin by any of its markers, in whatever case a page without a doctype may write them', () => {
    // Quirks mode (no doctype) compares classes ignoring case; attribute names always are.
    const pages = {
      'the Weglot plugin': '<div CLASS="Weglot-Container"></div>',
      'the TranslatePress plugin': '<span DATA-TRP-TRANSLATE-ID="4">Hello</span>',
      'the GTranslate plugin': '<a class="glink nturl" data-gt-lang="de">DE</a>',
      'an X-Translated-By header': '<meta http-equiv="x-translated-by" content="Google">',
      'the Google Website Translator widget': '<div id="google_translate_element"></div>',
    };
    for (const [plugin, markup] of Object.entries(pages)) {
      const evidence = translationPlugins.run(pageContext(`<html><body>${markup}<p>The troops left.</p></body></html>`));
      expect(evidence?.detail, plugin).toContain(plugin);
    }
    // A class of that name on another tag is not the plugin's link.
    expect(translationPlugins.run(pageContext('<html><body><span class="glink" data-gt-lang="de">DE</span></body></html>'))).toBeNull();
  });

  it('stays silent on a plain page and in text mode', () => {
    expect(translationPlugins.run(pageContext('<html><body><p><font color="red">Old markup</font> is fine.</p></body></html>'))).toBeNull();
    expect(translationPlugins.run(textContext('vertical-align: inherit'))).toBeNull();
  });

  it('also runs on non-English text', () => {
    expect(translationPlugins.englishOnly).toBe(false);
  });
});
