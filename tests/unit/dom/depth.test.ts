import { describe, expect, it } from 'vitest';
import { flattenDeepNesting, MAX_DEPTH, MAX_WRAPPER_CHAIN } from '@/lib/dom/depth';
import { documentFrom } from '../helpers';

const nested = (depth: number, inner: string) => `<html><body>${'<div>'.repeat(depth)}${inner}${'</div>'.repeat(depth)}</body></html>`;

describe('flattening degenerate nesting', () => {
  it('lifts the end of a long wrapper chain up, keeping its words and the outer element', () => {
    const doc = documentFrom(nested(1000, '<p>The council met.</p>'));
    const outer = doc.body.firstElementChild!;
    const result = flattenDeepNesting(doc.body);
    expect(result.unwrapped).toBeGreaterThan(990);
    expect(doc.body.textContent).toBe('The council met.');
    expect(doc.body.querySelectorAll('p')).toHaveLength(1);
    expect(doc.body.contains(outer) || doc.body.firstElementChild?.tagName === 'P').toBe(true);
  });

  it('leaves pages as real templates nest them alone', () => {
    const html = nested(MAX_WRAPPER_CHAIN - 1, '<article class="entry-content"><p>One.</p><p>Two.</p></article>');
    const doc = documentFrom(html);
    const before = doc.body.outerHTML;
    expect(flattenDeepNesting(doc.body)).toEqual({ unwrapped: 0, truncated: 0 });
    expect(doc.body.outerHTML).toBe(before);
  });

  it('cuts a deep branching tree at the depth limit and keeps the text below it', () => {
    const deep = `${'<section><p>level</p>'.repeat(MAX_DEPTH + 40)}<p>bottom words</p>${'</section>'.repeat(MAX_DEPTH + 40)}`;
    const doc = documentFrom(`<html><body>${deep}</body></html>`);
    const result = flattenDeepNesting(doc.body);
    expect(result.truncated).toBeGreaterThan(0);
    expect(doc.body.textContent).toContain('bottom words');
    let depth = 0;
    for (let element: Element | null = doc.body; element; element = element.lastElementChild) depth++;
    expect(depth).toBeLessThanOrEqual(MAX_DEPTH + 2);
  });
});
