import { wordCount } from '../language/words';
import type { Rule } from '../types';

/** Shorter than this says too little to act on; longer is several lessons or a story. In words. */
export const LESSON_WORDS = { min: 6, max: 60 };
export const CHECK_WORDS = { min: 5, max: 50 };

export const lessonLength: Rule = {
  id: 'lesson-length',
  severity: 'warning',
  message: `A lesson's text has ${LESSON_WORDS.min} to ${LESSON_WORDS.max} words, its check ${CHECK_WORDS.min} to ${CHECK_WORDS.max}.`,
  docs: 'Too short says too little to act on ("Test more."); too long is several lessons or a story: split it, or move the detail into the body.',
  checkCase(caseStudy, report) {
    caseStudy.frontmatter.lessons.forEach((lesson, i) => {
      for (const [key, bounds] of [['text', LESSON_WORDS], ['check', CHECK_WORDS]] as const) {
        const count = wordCount(lesson[key]);
        const what = key === 'text' ? `lesson "${lesson.id}"` : `check of lesson "${lesson.id}"`;
        if (count < bounds.min) {
          report({ field: ['lessons', i, key] }, `${what} has ${count} word${count === 1 ? '' : 's'}; say what to do, to what, in at least ${bounds.min}`);
        } else if (count > bounds.max) {
          report({ field: ['lessons', i, key] }, `${what} has ${count} words; keep it to ${bounds.max} or split it into two`);
        }
      }
    });
  },
};
