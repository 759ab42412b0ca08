import type { Rule } from '../types';

export const schema: Rule = {
  id: 'schema',
  severity: 'error',
  message: 'Every required field is present and valid, no unknown field appears, and dates are real YYYY-MM-DD dates.',
  docs: 'Fields are defined in lib/content/schema.ts and described in docs/writing-a-case.md; the message names the field path. Also: kebab-case file names, only .mdx files in cases/.',
  loaderCodes: ['schema', 'file-name', 'stray-file'],
};
