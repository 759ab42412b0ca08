import type { CaseStudy } from '../content/parse-case';
import type { Language } from '../content/languages';

/** The lesson a review finding points at: enough to print it and link its precedent case. */
export interface ReviewLesson {
  slug: string;
  caseTitle: string;
  lessonId: string;
  text: string;
  check: string;
}

/** One trigger as declared in a case's front matter, without its examples (the linter checks those). */
export interface TriggerSpec {
  id: string;
  summary: string;
  languages?: Language[];
  files?: string[];
  pattern: string;
  context?: string[];
  unless?: string;
}

/**
 * The triggers of a corpus, as plain JSON-serialisable data, so the site can ship them to the browser and the
 * browser can run the same review as the CLI. `compileTriggerSet` turns it into regexes and glob matchers.
 * Lessons keep the corpus order; triggers keep their declaration order (the first one that matches a line wins).
 */
export interface TriggerSet {
  version: 1;
  lessons: { lesson: ReviewLesson; triggers: TriggerSpec[] }[];
}

/** Picks the lessons that declare triggers; a lesson without triggers can never appear in a review. */
export function triggerSetFromCases(cases: readonly CaseStudy[]): TriggerSet {
  const lessons: TriggerSet['lessons'] = [];
  for (const caseStudy of cases) {
    for (const lesson of caseStudy.frontmatter.lessons) {
      if (!lesson.triggers?.length) continue;
      lessons.push({
        lesson: {
          slug: caseStudy.slug,
          caseTitle: caseStudy.frontmatter.title,
          lessonId: lesson.id,
          text: lesson.text,
          check: lesson.check,
        },
        triggers: lesson.triggers.map(({ id, summary, languages, files, pattern, context, unless }) => ({
          id,
          summary,
          ...(languages ? { languages } : {}),
          ...(files ? { files } : {}),
          pattern,
          ...(context ? { context } : {}),
          ...(unless !== undefined ? { unless } : {}),
        })),
      });
    }
  }
  return { version: 1, lessons };
}
