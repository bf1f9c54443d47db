import { describe, expect, it } from 'vitest';
import { failure, SNAPSHOT_PART_CHARS, snapshotMessages, type ContentRequest } from '@/lib/messages';
import { unanalysableReason } from '@/lib/unanalysable';
import { documentFrom } from './helpers';

/** jsdom only parses HTML and XML; other content types are stood in for by a stub. */
function stub(contentType: string, bodyText = ''): Document {
  return { contentType, body: { textContent: bodyText } } as unknown as Document;
}

describe('failure', () => {
  it('carries an error’s message, or the thrown value as text', () => {
    expect(failure(new Error('No tab'))).toEqual({ ok: false, error: 'No tab' });
    expect(failure('Timed out')).toEqual({ ok: false, error: 'Timed out' });
    expect(failure(42)).toEqual({ ok: false, error: '42' });
  });
});

describe('unanalysableReason', () => {
  it('accepts a page with text', () => {
    expect(unanalysableReason(documentFrom('<p>The troops left.</p>'))).toBeNull();
  });

  it('explains an empty page', () => {
    expect(unanalysableReason(documentFrom('<html><body>  \n </body></html>'))).toMatch(/empty/);
    expect(unanalysableReason(documentFrom('<html><body><img src="a.png"></body></html>'))).toMatch(/empty/);
  });

  it('explains an XML document without a body as empty, not as a non-page', () => {
    const xml = documentFrom('<p>x</p>').implementation.createDocument(null, 'feed', null);
    expect(unanalysableReason(xml)).toMatch(/empty/);
  });

  it('explains a PDF', () => {
    expect(unanalysableReason(stub('application/pdf', 'text'))).toMatch(/PDF/);
  });

  it('names other content types', () => {
    expect(unanalysableReason(stub('image/png', 'x'))).toContain('image/png');
    expect(unanalysableReason(stub('text/plain', 'x'))).toContain('not a web page');
  });
});

describe('snapshotMessages', () => {
  const snapshot = (body: string) => ({
    url: 'https://news.example/a',
    contentType: 'text/html',
    htmlAttributes: [],
    head: '<title>A</title>',
    body,
    noscripts: [],
  });

  it('carries a large body in parts small enough to copy out of the page in a short task, and puts it back whole', () => {
    const body = `<body>${'<p>Harbour budget – ünïcode text.</p>'.repeat(10_000)}</body>`;
    const messages = snapshotMessages('report', snapshot(body));
    const parts = messages.flatMap((message) => (message.type === 'snapshot-part' ? [message.part] : []));
    expect(parts.length).toBe(Math.ceil(body.length / SNAPSHOT_PART_CHARS));
    expect(Math.max(...parts.map((part) => part.length))).toBeLessThanOrEqual(SNAPSHOT_PART_CHARS);
    expect(parts.join('')).toBe(body);
    const last = messages.at(-1) as ContentRequest;
    expect(last).toEqual({ type: 'analyse-snapshot', purpose: 'report', snapshot: { ...snapshot(body), body: '' } });
  });

  it('sends a body taken in chunks as it is, never joined in the page, splitting only a chunk longer than a part', () => {
    const chunks = ['<body><p>One</p>', 'x'.repeat(SNAPSHOT_PART_CHARS + 10), '', '<p>Two</p></body>'];
    const messages = snapshotMessages('clean', snapshot(''), chunks);
    const parts = messages.flatMap((message) => (message.type === 'snapshot-part' ? [message.part] : []));
    expect(parts).toEqual(['<body><p>One</p>', 'x'.repeat(SNAPSHOT_PART_CHARS), 'x'.repeat(10), '<p>Two</p></body>']);
    expect(messages.at(-1)).toEqual({ type: 'analyse-snapshot', purpose: 'clean', snapshot: snapshot('') });
  });

  it('sends only the request for an empty body', () => {
    expect(snapshotMessages('auto', snapshot(''))).toEqual([{ type: 'analyse-snapshot', purpose: 'auto', snapshot: snapshot('') }]);
  });
});
