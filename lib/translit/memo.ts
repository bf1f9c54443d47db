/**
 * Readings of a word depend only on the word and the tables, and a page's
 * names are read several times (detection, then flags; each orthography's
 * evidence and forms) and its common words again on every page: kept for the
 * session, up to a bound, each is worked out once. What is kept is frozen,
 * so that no caller can change it for the others.
 */
const LIMIT = 50_000;

/** A table of worked-out values: `(key, compute)` gives the kept value, or computes, freezes and keeps it. */
export function memoTable<T>(): (key: string, compute: () => T) => T {
  const values = new Map<string, T>();
  return (key, compute) => {
    if (values.has(key)) return values.get(key)!;
    if (values.size >= LIMIT) values.clear();
    const value = freeze(compute(), 1);
    values.set(key, value);
    return value;
  };
}

/**
 * The value and the arrays in it (a reading's candidates, segments, readings); not deeper, as freezing down to
 * every segment took 2 % of the report's time (profiled), and segments point into the tables, which stay as they are.
 */
function freeze<T>(value: T, depth: number): T {
  if (depth < 0 || !value || typeof value !== 'object' || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const inner of Object.values(value)) freeze(inner, depth - 1);
  return value;
}
