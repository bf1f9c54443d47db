/** Reading JSON Lines (one JSON value a line; blank lines skipped): the corpora of ../shared/corpus and bench data come so. */
import { readFileSync } from 'node:fs';

/** Every line of `file` parsed; a line that is not JSON is an error naming the file and line. */
export function readJsonl<T>(file: string): T[] {
  const rows: T[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      if (!line.trim()) return;
      try {
        rows.push(JSON.parse(line) as T);
      } catch (error) {
        throw new Error(`${file}:${index + 1}: ${(error as Error).message}`);
      }
    });
  return rows;
}
