import type { Rule } from '../types';

const HUMAN_ERROR = /\b(?:human|operator|user|pilot|people)[ -](?:error|mistake|slip)s?\b/i;

export const humanErrorRoot: Rule = {
  id: 'human-error-root',
  severity: 'error',
  message: 'A root cause blamed on human error comes with the contributing causes that let the error through.',
  docs: 'People slip; a post-mortem asks why the system let the slip do harm (no confirmation, no limit, a misleading screen). Add those as contributing causes.',
  checkCase(caseStudy, report, context) {
    const { causes } = caseStudy.frontmatter;
    if (causes.some((cause) => cause.role === 'contributing')) return;
    const labels = new Map(context.categories?.map((category) => [category.id, category.label]));
    causes.forEach((cause, i) => {
      const described = `${cause.category} ${labels.get(cause.category) ?? ''} ${cause.summary}`;
      if (cause.role === 'root' && HUMAN_ERROR.test(described)) {
        report(
          { field: ['causes', i, 'summary'] },
          `root cause "${cause.id}" blames human error and the case has no contributing cause; add what let the mistake through (the tool, the check, the interface) as contributing causes`,
        );
      }
    });
  },
};
