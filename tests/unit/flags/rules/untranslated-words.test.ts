import { describe, expect, it } from 'vitest';
import { untranslatedWords } from '@/lib/flags/rules/untranslated-words';
import { expectExactOffsets } from '../expect-flags';

const run = (text: string, sourceLanguage: string | null) => untranslatedWords.run({ text, sourceLanguage });
const texts = (text: string, sourceLanguage: string | null) => run(text, sourceLanguage).map((flag) => flag.text);

describe('untranslated-words rule', () => {
  it('flags a word written with the source language’s letters', () => {
    const text = 'The mission was już over when the troops left.';
    const flags = run(text, 'pl');
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ text: 'już', category: 'untranslated', ruleId: 'untranslated-words/pl', confidence: 0.8 });
    expect(flags[0]!.message).toContain('Polish');
    expect(flags[0]!.replacements).toEqual([]);
    expectExactOffsets(text, flags);
  });

  it('flags runs of frequent words, one of them not English, as one flag', () => {
    const text = 'He said that nie jest to true and the case was closed.';
    const flags = run(text, 'pl');
    expect(flags.map((flag) => flag.text)).toEqual(['nie jest']);
    expect(flags[0]!.confidence).toBe(0.7);
    expectExactOffsets(text, flags);
    expect(texts('The minister said das ist nicht the point.', 'de')).toEqual(['das ist nicht']);
    expect(texts('Il a dit que les prix sont trop hauts, said the minister.', 'fr')).toContain('que les');
  });

  it('flags Cyrillic words left in the text for Russian and Ukrainian', () => {
    expect(texts('The spokesman said что the talks failed.', 'ru')).toEqual(['что']);
    expect(texts('The spokesman said що the talks failed.', 'uk')).toEqual(['що']);
    // Ukrainian letters are not Russian ones.
    expect(texts('The spokesman said її view was clear.', 'ru')).toEqual([]);
  });

  it('joins a run through English-looking frequent words but trims them at the edges', () => {
    expect(texts('They said to już wiadomo and left.', 'pl')).toEqual(['już']);
    expect(texts('He said więc nie chce to go.', 'pl')).toEqual(['więc nie']);
  });

  it('does not flag one frequent word, or English words alone', () => {
    expect(run('He drank an ale and went to the den.', 'pl')).toEqual([]);
    expect(run('The die is cast, he said; take it or leave it.', 'de')).toEqual([]);
    expect(run('The minister said nie.', 'pl')).toEqual([]);
    expect(run('A pro and a con: we take the jest seriously.', 'cs')).toEqual([]);
  });

  it('needs a spelling of the language to come with another word of it', () => {
    expect(run('The user emalysz fixed a bug.', 'pl')).toEqual([]);
    expect(run('It was a tentative judgement and an acknowledgement.', 'fr')).toEqual([]);
  });

  it('leaves names, loanwords and set phrases alone', () => {
    expect(run('Ursula von der Leyen met Charles de Gaulle’s heirs in Łódź and Kraków.', 'de')).toEqual([]);
    expect(run('The café was a cliché, the coup d’état a fait accompli, per se, de facto.', 'fr')).toEqual([]);
    expect(run('The złoty fell; the Sejm met in Warsaw.', 'pl')).toEqual([]);
    expect(run('Her début came after the détente, vis-à-vis the communiqué.', 'fr')).toEqual([]);
    expect(run('A jalapeño, a piñata and mañana, in the El Niño year.', 'es')).toEqual([]);
    expect(run('That über-cool doppelgänger.', 'de')).toEqual([]);
  });

  it('leaves quoted, glossed and named words alone', () => {
    expect(run('The Polish word “przyjaciel” means friend.', 'pl')).toEqual([]);
    expect(run('Locals call it żurek (a sour soup).', 'pl')).toEqual([]);
    expect(run('The slogan was "nie dla wojny" all along.', 'pl')).toEqual([]);
    expect(run('Protesters chanted so-called już.', 'pl')).toEqual([]);
  });

  it('leaves URLs, e-mail addresses, handles, code and units after numbers alone', () => {
    const text = 'See https://example.pl/już-wiadomo or write to ktoś@example.pl, @już_teraz, `nie jest`, plik.txt, 100 zł.';
    expect(run(text, 'pl')).toEqual([]);
  });

  it('reads long runs without spaces in linear time (Chinese, a row of marks)', () => {
    // The URL, e-mail and file-name patterns used to rescan such a run from each of its characters.
    for (const unspaced of ['a'.repeat(200_000), '„'.repeat(200_000), '中'.repeat(200_000), 'a„中'.repeat(70_000)]) {
      expect(run(`It was ${unspaced} there.`, 'pl')).toEqual([]);
    }
  });

  it('needs the source language and ignores other languages’ letters', () => {
    expect(run('The mission was już over.', null)).toEqual([]);
    expect(run('The mission was już over.', 'de')).toEqual([]);
    expect(run('The mission was już over.', 'zh')).toEqual([]);
    // A French word is not Polish, though both write “ó”-like letters.
    expect(run('He said côté and left.', 'pl')).toEqual([]);
  });

  it('flags nothing in honest English news', () => {
    const text =
      'Poland’s Ministry of National Defense said on Tuesday that Defence Minister Władysław Kosiniak-Kamysz would visit the troops in Rzeszów. “It is time to go home,” he said. The złoty strengthened, the Sejm voted, and pierogi sold out at the festival.';
    for (const language of ['pl', 'cs', 'de', 'fr', 'es', 'it', 'ru', 'uk']) expect(run(text, language), language).toEqual([]);
  });

  it('flags terms translations leave as they are, with their meaning', () => {
    const text = 'The decision was announced by the wojewoda on Monday.';
    const flags = run(text, 'pl');
    expect(flags.map((flag) => [flag.text, flag.suggestion, flag.confidence])).toEqual([
      ['wojewoda', 'voivode (provincial governor)', 0.85],
    ]);
    expect(flags[0]!.message).toContain('Polish for');
    expectExactOffsets(text, flags);
    expect(texts('The hejtman of the region called a meeting.', 'cs')).toEqual(['hejtman']);
    // A surname, capitalised, is not the term.
    expect(run('Jan Starosta won the race.', 'pl')).toEqual([]);
  });

  it('flags Cyrillic words whatever their case', () => {
    expect(texts('The statement was published on the website of the МИД on Friday.', 'ru')).toEqual(['МИД']);
    expect(texts('The company Газпром cut supplies.', 'ru')).toEqual(['Газпром']);
  });
});
