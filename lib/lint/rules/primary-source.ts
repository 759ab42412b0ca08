import type { Rule } from '../types';

export const primarySource: Rule = {
  id: 'primary-source',
  severity: 'error',
  message: 'At least one source is marked `primary: true`.',
  docs: 'Facts come from the investigation, not from retellings: cite the official report, post-mortem or court record and mark it primary.',
  loaderCodes: ['primary-source'],
};
