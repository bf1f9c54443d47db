import { describe, expect, it } from 'vitest';
import { clearHighlights, flagMarks, highlightFlags, FLAG_MARK_CLASS } from '@/lib/reader/highlight';
import { blockText } from '@/lib/dom/text';
import { findFlags } from '@/lib/flags/engine';
import type { Flag } from '@/lib/report';
import { documentFrom } from '../helpers';

function article(html: string): HTMLElement {
  const root = documentFrom(`<!doctype html><html><body><div id="root">${html}</div></body></html>`).getElementById('root')!;
  return root;
}

function flagFor(root: Node, phrase: string): Flag {
  const text = blockText(root);
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`"${phrase}" not in "${text}"`);
  return { start, end: start + phrase.length, text: phrase, ruleId: 'test', category: 'calque', message: 'm' };
}

/** Text of the marks of each flag, joined. */
function markedText(root: HTMLElement, index: number): string {
  return Array.from(root.querySelectorAll(`mark[data-flag-index="${index}"]`))
    .map((mark) => mark.textContent)
    .join('');
}

describe('highlightFlags', () => {
  it('wraps exactly the flagged words in a <mark>', () => {
    const root = article('<p>He said the Ministry of National Defense was ready.</p>');
    const before = root.textContent;
    const marks = highlightFlags(root, [flagFor(root, 'Ministry of National Defense')]);
    expect(marks).toHaveLength(1);
    expect(marks[0]!.textContent).toBe('Ministry of National Defense');
    expect(marks[0]!.classList.contains(FLAG_MARK_CLASS)).toBe(true);
    expect(marks[0]!.classList.contains('flag-calque')).toBe(true);
    expect(root.textContent).toBe(before);
  });

  it('splits a flag that crosses an <em> boundary into marks that together cover it', () => {
    const root = article('<p>The <em>Ministry of</em> National Defense said.</p>');
    const before = root.textContent;
    const marks = highlightFlags(root, [flagFor(root, 'Ministry of National Defense')]);
    expect(marks).toHaveLength(2);
    expect(marks.map((mark) => mark.textContent).join('')).toBe('Ministry of National Defense');
    expect(marks[0]!.parentElement!.localName).toBe('em');
    expect(root.textContent).toBe(before);
    expect(root.querySelector('em')!.textContent).toBe('Ministry of');
  });

  it('marks several flags in one text node, in text order', () => {
    const root = article('<p>Szojgu met Ławrow and Pieskow.</p>');
    const flags = [flagFor(root, 'Pieskow'), flagFor(root, 'Szojgu'), flagFor(root, 'Ławrow')];
    const marks = highlightFlags(root, flags);
    expect(marks.map((mark) => mark.textContent)).toEqual(['Szojgu', 'Ławrow', 'Pieskow']);
    expect(marks.map((mark) => mark.dataset.flagIndex)).toEqual(['1', '2', '0']);
    expect(root.textContent).toBe('Szojgu met Ławrow and Pieskow.');
  });

  it('finds the right words when the source HTML has extra whitespace and several paragraphs', () => {
    const root = article('<p>First   paragraph.</p>\n\n<p>  Then   Russia’s\n   Ministry of National Defense   said.</p>');
    const text = blockText(root);
    const flags = findFlags({ text, sourceLanguage: 'pl' });
    expect(flags).toHaveLength(1);
    highlightFlags(root, flags);
    expect(markedText(root, 0).replace(/\s+/g, ' ')).toBe(flags[0]!.text);
    // The text the reader computes after highlighting is unchanged, so offsets stay valid.
    expect(blockText(root)).toBe(text);
  });
});

describe('clearHighlights', () => {
  it('takes the marks out and leaves the article exactly as it was', () => {
    const html = '<p>Szojgu met <em>the Ministry of</em> National Defense and Ławrow.</p><p>Second <a href="/x">paragraph</a>.</p>';
    const root = article(html);
    const before = root.innerHTML;
    highlightFlags(root, [flagFor(root, 'Ministry of National Defense'), flagFor(root, 'Szojgu'), flagFor(root, 'Ławrow')]);
    expect(root.querySelectorAll('mark')).toHaveLength(4);
    clearHighlights(root);
    expect(root.querySelectorAll('mark')).toHaveLength(0);
    expect(root.innerHTML).toBe(before);
    // Text nodes are merged back, not left in pieces.
    expect(root.querySelector('p')!.firstChild!.nodeValue).toBe('Szojgu met ');
  });

  it('lets another set of flags be highlighted at the same offsets', () => {
    const root = article('<p>Szojgu met Ławrow and Pieskow.</p>');
    const flags = [flagFor(root, 'Szojgu'), flagFor(root, 'Ławrow'), flagFor(root, 'Pieskow')];
    highlightFlags(root, flags);
    clearHighlights(root);
    const marks = highlightFlags(root, [flags[2]!, flags[0]!]);
    expect(marks.map((mark) => mark.textContent)).toEqual(['Szojgu', 'Pieskow']);
    clearHighlights(root);
    highlightFlags(root, flags);
    expect(Array.from(root.querySelectorAll('mark'), (mark) => mark.textContent)).toEqual(['Szojgu', 'Ławrow', 'Pieskow']);
    expect(root.textContent).toBe('Szojgu met Ławrow and Pieskow.');
  });

  it('leaves other <mark> elements of the article alone', () => {
    const root = article('<p>A <mark>quoted highlight</mark> and Szojgu.</p>');
    highlightFlags(root, [flagFor(root, 'Szojgu')]);
    clearHighlights(root);
    expect(root.innerHTML).toBe('<p>A <mark>quoted highlight</mark> and Szojgu.</p>');
  });
});

describe('flagMarks', () => {
  it('finds every mark of a flag by its key, in text order', () => {
    const root = article('<p>The <em>Ministry of</em> National Defense said.</p>');
    const marks = highlightFlags(root, [flagFor(root, 'Ministry of National Defense')]);
    for (const mark of marks) mark.dataset.flagKey = 'k1';
    expect(flagMarks(root, 'k1').map((mark) => mark.textContent)).toEqual(['Ministry of', ' National Defense']);
    expect(flagMarks(root, 'other')).toEqual([]);
  });
});
