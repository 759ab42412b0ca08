import type { Rule } from '../types';

export const unusedDisable: Rule = {
  id: 'unused-disable',
  severity: 'warning',
  message: 'Every `lessons-disable-next-line` comment names known rules and silences something on the next line.',
  docs: 'A stale or misspelt disable comment hides nothing today and may hide a real problem tomorrow: fix the rule id or delete the comment.',
};
