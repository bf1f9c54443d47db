import { describe, expect, it } from 'vitest';
import { declaredLanguage } from '@/lib/detect/signals/declared-language';
import { UNCERTAIN_THRESHOLD } from '@/lib/detect/detect';
import { pageContext, textContext } from '../context';

const BODY = '<body><p>The council voted on Tuesday.</p></body>';

describe('declared-language signal', () => {
  it('fires when an English text sits on a page declared Polish', () => {
    const evidence = declaredLanguage.run(pageContext(`<html lang="pl-PL"><head></head>${BODY}</html>`));
    expect(evidence?.weight).toBeGreaterThan(0);
    // Honest multilingual blogs post English under a foreign template: alone it must not reach "uncertain".
    expect(evidence!.weight).toBeLessThan(UNCERTAIN_THRESHOLD);
    expect(evidence?.languages).toEqual({ pl: 1 });
    expect(evidence?.detail).toContain('Polish');
  });

  it('weighs more when og:locale says the same', () => {
    const evidence = declaredLanguage.run(
      pageContext(`<html lang="pl"><head><meta property="og:locale" content="pl_PL"></head>${BODY}</html>`),
    );
    const single = declaredLanguage.run(pageContext(`<html lang="pl"><head></head>${BODY}</html>`));
    expect(evidence!.weight).toBeGreaterThan(single!.weight);
    expect(evidence!.weight).toBeLessThan(UNCERTAIN_THRESHOLD);
    expect(evidence?.detail).toContain('og:locale');
  });

  it('reads the site default language from hreflang x-default', () => {
    const head =
      '<link rel="alternate" hreflang="de" href="https://news.example/"><link rel="alternate" hreflang="en" href="https://news.example/en/"><link rel="alternate" hreflang="x-default" href="https://news.example/">';
    const evidence = declaredLanguage.run(pageContext(`<html lang="en"><head>${head}</head>${BODY}</html>`));
    expect(evidence?.languages).toEqual({ de: 1 });
  });

  it('stays silent on a page declared English, or declaring nothing', () => {
    expect(
      declaredLanguage.run(pageContext(`<html lang="en-GB"><head><meta property="og:locale" content="en_GB"></head>${BODY}</html>`)),
    ).toBeNull();
    expect(declaredLanguage.run(pageContext(`<html><head></head>${BODY}</html>`))).toBeNull();
  });

  it('stays silent in text mode and is English-only', () => {
    expect(declaredLanguage.run(textContext('The council voted.'))).toBeNull();
    expect(declaredLanguage.englishOnly).toBe(true);
  });
});
