/**
 * Bytes of a saved page → text: BOM, then valid UTF-8, then the page's own
 * <meta charset>, then windows-1252 (what browsers assume for old pages).
 */

const BOMS: Array<[number[], string]> = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const match = head.match(/<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i);
  return match ? match[1]!.toLowerCase() : null;
}

// What windows-1252 puts at 0x80-0x9F (curly quotes, dashes, €...); Node
// 20.18.3+ decodes that label as Latin-1 instead (nodejs/node#60888).
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const WINDOWS_1252_LABELS = new Set([
  'windows-1252',
  'cp1252',
  'x-cp1252',
  'iso-8859-1',
  'iso8859-1',
  'latin1',
  'l1',
  'ascii',
  'us-ascii',
  'iso_8859-1',
  'cp819',
  'ibm819',
]);

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let start = 0; start < bytes.length; start += 8192) {
    const chunk = bytes.subarray(start, start + 8192);
    text += String.fromCharCode(
      ...Array.from(chunk, (byte) => (byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH.charCodeAt(byte - 0x80) : byte)),
    );
  }
  return text;
}

export function decodePage(bytes: Uint8Array): { text: string; encoding: string } {
  for (const [bom, encoding] of BOMS) {
    if (bom.every((byte, index) => bytes[index] === byte)) {
      return { text: new TextDecoder(encoding).decode(bytes.subarray(bom.length)), encoding };
    }
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // not UTF-8: fall through to what the page declares
  }
  const declared = declaredCharset(bytes);
  if (declared && !WINDOWS_1252_LABELS.has(declared) && declared !== 'utf-8' && declared !== 'utf8') {
    try {
      return { text: new TextDecoder(declared).decode(bytes), encoding: declared };
    } catch {
      // unknown label: fall back
    }
  }
  return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
}
