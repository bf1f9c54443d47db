import { describe, expect, it } from 'vitest';
import { foreignQuotes } from '@/lib/detect/signals/foreign-quotes';
import { textContext } from '../context';

describe('foreign-quotes signal', () => {
  it('fires on Polish „…” quotation marks and credits Polish', () => {
    const evidence = foreignQuotes.run(textContext('Tusk called the vote „a historic day for Poland” on Sunday.'));
    expect(evidence?.weight).toBe(0.3);
    expect(evidence?.languages).toEqual({ pl: 1 });
    expect(evidence?.detail).toContain('„a historic day for Poland”');
    expect(evidence?.detail).toContain('(Polish)');
  });

  it('fires on German „…“ quotation marks, weighing two quotations more than one', () => {
    const evidence = foreignQuotes.run(textContext('Scholz spoke of „a turning point“ and promised „a new era“ for the army.'));
    expect(evidence?.weight).toBe(0.42);
    expect(Object.keys(evidence!.languages!).sort()).toEqual(['cs', 'de', 'ru']);
    expect(evidence?.detail).toContain('„a turning point“');
    expect(evidence?.detail).toContain('German');
  });

  it('counts a low quote closed by a straight one, as Polish, German and Czech keyboards type it', () => {
    const evidence = foreignQuotes.run(textContext('Tusk called the vote „a historic day for Poland" on Sunday.'));
    expect(evidence?.weight).toBe(0.3);
    expect(Object.keys(evidence!.languages!).sort()).toEqual(['cs', 'de', 'pl']);
  });

  it('reads German »…« marks as German alone', () => {
    const evidence = foreignQuotes.run(textContext('The chancellor said »we stand together« after the meeting.'));
    expect(evidence?.weight).toBe(0.3);
    expect(evidence?.languages).toEqual({ de: 1 });
    expect(evidence?.detail).toContain('»we stand together«');
  });

  it('fires on «…» guillemets for Russian, Ukrainian and the Romance languages, up to 0.5', () => {
    const evidence = foreignQuotes.run(
      textContext('Peskov called the talks «constructive and calm». He said «there is no deadline» and «we will see».'),
    );
    expect(evidence?.weight).toBe(0.5);
    expect(Object.keys(evidence!.languages!).sort()).toEqual(['es', 'fr', 'it', 'pt', 'ru', 'uk']);
    expect(evidence?.detail).toContain('«constructive and calm»');
    expect(evidence?.detail).toContain('Russian');
  });

  // The closing » of one quotation and the opening « of the next are not a German »…« quotation.
  it('does not read the gap between two «…» quotations as a German one', () => {
    const evidence = foreignQuotes.run(textContext('Peskov called the talks «constructive and calm». He said «no, not at all» twice.'));
    expect(evidence?.weight).toBe(0.42);
    expect(evidence?.languages).not.toHaveProperty('de');
    expect(evidence?.detail).not.toContain('He said');
  });

  it('leaves a word or two in foreign marks: a term being discussed, not a translated quotation', () => {
    expect(foreignQuotes.run(textContext('In German the passive uses „wurde“ and „worden“, as in the example.'))).toBeNull();
  });

  it('does not read a Polish quotation followed by English marks as German', () => {
    const evidence = foreignQuotes.run(textContext('Tusk spoke of „a historic day” and the “curly” English marks came later.'));
    expect(evidence?.weight).toBe(0.3);
    expect(evidence?.languages).toEqual({ pl: 1 });
  });

  it.each([
    'The so-called “curly quotes” and ‘single ones’ are English.',
    'She said "straight quotes" are fine, and it\'s the writer\'s choice.',
    '“We will not leave,” the minister said. “Not today.”',
  ])('stays silent on English quotation marks: %s', (text) => {
    expect(foreignQuotes.run(textContext(text))).toBeNull();
  });

  it('does not pair marks on different lines', () => {
    expect(foreignQuotes.run(textContext('Next page »\n« Previous page'))).toBeNull();
    expect(foreignQuotes.run(textContext('A lone „ mark here\nand a ” there.'))).toBeNull();
  });
});
