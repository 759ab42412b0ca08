import type { DiagnosticCode } from './diagnostic';
import type { CaseFrontmatter } from './schema';

export interface FieldProblem {
  path: (string | number)[];
  message: string;
  code: DiagnosticCode;
}

/**
 * Checks what the schema alone cannot: ids unique, references resolve, categories exist, a primary source.
 * Without a taxonomy (`categoryIds` undefined, e.g. causes.yaml is itself broken) categories are not checked.
 */
export function checkReferences(frontmatter: CaseFrontmatter, categoryIds: ReadonlySet<string> | undefined): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const causeIds = new Set<string>();

  frontmatter.causes.forEach((cause, i) => {
    if (causeIds.has(cause.id)) {
      problems.push({ path: ['causes', i, 'id'], message: `duplicate cause id "${cause.id}"`, code: 'duplicate-id' });
    }
    causeIds.add(cause.id);
    if (categoryIds && !categoryIds.has(cause.category)) {
      problems.push({
        path: ['causes', i, 'category'],
        message: `unknown cause category "${cause.category}"; known categories: ${[...categoryIds].join(', ')}`,
        code: 'unknown-category',
      });
    }
  });

  const lessonIds = new Set<string>();
  frontmatter.lessons.forEach((lesson, i) => {
    if (lessonIds.has(lesson.id)) {
      problems.push({ path: ['lessons', i, 'id'], message: `duplicate lesson id "${lesson.id}"`, code: 'duplicate-id' });
    }
    lessonIds.add(lesson.id);
    lesson.causes.forEach((causeId, j) => {
      if (!causeIds.has(causeId)) {
        problems.push({
          path: ['lessons', i, 'causes', j],
          message: `lesson cites cause "${causeId}", which this case does not define; its causes are: ${[...causeIds].join(', ')}`,
          code: 'missing-cause-reference',
        });
      }
    });
  });

  if (!frontmatter.sources.some((source) => source.primary)) {
    problems.push({ path: ['sources'], message: 'at least one source must be marked primary: true', code: 'primary-source' });
  }
  return problems;
}
