import { describe, expect, it } from 'vitest';
import { FLAG_KEYS, flagMoveFor, isTypingTarget, keyLabel, stepFlag } from '@/lib/reader/navigation';
import { documentFrom } from '../helpers';

const doc = documentFrom(`<!doctype html><body>
  <main><p id="text">Some <mark id="mark" tabindex="0">text</mark></p><button id="button">Go</button></main>
  <input id="field"><input id="search" type="search"><input id="check" type="checkbox"><textarea id="area"></textarea>
  <select id="select"><option>a</option></select>
  <div contenteditable="true"><p id="editable">edit me</p></div><div contenteditable="false"><p id="locked">no</p></div>
</body>`);
const element = (id: string) => doc.getElementById(id)!;

describe('flagMoveFor', () => {
  it('j and n go to the next flag, k and p to the previous one', () => {
    for (const key of ['j', 'n']) expect(flagMoveFor({ key, target: element('text') })).toBe('next');
    for (const key of ['k', 'p']) expect(flagMoveFor({ key, target: element('mark') })).toBe('previous');
  });

  it('Alt+↓ and Alt+↑ too, and arrows alone scroll as usual', () => {
    expect(flagMoveFor({ key: 'ArrowDown', altKey: true, target: element('button') })).toBe('next');
    expect(flagMoveFor({ key: 'ArrowUp', altKey: true, target: doc.body })).toBe('previous');
    expect(flagMoveFor({ key: 'ArrowDown', target: doc.body })).toBeNull();
    expect(flagMoveFor({ key: 'j', altKey: true, target: doc.body })).toBeNull();
  });

  it('leaves other keys, shortcuts with Ctrl or ⌘, capitals, composition and handled keys alone', () => {
    for (const key of ['J', 'x', 'Enter', ' ', 'Tab', 'Escape']) expect(flagMoveFor({ key, target: doc.body })).toBeNull();
    expect(flagMoveFor({ key: 'n', ctrlKey: true, target: doc.body })).toBeNull();
    expect(flagMoveFor({ key: 'k', metaKey: true, target: doc.body })).toBeNull();
    expect(flagMoveFor({ key: 'j', isComposing: true, target: doc.body })).toBeNull();
    expect(flagMoveFor({ key: 'j', defaultPrevented: true, target: doc.body })).toBeNull();
  });

  it('never fires while typing', () => {
    for (const id of ['field', 'search', 'area', 'select', 'editable']) {
      expect(flagMoveFor({ key: 'j', target: element(id) }), id).toBeNull();
      expect(flagMoveFor({ key: 'ArrowDown', altKey: true, target: element(id) }), id).toBeNull();
    }
  });
});

describe('isTypingTarget', () => {
  it('is true for text fields, text areas, selects and editable content only', () => {
    expect(isTypingTarget(element('field'))).toBe(true);
    expect(isTypingTarget(element('area'))).toBe(true);
    expect(isTypingTarget(element('editable'))).toBe(true);
    expect(isTypingTarget(element('check'))).toBe(false);
    expect(isTypingTarget(element('locked'))).toBe(false);
    expect(isTypingTarget(element('mark'))).toBe(false);
    expect(isTypingTarget(doc)).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
    expect(isTypingTarget(undefined)).toBe(false);
  });
});

describe('stepFlag', () => {
  it('starts at the first (next) or the last (previous) flag', () => {
    expect(stepFlag(-1, 5, 'next')).toBe(0);
    expect(stepFlag(-1, 5, 'previous')).toBe(4);
    expect(stepFlag(9, 5, 'next')).toBe(0);
  });

  it('moves by one and wraps around', () => {
    expect(stepFlag(0, 5, 'next')).toBe(1);
    expect(stepFlag(4, 5, 'next')).toBe(0);
    expect(stepFlag(0, 5, 'previous')).toBe(4);
    expect(stepFlag(3, 5, 'previous')).toBe(2);
    expect(stepFlag(0, 1, 'next')).toBe(0);
  });

  it('has nowhere to go without flags', () => {
    expect(stepFlag(-1, 0, 'next')).toBe(-1);
    expect(stepFlag(0, 0, 'previous')).toBe(-1);
  });
});

describe('FLAG_KEYS', () => {
  it('are the keys flagMoveFor answers to', () => {
    for (const move of ['next', 'previous'] as const)
      for (const key of FLAG_KEYS[move]) {
        const [alt, name] = key.startsWith('Alt+') ? [true, key.slice(4)] : [false, key];
        expect(flagMoveFor({ key: name, altKey: alt, target: element('text') }), key).toBe(move);
      }
  });

  it('read as the hint and the bar’s titles show them', () => {
    expect(keyLabel('Alt+ArrowDown')).toBe('Alt+↓');
    expect(keyLabel('j')).toBe('j');
  });
});
