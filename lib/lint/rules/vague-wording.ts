import { phrasePattern, whereInField } from '../field-text';
import type { Rule } from '../types';

/** Words that sound like advice but give the reader nothing to check, with what to write instead. */
const VAGUE_PHRASES: readonly [phrase: string, instead: string][] = [
  ['be careful', 'say what to check or do'],
  ['carefully', 'say what care means here: which check, which test'],
  ['properly', 'say what "proper" is: the condition, the limit, the test'],
  ['correctly', 'say what "correct" is: the condition, the limit, the test'],
  ['as appropriate', 'say when, or drop it'],
  ['where appropriate', 'say where'],
  ['if appropriate', 'say when'],
  ['appropriately', 'say how'],
  ['should consider', 'say what to do: a lesson is a command'],
  ['as needed', 'say when it is needed'],
  ['if needed', 'say when it is needed'],
  ['if necessary', 'say when it is necessary'],
  ['where necessary', 'say where'],
  ['as necessary', 'say when'],
  ['adequate', 'give the bound or the test that makes it enough'],
  ['adequately', 'give the bound or the test that makes it enough'],
  ['sufficiently', 'give the bound or the test that makes it enough'],
  ['reasonable', 'give the number'],
  ['reasonably', 'give the number'],
  ['best practices', 'name the practice'],
  ['try to', 'say what to do'],
  ['pay attention to', 'say what to check'],
  ['be aware of', 'say what to do about it'],
  ['etc', 'list what you mean'],
];

const PATTERNS = VAGUE_PHRASES.map(([phrase, instead]) => ({ phrase, instead, pattern: phrasePattern(phrase) }));

export const vagueWording: Rule = {
  id: 'vague-wording',
  severity: 'warning',
  message: 'Lessons and checks avoid words that give the reader nothing to act on ("be careful", "properly", "as appropriate", "should consider" …).',
  docs: 'Replace the word with the condition, number or test it stands for: "properly validated" → "rejected unless it parses as ISO 8601".',
  checkCase(caseStudy, report) {
    caseStudy.frontmatter.lessons.forEach((lesson, i) => {
      for (const key of ['text', 'check'] as const) {
        for (const { phrase, instead, pattern } of PATTERNS) {
          if (!pattern.test(lesson[key])) continue;
          report(
            whereInField(caseStudy, ['lessons', i, key], pattern),
            `${key === 'text' ? 'lesson' : 'check of lesson'} "${lesson.id}" says "${phrase}": ${instead}`,
          );
        }
      }
    });
  },
};
