/** Real English written in English (tests/fixtures/english/README.md): what no consistency check may flag. */
import texts from '../../../fixtures/english/honest-english.json';

export const HONEST_ENGLISH: readonly string[] = (texts as Array<{ text: string }>).map((entry) => entry.text);
