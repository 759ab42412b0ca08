import type { Rule } from '../types';

export const syntax: Rule = {
  id: 'syntax',
  severity: 'error',
  message: 'A case opens with a closed "---" front matter of valid YAML, followed by an MDX body that parses.',
  docs: 'The site cannot read a file it cannot parse: close the front matter, fix the YAML, escape a literal `<` or `{` in prose as `\\<` or `\\{`.',
  loaderCodes: ['front-matter', 'yaml-syntax', 'mdx-syntax'],
};
