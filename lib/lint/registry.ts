import type { DiagnosticCode } from '../content/diagnostic';
import { RULE_IDS, type RuleId } from './rule-ids';
import { RULES_BY_ID } from './rules';
import type { Rule } from './types';

/** Every rule, in the documented order. */
export const RULES: readonly Rule[] = RULE_IDS.map((id) => ruleById(id));

export function ruleById(id: RuleId): Rule {
  return RULES_BY_ID[id];
}

const ruleByLoaderCode = new Map(RULES.flatMap((rule) => (rule.loaderCodes ?? []).map((code) => [code, rule] as const)));

/** The rule that owns a loader diagnostic; an unclaimed code counts as a schema problem. */
export function ruleForLoaderCode(code: DiagnosticCode | undefined): Rule {
  return (code && ruleByLoaderCode.get(code)) || RULES_BY_ID.schema;
}

/** A rule made only of loader checks guards what the site needs to build: the config cannot turn it down. */
export function isLoaderOnly(rule: Rule): boolean {
  return (rule.loaderCodes?.length ?? 0) > 0 && !rule.checkText && !rule.checkCase && !rule.checkCorpus;
}
