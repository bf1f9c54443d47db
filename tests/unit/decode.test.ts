/** cli/decode.ts (kept out of tests/unit/cli*, which belongs to the CLI tests). */
import { describe, expect, it } from 'vitest';
import { decodePage } from '@/cli/decode';

/** ASCII text with `{xx}` standing for the byte 0xXX. */
function bytes(template: string): Uint8Array {
  const out: number[] = [];
  for (const part of template.split(/(\{[0-9a-f]{2}\})/i)) {
    if (/^\{[0-9a-f]{2}\}$/i.test(part)) out.push(parseInt(part.slice(1, 3), 16));
    else for (const ch of part) out.push(ch.charCodeAt(0));
  }
  return Uint8Array.from(out);
}

describe('decodePage', () => {
  it('reads a UTF-8 BOM and drops it', () => {
    const input = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<p>Żółw</p>')]);
    expect(decodePage(input)).toEqual({ text: '<p>Żółw</p>', encoding: 'utf-8' });
  });

  it('reads a UTF-16LE BOM', () => {
    expect(decodePage(bytes('{ff}{fe}<{00}p{00}>{00}'))).toEqual({ text: '<p>', encoding: 'utf-16le' });
  });

  it('takes valid UTF-8 as UTF-8, whatever the page declares', () => {
    const input = new TextEncoder().encode('<meta charset="windows-1250"><p>Zażółć gęślą jaźń</p>');
    expect(decodePage(input)).toEqual({ text: '<meta charset="windows-1250"><p>Zażółć gęślą jaźń</p>', encoding: 'utf-8' });
  });

  it('uses a declared windows-1250 when the bytes are not UTF-8', () => {
    const result = decodePage(bytes('<meta charset="windows-1250"><p>Wojsko wr{f3}ci{b3}o, {9c}wiat {bf}yje, {b9}</p>'));
    expect(result.encoding).toBe('windows-1250');
    expect(result.text).toContain('Wojsko wróciło, świat żyje, ą');
  });

  it('uses a declared iso-8859-2 from an http-equiv meta', () => {
    const result = decodePage(bytes('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-2"><p>{b3}{b6}{bf}{b1}</p>'));
    expect(result.encoding).toBe('iso-8859-2');
    expect(result.text).toContain('<p>łśżą</p>');
  });

  it('falls back to windows-1252 without a declaration or with an unknown one', () => {
    expect(decodePage(bytes('<p>caf{e9}</p>'))).toEqual({ text: '<p>café</p>', encoding: 'windows-1252' });
    expect(decodePage(bytes('<meta charset="x-made-up"><p>caf{e9}</p>'))).toEqual({
      text: '<meta charset="x-made-up"><p>café</p>',
      encoding: 'windows-1252',
    });
  });

  // Node >= 20.18.3 decodes the label "windows-1252" as Latin-1 (nodejs/node#60888); decodePage
  // must not, or the curly quotes and the dialogue dash (0x96) of old pages are lost.
  it('decodes the curly quotes and dashes of windows-1252', () => {
    expect(decodePage(bytes('<p>{96} {93}Go home{94}, said Putin</p>')).text).toBe('<p>– “Go home”, said Putin</p>');
  });
});
