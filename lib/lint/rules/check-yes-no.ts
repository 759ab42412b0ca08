import { judgeYesNoQuestion } from '../language/question';
import type { Rule } from '../types';

export const checkYesNo: Rule = {
  id: 'check-yes-no',
  severity: 'warning',
  message: "A lesson's check is a yes/no question a reviewer can answer about one change.",
  docs: 'Start with Is, Does, Has, Can, Will … ("Does every conversion in this change have a range check?"); "How …?" and "What …?" invite essays, not decisions.',
  checkCase(caseStudy, report) {
    caseStudy.frontmatter.lessons.forEach((lesson, i) => {
      const verdict = judgeYesNoQuestion(lesson.check);
      if (!verdict.ok) report({ field: ['lessons', i, 'check'] }, `check of lesson "${lesson.id}" ${verdict.reason}`);
    });
  },
};
