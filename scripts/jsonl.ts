/** Reading JSON Lines (one JSON value a line; blank lines skipped): the corpora of ../shared/corpus and bench data come so. */
import { readFileSync } from 'node:fs';

/** Every line of `file` parsed; a line that is not JSON is an error naming the file and line. */
export function readJsonl<T>(file: string): T[] {
  return readJsonlLines<T>(file).map(({ value }) => value);
}

/** As `readJsonl`, with each value's line number (from 1), for messages and ids that point back into the file. */
export function readJsonlLines<T>(file: string): Array<{ value: T; line: number }> {
  const rows: Array<{ value: T; line: number }> = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      if (!line.trim()) return;
      try {
        rows.push({ value: JSON.parse(line) as T, line: index + 1 });
      } catch (error) {
        throw new Error(`${file}:${index + 1}: ${(error as Error).message}`);
      }
    });
  return rows;
}
