import type { Rule } from '../types';

export const rootCauseWithoutLesson: Rule = {
  id: 'root-cause-without-lesson',
  severity: 'error',
  message: 'Every root cause is cited by at least one lesson.',
  docs: 'A root cause nobody learns from is a story without a point: add a lesson whose causes list it, or reconsider its role.',
  checkCase(caseStudy, report) {
    const cited = new Set(caseStudy.frontmatter.lessons.flatMap((lesson) => lesson.causes));
    caseStudy.frontmatter.causes.forEach((cause, i) => {
      if (cause.role === 'root' && !cited.has(cause.id)) {
        report(
          { field: ['causes', i, 'id'] },
          `root cause "${cause.id}" has no lesson; add a lesson with causes: [${cause.id}]`,
        );
      }
    });
  },
};
