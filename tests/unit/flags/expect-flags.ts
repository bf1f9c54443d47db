/** Checks every flag test relies on: offsets cover exactly the flagged text. */
import { expect } from 'vitest';
import type { Flag } from '@/lib/report';

export function expectExactOffsets(text: string, flags: readonly Flag[]): void {
  for (const flag of flags) {
    expect(flag.end).toBeGreaterThan(flag.start);
    expect(text.slice(flag.start, flag.end)).toBe(flag.text);
  }
}
