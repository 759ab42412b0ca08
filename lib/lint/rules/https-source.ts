import type { Rule } from '../types';

export const httpsSource: Rule = {
  id: 'https-source',
  severity: 'warning',
  message: "A source's URL uses https.",
  docs: 'Readers follow sources; http can be tampered with on the way. Use the https address when the site has one; many historical archives have none, hence a warning, not an error.',
  checkCase(caseStudy, report) {
    caseStudy.frontmatter.sources.forEach((source, i) => {
      if (source.url && /^http:/i.test(source.url)) {
        report({ field: ['sources', i, 'url'] }, `source "${source.title}" links over http; use its https:// address if the site serves one`);
      }
    });
  },
};
