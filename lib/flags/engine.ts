import type { Flag, FlagCategory } from '../report';
import { normalizePhrase } from '../reader/dismissed';
import type { FlagContext, FlagRule, RuleMeta } from './rule';
import { countStartingBefore, sourceMatches } from './rule';
import { FLAG_RULES, FLAG_RULE_METADATA } from './rules';

export { FLAG_RULE_METADATA };

export interface FlagOptions {
  /** Categories to report; all when absent. */
  categories?: readonly FlagCategory[];
  /** Flags below this confidence are dropped (default 0: all). */
  minConfidence?: number;
  /** Rule ids (`false-friend/pl`) or module ids (`doubled-word`) not to run. */
  disabledRules?: readonly string[];
  /** Rules that are off by default (`defaultEnabled: false`) to run anyway. */
  enabledRules?: readonly string[];
  /** Texts the user dismissed on this site, lower case: flags on the same words are not shown again. */
  dismissed?: readonly string[];
  /** The rule modules to use (tests); the registered ones by default. */
  rules?: readonly FlagRule[];
}

function isEnabled(rule: Pick<RuleMeta, 'id' | 'defaultEnabled'>, moduleId: string, options: FlagOptions): boolean {
  const named = (list: readonly string[] | undefined) => !!list && (list.includes(rule.id) || list.includes(moduleId));
  if (named(options.disabledRules)) return false;
  return rule.defaultEnabled || named(options.enabledRules);
}

/**
 * Runs every rule that applies and resolves overlaps: of two flags on
 * overlapping text, a rule flag beats a model flag, then the more confident one stays (then the one of the rule
 * with the higher priority, then the longer, then the earlier). Categories,
 * disabled rules, the confidence floor and dismissed phrases are applied
 * before overlaps are resolved, so a dismissed flag lets another one show.
 */
export function findFlags(context: FlagContext, options: FlagOptions = {}): Flag[] {
  const allowed = options.categories ? new Set(options.categories) : null;
  const dismissed = new Set((options.dismissed ?? []).map(normalizePhrase));
  const minConfidence = options.minConfidence ?? 0;
  const candidates: Array<{ flag: Flag; priority: number }> = [];
  for (const module of options.rules ?? FLAG_RULES) {
    const rules = new Map(
      module.rules
        .filter((rule) => (!allowed || allowed.has(rule.category)) && isEnabled(rule, module.id, options))
        .filter((rule) => sourceMatches(rule.languages, context) && (context.sourceLanguage || rule.unknownSource))
        .map((rule) => [rule.id, rule]),
    );
    if (rules.size === 0) continue;
    for (const flag of module.run(context)) {
      const rule = rules.get(flag.ruleId);
      if (!rule) continue;
      if ((flag.confidence ?? rule.confidence) < minConfidence) continue;
      if (dismissed.has(normalizePhrase(flag.text))) continue;
      candidates.push({ flag, priority: rule.priority });
    }
  }
  // A rule's named cause beats a model's guess on the same words, whatever their confidences.
  const tierRank = (flag: Flag) => (flag.tier === 'model' ? 1 : 0);
  candidates.sort(
    (a, b) =>
      tierRank(a.flag) - tierRank(b.flag) ||
      (b.flag.confidence ?? 0) - (a.flag.confidence ?? 0) ||
      b.priority - a.priority ||
      b.flag.end - b.flag.start - (a.flag.end - a.flag.start) ||
      a.flag.start - b.flag.start,
  );
  // Accepted flags do not overlap, so in text order their ends rise with their starts: a candidate
  // overlaps one of them only if the last to start before the candidate ends reaches past its start.
  const accepted: Flag[] = [];
  for (const { flag } of candidates) {
    const index = countStartingBefore(accepted, flag.end);
    if (index > 0 && accepted[index - 1]!.end > flag.start) continue;
    accepted.splice(index, 0, flag);
  }
  return accepted.sort((a, b) => a.start - b.start || a.end - b.end);
}
