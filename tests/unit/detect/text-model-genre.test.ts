import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { joinSegments, readMtReal } from '@/bench/mt-real';
import { mailProse } from '@/bench/genre-originals';
import { sentenceKeys } from '@/lib/detect/text-model/sentence-keys';
import { sentences } from '@/lib/text/words';

const FIXTURE = join(__dirname, '../../fixtures/mt-real-sample');

describe('text model experiments: corpus rows and genre originals (issue 11, eighth pass)', () => {
  it('lets a title without a full stop end its sentence instead of running into the next row', () => {
    const rows = ['Canada to stop criminalizing blasphemous libel', 'A professor was convicted.', '"It came too late."', 'Then it rained.'];
    expect(sentenceKeys(joinSegments(rows))).toHaveLength(2);
    const lined = joinSegments(rows, true);
    expect(lined).toBe('Canada to stop criminalizing blasphemous libel\nA professor was convicted. "It came too late." Then it rained.');
    expect(sentenceKeys(lined)[0]).toEqual(['canada', 'to', 'stop', 'criminalizing', 'blasphemous', 'libel']);
  });

  it('reads the same passages with line breaks, which differ only where a row has no full stop', () => {
    const spaced = readMtReal(FIXTURE, { readability: null, sotu: false });
    const lined = readMtReal(FIXTURE, { readability: null, sotu: false, lineBreaks: true });
    expect(lined.map((passage) => passage.text.replace(/\n/g, ' '))).toEqual(spaced.map((passage) => passage.text));
    expect(spaced.some((passage) => passage.text.includes('\n'))).toBe(false);
    // The fixture's ru-en rows include titles: some passages change.
    expect(lined.filter((passage) => passage.source === 'mlqe:ru' && passage.text.includes('\n')).length).toBeGreaterThan(0);
  });

  it('keeps a row ending in a full stop apart from a next row in lower case only when every row ends its line (session 11)', () => {
    const rows = ['The council met on Monday.', 'and decided nothing.'];
    expect(sentences(joinSegments(rows, true))).toEqual(['The council met on Monday. and decided nothing.']);
    expect(sentences(joinSegments(rows, 'every'))).toEqual(rows);
    const spaced = readMtReal(FIXTURE, { readability: null, sotu: false });
    const apart = readMtReal(FIXTURE, { readability: null, sotu: false, lineBreaks: 'every' });
    expect(apart.map((passage) => passage.text.replace(/\n/g, ' '))).toEqual(spaced.map((passage) => passage.text));
  });

  it("keeps a mail's own sentences and leaves out headers, quotes, signatures, links and list footers", () => {
    const mail = [
      'From: someone@example.org',
      'Subject: Re: carbonara',
      '',
      'On Tue, Bob wrote:',
      '> you should never add cream to it, whatever the',
      '> recipe says.',
      '',
      "I just had to jump in here as carbonara is one of my favourites and ask what you're supposed",
      'to use instead of cream. I have never seen a recipe without it.',
      '',
      'See http://example.org/recipes for the one I use every week.',
      '',
      '-- ',
      'Stewart, who cooks far too much pasta on weekdays.',
    ].join('\n');
    expect(mailProse(mail)).toEqual([
      "I just had to jump in here as carbonara is one of my favourites and ask what you're supposed to use instead of cream.",
      'I have never seen a recipe without it.',
    ]);
  });
});
