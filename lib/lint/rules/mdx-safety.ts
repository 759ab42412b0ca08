import type { Rule } from '../types';

export const mdxSafety: Rule = {
  id: 'mdx-safety',
  severity: 'error',
  message: 'The body has no import/export, no expressions, no raw HTML or `<script>`, only allow-listed components with valid attributes, and only http(s), mailto or site-relative URLs.',
  docs: 'Contributed MDX runs at build time, so anything that could run code or inject markup is refused; a `{/* comment */}` is the one expression allowed.',
  loaderCodes: ['mdx-safety'],
};
