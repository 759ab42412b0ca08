import type { RuleId } from '../rule-ids';
import type { Rule } from '../types';
import { checkQuestion } from './check-question';
import { checkYesNo } from './check-yes-no';
import { duplicateId } from './duplicate-id';
import { headingLevels } from './heading-levels';
import { httpsSource } from './https-source';
import { humanErrorRoot } from './human-error-root';
import { imageAlt } from './image-alt';
import { lessonImperative } from './lesson-imperative';
import { lessonLength } from './lesson-length';
import { mdxSafety } from './mdx-safety';
import { missingCauseReference } from './missing-cause-reference';
import { nearDuplicateLesson } from './near-duplicate-lesson';
import { primarySource } from './primary-source';
import { rootCauseWithoutLesson } from './root-cause-without-lesson';
import { schema } from './schema';
import { sourceYear } from './source-year';
import { syntax } from './syntax';
import { tagOrder } from './tag-order';
import { trailingWhitespace } from './trailing-whitespace';
import { triggerExamples } from './trigger-examples';
import { triggerGlob } from './trigger-glob';
import { triggerRegexSafety } from './trigger-regex-safety';
import { unknownCategory } from './unknown-category';
import { unusedCause } from './unused-cause';
import { unusedDisable } from './unused-disable';
import { vagueWording } from './vague-wording';

/** Every rule by id: the type makes a rule id without a rule (or the reverse) a compile error. */
export const RULES_BY_ID = {
  syntax,
  schema,
  'unknown-category': unknownCategory,
  'duplicate-id': duplicateId,
  'missing-cause-reference': missingCauseReference,
  'root-cause-without-lesson': rootCauseWithoutLesson,
  'unused-cause': unusedCause,
  'lesson-imperative': lessonImperative,
  'check-question': checkQuestion,
  'check-yes-no': checkYesNo,
  'vague-wording': vagueWording,
  'lesson-length': lessonLength,
  'near-duplicate-lesson': nearDuplicateLesson,
  'tag-order': tagOrder,
  'primary-source': primarySource,
  'https-source': httpsSource,
  'source-year': sourceYear,
  'human-error-root': humanErrorRoot,
  'mdx-safety': mdxSafety,
  'heading-levels': headingLevels,
  'image-alt': imageAlt,
  'trailing-whitespace': trailingWhitespace,
  'trigger-examples': triggerExamples,
  'trigger-regex-safety': triggerRegexSafety,
  'trigger-glob': triggerGlob,
  'unused-disable': unusedDisable,
} satisfies Record<RuleId, Rule>;
