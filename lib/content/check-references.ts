import type { CaseFrontmatter } from './schema';

export interface FieldProblem {
  path: (string | number)[];
  message: string;
}

/** Checks what the schema alone cannot: ids unique, references resolve, categories exist, a primary source. */
export function checkReferences(frontmatter: CaseFrontmatter, categoryIds: ReadonlySet<string>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const causeIds = new Set<string>();

  frontmatter.causes.forEach((cause, i) => {
    if (causeIds.has(cause.id)) {
      problems.push({ path: ['causes', i, 'id'], message: `duplicate cause id "${cause.id}"` });
    }
    causeIds.add(cause.id);
    if (!categoryIds.has(cause.category)) {
      problems.push({
        path: ['causes', i, 'category'],
        message: `unknown cause category "${cause.category}"; known categories: ${[...categoryIds].join(', ')}`,
      });
    }
  });

  const lessonIds = new Set<string>();
  frontmatter.lessons.forEach((lesson, i) => {
    if (lessonIds.has(lesson.id)) {
      problems.push({ path: ['lessons', i, 'id'], message: `duplicate lesson id "${lesson.id}"` });
    }
    lessonIds.add(lesson.id);
    lesson.causes.forEach((causeId, j) => {
      if (!causeIds.has(causeId)) {
        problems.push({
          path: ['lessons', i, 'causes', j],
          message: `lesson cites cause "${causeId}", which this case does not define; its causes are: ${[...causeIds].join(', ')}`,
        });
      }
    });
  });

  if (!frontmatter.sources.some((source) => source.primary)) {
    problems.push({ path: ['sources'], message: 'at least one source must be marked primary: true' });
  }
  return problems;
}
