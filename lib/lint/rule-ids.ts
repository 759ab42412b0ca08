/** Every rule's stable id, in the order `lessons lint --list-rules` shows them. Ids are never reused or renamed. */
export const RULE_IDS = [
  'syntax',
  'schema',
  'unknown-category',
  'duplicate-id',
  'missing-cause-reference',
  'root-cause-without-lesson',
  'unused-cause',
  'lesson-imperative',
  'check-question',
  'check-yes-no',
  'vague-wording',
  'lesson-length',
  'near-duplicate-lesson',
  'tag-order',
  'primary-source',
  'https-source',
  'source-year',
  'human-error-root',
  'mdx-safety',
  'heading-levels',
  'image-alt',
  'trailing-whitespace',
  'trigger-examples',
  'trigger-regex-safety',
  'trigger-glob',
  'unused-disable',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

export function isRuleId(value: string): value is RuleId {
  return RULE_IDS.some((id) => id === value);
}
