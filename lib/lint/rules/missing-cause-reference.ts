import type { Rule } from '../types';

export const missingCauseReference: Rule = {
  id: 'missing-cause-reference',
  severity: 'error',
  message: "A lesson's causes are ids of causes defined in the same case.",
  docs: "Fix the typo, or add the cause it means to the case's causes.",
  loaderCodes: ['missing-cause-reference'],
};
