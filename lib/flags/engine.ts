import type { Flag, FlagCategory } from '../report';
import type { FlagContext } from './rule';
import { FLAG_RULES } from './rules';

export interface FlagOptions {
  /** Categories to report; all when absent. */
  categories?: readonly FlagCategory[];
}

/** Runs every rule; overlapping flags keep the earlier rule's (rules are in priority order). */
export function findFlags(context: FlagContext, options: FlagOptions = {}): Flag[] {
  const allowed = options.categories ? new Set(options.categories) : null;
  const accepted: Flag[] = [];
  for (const rule of FLAG_RULES) {
    for (const flag of rule.run(context)) {
      if (allowed && !allowed.has(flag.category)) continue;
      if (accepted.some((other) => flag.start < other.end && other.start < flag.end)) continue;
      accepted.push(flag);
    }
  }
  return accepted.sort((a, b) => a.start - b.start || a.end - b.end);
}
