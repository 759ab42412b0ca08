import type { Rule } from '../types';

export const sourceYear: Rule = {
  id: 'source-year',
  severity: 'error',
  message: "A source's year is neither before the year of the failure nor in the future.",
  docs: 'A source cannot report a failure before it happened, nor be published next year: usually a typo. For background published earlier, disable the rule on that line and say why.',
  checkCase(caseStudy, report, context) {
    const failureYear = Number(caseStudy.frontmatter.date.slice(0, 4));
    caseStudy.frontmatter.sources.forEach((source, i) => {
      if (source.year > context.currentYear) {
        report({ field: ['sources', i, 'year'] }, `source "${source.title}" is dated ${source.year}, which is in the future`);
      } else if (source.year < failureYear) {
        report(
          { field: ['sources', i, 'year'] },
          `source "${source.title}" is dated ${source.year}, before the failure (${caseStudy.frontmatter.date}); check the year`,
        );
      }
    });
  },
};
