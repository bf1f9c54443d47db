import { describe, expect, it } from 'vitest';
import { analyseName, findTransliteratedNames, readings, toEnglish, toEnglishForms } from '@/lib/translit';
import type { Orthography } from '@/lib/translit';
import { NEGATIVES, POSITIVES, SAME_IN_ENGLISH } from './cases';
import pl from '@/lib/data/languages/pl.json';
import cs from '@/lib/data/languages/cs.json';
import de from '@/lib/data/languages/de.json';
import fr from '@/lib/data/languages/fr.json';
import ru from '@/lib/data/languages/ru.json';
import uk from '@/lib/data/languages/uk.json';

/** The hand-kept famous-name lists of lib/data/languages, to show the model does without them. */
function famousVariants(): Set<string> {
  const profiles = [pl, cs, de, fr, ru, uk] as { names?: { variant: string }[] }[];
  return new Set(profiles.flatMap((profile) => (profile.names ?? []).map((name) => name.variant)));
}

const alone = POSITIVES.filter((p) => !p.needsContext);
const ASCII = /^[a-z]+$/i;

describe('transliterated names, one word at a time', () => {
  it('has at least ten positives per orthography outside every exception list', () => {
    const famous = famousVariants();
    for (const code of ['pl', 'cs', 'de', 'fr'] as Orthography[]) {
      const general = POSITIVES.filter((p) => p.orthography === code && !famous.has(p.word));
      expect(general.length, code).toBeGreaterThanOrEqual(10);
    }
  });

  for (const positive of alone) {
    it(`claims ${positive.orthography} ${positive.word} → ${positive.english}`, () => {
      const result = analyseName(positive.word);
      expect(result, positive.word).not.toBeNull();
      if (positive.inCandidates) expect(result!.candidates).toContain(positive.english);
      else expect([positive.english, ...(positive.also ?? [])]).toContain(result!.english);
      // Ławrow can only be Polish; Peskow may be Polish or German, Kirijenko Polish or Czech.
      if (ASCII.test(positive.word) && positive.orthography !== 'fr') expect(['pl', 'de', 'cs']).toContain(result!.orthography);
      else expect(result!.orthography).toBe(positive.orthography);
      expect(result!.confidence).toBeGreaterThanOrEqual(0.5);
      expect(result!.why).toMatch(/is how (Polish|German|Czech|French) writes/);
    });
  }

  for (const positive of POSITIVES.filter((p) => p.needsContext)) {
    it(`leaves ${positive.word} alone without context, but spells it ${positive.english}`, () => {
      expect(analyseName(positive.word)).toBeNull();
      expect(toEnglishForms(positive.word, positive.orthography).candidates).toContain(positive.english);
    });
  }

  for (const [word, code] of SAME_IN_ENGLISH) {
    it(`has nothing to correct in ${code} ${word}`, () => {
      expect(toEnglish(word, code)).toBe(word);
      expect(analyseName(word)).toBeNull();
    });
  }

  for (const [kind, words] of Object.entries(NEGATIVES)) {
    it(`claims none of the ${kind} words and names`, () => {
      const claimed = words.filter((word) => analyseName(word) !== null);
      expect(claimed).toEqual([]);
    });
  }

  it('reaches the precision and recall measured on these lists', () => {
    const negatives = [...Object.values(NEGATIVES).flat(), ...SAME_IN_ENGLISH.map(([word]) => word)];
    const truePositives = alone.filter((p) => analyseName(p.word) !== null).length;
    const falsePositives = negatives.filter((word) => analyseName(word) !== null).length;
    expect(truePositives / alone.length).toBeGreaterThanOrEqual(0.99);
    expect(truePositives / (truePositives + falsePositives)).toBeGreaterThanOrEqual(0.99);
  });
});

describe('spellings the rules cannot judge', () => {
  it.each([
    ['Charków', 'Kharkiv'],
    ['Kijów', 'Kyiv'],
    ['Poutine', 'Putin'],
    ['Choïgou', 'Shoigu'],
  ])('claims %s as %s', (word, english) => {
    expect(analyseName(word)?.english).toBe(english);
  });

  it('applies established English forms to regular results', () => {
    expect(toEnglish('Kasym-Żomart', 'pl')).toBe('Kassym-Jomart');
    expect(toEnglish('Czajkowski', 'pl')).toBe('Tchaikovsky');
    expect(toEnglish('Kliczko', 'pl')).toBe('Klitschko');
    expect(toEnglish('Kiew', 'de')).toBe('Kyiv');
    expect(toEnglish('Andrij', 'pl')).toBe('Andriy');
  });
});

describe('toEnglish', () => {
  it.each([
    ['Pieskow', 'pl', 'Peskov'],
    ['Miedwiediew', 'pl', 'Medvedev'],
    ['Zełenskiego', 'pl', 'Zelensky'],
    ['Chruschtschow', 'de', 'Khrushchev'],
    ['Tschernihiw', 'de', 'Chernihiv'],
    ['Jelzin', 'de', 'Yeltsin'],
    ['Medveděv', 'cs', 'Medvedev'],
    ['Ščerbakov', 'cs', 'Shcherbakov'],
    ['Khrouchtchev', 'fr', 'Khrushchev'],
    ['Tchernomyrdine', 'fr', 'Chernomyrdin'],
    ['Siergiej Ławrow', 'pl', 'Sergei Lavrov'],
  ] as [string, Orthography, string][])('%s (%s) → %s', (word, code, english) => {
    expect(toEnglish(word, code)).toBe(english);
  });

  it('keeps what it cannot read', () => {
    expect(toEnglish('Pieskow 2024', 'pl')).toBe('Peskov 2024');
  });

  it('ranks every orthography that finds a marker in a word', () => {
    const all = readings('Medwedew');
    expect(all.map((r) => r.orthography).sort()).toEqual(['de', 'pl']);
    expect(all[0]!.english).toBe('Medvedev');
    expect(readings('Kuleba')).toEqual([]);
  });
});

describe('findTransliteratedNames', () => {
  it('gives offsets into the text and the usual English form', () => {
    const text = 'The spokesman Dmitrij Pieskow said that Siergiej Ławrow would meet Kasym-Żomart Tokajew in Charków and Krzywy Róg.';
    const matches = findTransliteratedNames(text);
    expect(matches.map((m) => [text.slice(m.start, m.end), m.english])).toEqual([
      ['Dmitrij', 'Dmitry'],
      ['Pieskow', 'Peskov'],
      ['Siergiej', 'Sergei'],
      ['Ławrow', 'Lavrov'],
      ['Kasym-Żomart', 'Kassym-Jomart'],
      ['Tokajew', 'Tokayev'],
      ['Charków', 'Kharkiv'],
      ['Krzywy Róg', 'Kryvyi Rih'],
    ]);
    expect(matches.every((m) => m.orthography === 'pl')).toBe(true);
  });

  it('lifts a surname beside a Slavic given name', () => {
    const text = 'Moscow mayor Siergiej Sobianin met Denys Szmyhal, Denys Šmyhal and Andrij Jermak.';
    const found = findTransliteratedNames(text).map((m) => m.english);
    expect(found).toEqual(expect.arrayContaining(['Sergei', 'Shmyhal', 'Andriy', 'Yermak']));
    expect(findTransliteratedNames('Sobianin said so. Jermak agreed.')).toEqual([]);
  });

  it('reads French ‘ch’ as Ш once the page has other French-spelled names', () => {
    const text =
      'Prime Minister Denys Chmyhal said that Mikhaïl Michoustine and Viatcheslav Volodine had met Timochenko, Porochenko and Jirinovski, as Dmytro Kouleba confirmed.';
    const found = findTransliteratedNames(text);
    expect(found.map((m) => m.english)).toEqual(
      expect.arrayContaining(['Shmyhal', 'Mishustin', 'Volodin', 'Timoshenko', 'Poroshenko', 'Zhirinovsky', 'Kuleba']),
    );
    expect(found.every((m) => m.orthography === 'fr')).toBe(true);
    // Alone, ‘ch’ is the English Ч of Marchenko and Chernenko.
    expect(findTransliteratedNames('Chmyhal said so. Timochenko and Marchenko agreed.')).toEqual([]);
  });

  it('reads a page the same whatever was read before it (readings are kept for the session)', () => {
    const french = 'Prime Minister Denys Chmyhal met Mikhaïl Michoustine, Timochenko and Porochenko, as Dmytro Kouleba confirmed.';
    const alone = 'Chmyhal said so. Timochenko and Pieskow agreed with Siergiej Ławrow.';
    const first = findTransliteratedNames(alone);
    const frenchFirst = findTransliteratedNames(french);
    expect(findTransliteratedNames(alone)).toEqual(first);
    expect(findTransliteratedNames(french)).toEqual(frenchFirst);
    expect(first.map((m) => m.english)).toEqual(expect.arrayContaining(['Peskov', 'Sergei', 'Lavrov']));
    expect(frenchFirst.map((m) => m.english)).toEqual(expect.arrayContaining(['Shmyhal', 'Timoshenko']));
    // What one caller is given cannot change what the next one is.
    expect(() => first[0]!.candidates.push('Peskow')).toThrow();
    expect(findTransliteratedNames(alone)[0]!.candidates).not.toContain('Peskow');
  });

  it('leaves honest English text alone', () => {
    const text =
      'Ukrainian President Volodymyr Zelensky met Andrew Johnson in Moscow and Warsaw. Kremlin spokesman Dmitry Peskov, Sergei Lavrov ' +
      'and Polish leaders Donald Tusk, Jarosław Kaczyński and Lech Wałęsa were there, with Czech premier Andrej Babiš, Olaf Scholz, ' +
      'Gerhard Schröder, Arnold Schwarzenegger, Jacques Chirac and Emmanuel Macron. Tomorrow the Window Review follows in Kraków, Łódź, ' +
      'Szczecin and München. Machine learning, Christine Lagarde and Marine Le Pen.';
    expect(findTransliteratedNames(text)).toEqual([]);
  });

  it('keeps to the orthographies asked for', () => {
    expect(findTransliteratedNames('Ławrow and Gorbatschow', { orthographies: ['de'] }).map((m) => m.word)).toEqual(['Gorbatschow']);
    expect(findTransliteratedNames('Ławrow', { minConfidence: 0.99 })).toEqual([]);
  });

  it('finds names in decomposed (NFD) text', () => {
    const text = 'Šmyhal and Brežněv'.normalize('NFD');
    const [match] = findTransliteratedNames(text);
    expect(match && text.slice(match.start, match.end)).toBe('Brežněv'.normalize('NFD'));
    expect(match?.english).toBe('Brezhnev');
  });
});

describe('findTransliteratedNames on names already in their English form', () => {
  it('claims nothing in "Kassym-Jomart Tokayev met Sergei Shoigu and Sergey Lavrov."', () => {
    expect(findTransliteratedNames('Kassym-Jomart Tokayev met Sergei Shoigu and Sergey Lavrov.')).toEqual([]);
  });
});
