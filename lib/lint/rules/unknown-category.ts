import type { Rule } from '../types';

export const unknownCategory: Rule = {
  id: 'unknown-category',
  severity: 'error',
  message: "Each cause's category is an id from content/causes.yaml.",
  docs: 'Use one of the listed categories, or add the new category to content/causes.yaml with a label and a definition.',
  loaderCodes: ['unknown-category'],
};
