import { describe, expect, it } from 'vitest';
import { hreflangAlternates } from '@/lib/detect/signals/hreflang-alternates';
import { pageContext } from '../context';

const page = (links: string) => `<html lang="en"><head>${links}</head><body><article><p>The troops left.</p></article></body></html>`;

describe('hreflang-alternates signal', () => {
  it('names the language of the one other version of the article', () => {
    const evidence = hreflangAlternates.run(
      pageContext(
        page(
          '<link rel="alternate" hreflang="pl" href="https://news.example/pl/wojsko/"><link rel="alternate" hreflang="en" href="https://news.example/en/troops/">',
        ),
      ),
    );
    expect(evidence?.languages).toEqual({ pl: 1 });
    expect(evidence?.detail).toContain('Polish');
    expect(hreflangAlternates.answers).toBe('translation');
  });

  it('stays silent on a site offered in many languages, and on a page with only English alternates', () => {
    const many = ['de', 'fr', 'es', 'it'].map((code) => `<link rel="alternate" hreflang="${code}" href="/${code}/">`).join('');
    expect(hreflangAlternates.run(pageContext(page(many)))).toBeNull();
    expect(hreflangAlternates.run(pageContext(page('<link rel="alternate" hreflang="en-GB" href="/uk/">')))).toBeNull();
  });
});
